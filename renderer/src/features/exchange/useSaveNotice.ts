import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Saved } from './files';

/** Tells where a team file went (or that it was not saved). */
export function useSaveNotice(): (saved: Saved, fileName: string) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (saved, fileName) => {
    if (saved.kind === 'cancelled') void message.info(t('exchange.file.cancelled'));
    else void message.success(t('exchange.file.saved', { file: saved.kind === 'path' ? saved.path : fileName }));
  };
}
