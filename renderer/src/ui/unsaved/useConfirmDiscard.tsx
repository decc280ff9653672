import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from './unsavedStore';

/**
 * Asks before unsaved input is thrown away. `forms` names where the changes are (leaving a page),
 * none for a form being closed. The safe answer ("Tiếp tục sửa") is the default button.
 */
export function useConfirmDiscard() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return useCallback(
    ({ forms, onDiscard, onStay }: { forms?: string[]; onDiscard: () => void; onStay?: () => void }) => {
      const named = forms?.filter(Boolean) ?? [];
      const content =
        forms === undefined ? t('ui.unsaved.closeText') : named.length > 0 ? t('ui.unsaved.leaveText', { forms: named.join('», «') }) : t('ui.unsaved.leaveTextGeneric');
      modal.confirm({
        title: t('ui.unsaved.title'),
        content,
        okText: t('ui.unsaved.discard'),
        okButtonProps: { danger: true },
        cancelText: t('ui.unsaved.stay'),
        autoFocusButton: 'cancel',
        onOk: onDiscard,
        onCancel: onStay,
      });
    },
    [modal, t],
  );
}

/**
 * The close of a dialog holding a small form (a reason, a note): Esc, Cancel or the cross ask
 * first when something was typed; leaving the page asks too while it is open.
 */
export function useGuardedClose(open: boolean, dirty: boolean, label: string, onClose: () => void): () => void {
  const confirmDiscard = useConfirmDiscard();
  useUnsavedGuard(open && dirty, label);
  return () => (dirty ? confirmDiscard({ onDiscard: onClose }) : onClose());
}
