/**
 * Choosing a folder or a backup file: the desktop's dialog (main process `api:backup.choosePath`);
 * in browser mode the path is typed (the host runs on this machine and writes there itself).
 */
export const canChoosePath = (): boolean => Boolean(window.api);

export async function choosePath(kind: 'folder' | 'file'): Promise<string | null> {
  if (!window.api) return null;
  const answer = (await window.api.invoke('backup.choosePath', { kind })) as { ok: true; data: { path: string | null } } | { ok: false; error: { message: string } };
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data.path;
}

/** Bytes as «12,3 MB» (or kB for small files). */
export function formatSize(bytes: number, locale = 'vi-VN'): string {
  const mb = bytes / 1024 / 1024;
  if (bytes === 0) return '0 kB';
  if (mb < 1) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
  return `${mb.toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
