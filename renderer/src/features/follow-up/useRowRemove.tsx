import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { useUndoMessage } from '../../ui/useUndoMessage';
import { FOLLOW_UP_WRITES } from './queries';

type Row = 'Referral' | 'Support' | 'Visit';

/**
 * Removes a referral, a support or a visit of a case after a confirmation, then offers
 * "Hoàn tác" for a few seconds (the row is deleted softly and restored by its command).
 */
export function useRowRemove(row: Row) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const showUndo = useUndoMessage();
  const restore = useCommandMutation(`followUp.restore${row}`, { invalidates: FOLLOW_UP_WRITES });
  const remove = useCommandMutation(`followUp.remove${row}`, {
    invalidates: FOLLOW_UP_WRITES,
    onSuccess: (removed) => showUndo(`removed-${removed.id}`, t('followUp.case.removed'), () => restore.mutate({ id: removed.id })),
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
