import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api';
import { openDocument, opensInApp } from './openDocument';

/** "Mở" in the desktop app (Word/LibreOffice), "Tải về" in a browser; errors shown as a message. */
export function OpenDocumentButton({ documentId, fileName }: { documentId: string; fileName: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inApp = opensInApp();
  const label = inApp ? t('plans.documents.open') : t('plans.documents.download');
  const open = () =>
    openDocument(documentId).catch((error: unknown) => void message.error(error instanceof ApiCallError ? error.error.message : t('common.unexpectedError')));
  return (
    <Button size="small" icon={inApp ? <ExportOutlined aria-hidden /> : <DownloadOutlined aria-hidden />} onClick={() => void open()} aria-label={`${label} ${fileName}`}>
      {label}
    </Button>
  );
}
