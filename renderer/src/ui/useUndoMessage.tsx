import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A success message with «Hoàn tác» beside it for a few seconds: `(key, text, onUndo)` shows it
 * (one message per key), and the button closes it before undoing.
 */
export function useUndoMessage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (key: string, text: string, onUndo: () => void) =>
    void message.success({
      key,
      duration: 8,
      content: (
        <span>
          {text}{' '}
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 4 }}
            onClick={() => {
              message.destroy(key);
              onUndo();
            }}
          >
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
}
