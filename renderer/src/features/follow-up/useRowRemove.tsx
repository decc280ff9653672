import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { FOLLOW_UP_WRITES } from './queries';

type Row = 'Referral' | 'Support' | 'Visit';

/**
 * Removes a referral, a support or a visit of a case after a confirmation, then offers
 * "Hoàn tác" for a few seconds (the row is deleted softly and restored by its command).
 */
export function useRowRemove(row: Row) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const restore = useCommandMutation(`followUp.restore${row}`, { invalidates: FOLLOW_UP_WRITES });
  const remove = useCommandMutation(`followUp.remove${row}`, {
    invalidates: FOLLOW_UP_WRITES,
    onSuccess: (removed) => {
      const key = `removed-${removed.id}`;
      void message.success({
        key,
        duration: 8,
        content: (
          <span>
            {t('followUp.case.removed')}{' '}
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 4 }}
              onClick={() => {
                message.destroy(key);
                restore.mutate({ id: removed.id });
              }}
            >
              {t('common.undo')}
            </Button>
          </span>
        ),
      });
    },
  });
  return ({ id, version, name }: { id: string; version: number; name: string }) =>
    modal.confirm({
      title: t('followUp.case.deleteConfirm', { name }),
      content: t('common.deleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutate({ id, expectedVersion: version }),
    });
}
