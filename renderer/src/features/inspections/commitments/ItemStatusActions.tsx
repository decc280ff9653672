import { CheckOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommitmentItem } from '../../../../../shared/schemas/inspection';
import { useCan } from '../../../ui/session';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { INSPECTIONS } from '../queries';

/**
 * Follow-up of one commitment item: fulfilled, breached, or back to open. Allowed on finalised
 * records too (the service records it apart from the minutes).
 */
export function ItemStatusActions({ item, label }: { item: CommitmentItem; label: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setStatus = useCommandMutation('commitments.setItemStatus', {
    invalidates: [INSPECTIONS],
    onSuccess: (saved) => void message.success(t('inspections.commitment.statusSaved', { status: t(`inspections.itemStatus.${saved.displayStatus}`) })),
  });
  const busy = setStatus.isPending;
  const allowed = useCan('commitments.setItemStatus');
  if (!allowed) return null;
  if (item.status !== 'open') {
    return (
      <Button size="small" type="text" icon={<UndoOutlined aria-hidden />} loading={busy} onClick={() => setStatus.mutate({ id: item.id, status: 'open' })} aria-label={t('inspections.commitment.reopenOf', { label })}>
        {t('inspections.commitment.reopen')}
      </Button>
    );
  }
  return (
    <Flex gap={4} wrap>
      <Button size="small" icon={<CheckOutlined aria-hidden />} loading={busy} onClick={() => setStatus.mutate({ id: item.id, status: 'fulfilled' })} aria-label={t('inspections.commitment.fulfilledOf', { label })}>
        {t('inspections.commitment.markFulfilled')}
      </Button>
      <Popconfirm
        title={t('inspections.commitment.breachedConfirm')}
        description={t('inspections.commitment.breachedText')}
        okText={t('inspections.commitment.markBreached')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() => setStatus.mutate({ id: item.id, status: 'breached' })}
      >
        <Button size="small" danger icon={<StopOutlined aria-hidden />} disabled={busy} aria-label={t('inspections.commitment.breachedOf', { label })}>
          {t('inspections.commitment.markBreached')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
