import { call } from '../../api';

/** In the desktop app the main process opens the file in Word/LibreOffice; a browser downloads it. */
export const opensInApp = (): boolean => Boolean(window.api);

/** Opens (desktop) or downloads (browser) a generated document. */
export async function openDocument(documentId: string): Promise<void> {
  if (opensInApp()) {
    await call('documents.open', { id: documentId });
    return;
  }
  const link = document.createElement('a');
  link.href = `/files/documents/${encodeURIComponent(documentId)}`;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}
