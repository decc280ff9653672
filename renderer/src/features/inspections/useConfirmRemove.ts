import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { INSPECTIONS } from './queries';

type RemoveCommand = 'minors.remove' | 'violations.remove' | 'commitments.remove';

/** Removes one entry of a record (a minor, a violation, a commitment) after a confirmation. */
export function useConfirmRemove(command: RemoveCommand) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useCommandMutation(command, { invalidates: [INSPECTIONS], onSuccess: () => void message.success(t('inspections.removed')) });
  /** `version`: the one the user sees; an entry changed meanwhile is not removed (CONFLICT, with who and when). */
  return ({ id, version, title }: { id: string; version?: number; title: string }) =>
    modal.confirm({
      title,
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => {
        const ref = { id, expectedVersion: version };
        remove.mutate(ref);
      },
    });
}
