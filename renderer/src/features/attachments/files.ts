import { MAX_ATTACHMENT_BYTES } from '../../../../shared/schemas/attachment';
import { call } from '../../api';

/** Megabytes as a Vietnamese reader writes them ("2,5"). */
export const megabytes = (bytes: number, language = 'vi-VN') => (bytes / (1024 * 1024)).toLocaleString(language, { maximumFractionDigits: 1 });

export const LIMIT_MB = megabytes(MAX_ATTACHMENT_BYTES);

/** "850 KB", "2,4 MB". */
export const fileSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${megabytes(bytes)} MB`);

/** The file's bytes as base64 (without the data: prefix), reporting how much was read (0–1). */
export function readAsBase64(file: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** A Blob of a stored file, decrypted by the service (the viewer, a download). */
export async function fetchContent(id: string): Promise<{ blob: Blob; fileName: string; mimeType: string }> {
  const { base64, fileName, mimeType } = await call('attachments.content', { id });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return { blob: new Blob([bytes], { type: mimeType }), fileName, mimeType };
}

/** In the desktop app the main process opens the file in the system viewer; a browser downloads it. */
export async function openOrDownload(id: string): Promise<void> {
  if (window.api) {
    await call('attachments.open', { id });
    return;
  }
  const { blob, fileName } = await fetchContent(id);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
