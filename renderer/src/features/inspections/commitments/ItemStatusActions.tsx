import { CheckOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentItem } from '../../../../../shared/schemas/inspection';
import { useCan } from '../../../ui/session';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { INSPECTIONS } from '../queries';
import { ItemStatusDialog } from './ItemStatusDialog';

type Closing = 'fulfilled' | 'breached';

/**
 * Follow-up of one commitment item: fulfilled or breached (on which day, on what evidence), and
 * back to open — at once from the notice that confirms the change ("Hoàn tác"), or later
 * ("Mở lại"). Allowed on finalised records too (the service records it apart from the minutes).
 */
export function ItemStatusActions({ item, label }: { item: CommitmentItem; label: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<Closing>();
  const reopen = useCommandMutation('commitments.setItemStatus', {
    invalidates: [INSPECTIONS],
    onSuccess: () => void message.success(t('inspections.commitment.reopened')),
  });
  const closed = (saved: CommitmentItem) => {
    setAsking(undefined);
    const key = `item-status-${saved.id}`;
    void message.success({
      key,
      duration: 8,
      content: (
        <span>
          {t('inspections.commitment.statusSaved', { status: t(`inspections.itemStatus.${saved.displayStatus}`) })}{' '}
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 4 }}
            onClick={() => {
              message.destroy(key);
              reopen.mutate({ id: saved.id, status: 'open' });
            }}
          >
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
  };
  const allowed = useCan('commitments.setItemStatus');
  if (!allowed) return null;
  const busy = reopen.isPending;
  if (item.status !== 'open') {
    return (
      <Button size="small" type="text" icon={<UndoOutlined aria-hidden />} loading={busy} onClick={() => reopen.mutate({ id: item.id, status: 'open' })} aria-label={t('inspections.commitment.reopenOf', { label })}>
        {t('inspections.commitment.reopen')}
      </Button>
    );
  }
  const ask = (status: Closing) => setAsking(status);
  return (
    <>
      <Flex gap={4} wrap>
        <Button size="small" icon={<CheckOutlined aria-hidden />} disabled={busy} onClick={() => ask('fulfilled')} aria-label={t('inspections.commitment.fulfilledOf', { label })}>
          {t('inspections.commitment.markFulfilled')}
        </Button>
        <Button size="small" danger icon={<StopOutlined aria-hidden />} disabled={busy} onClick={() => ask('breached')} aria-label={t('inspections.commitment.breachedOf', { label })}>
          {t('inspections.commitment.markBreached')}
        </Button>
      </Flex>
      {asking && (
        <ItemStatusDialog item={item} label={label} status={asking} onSaved={closed} onClose={() => setAsking(undefined)} />
      )}
    </>
  );
}
