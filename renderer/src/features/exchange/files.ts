import { downloadBase64 } from '../auth/download';

/** The MIME type of the team files (.ldtx packages, .ldti invitations): opaque bytes. */
const TEAM_FILE = 'application/octet-stream';

/** Where a team file went: the path chosen in the desktop's save dialog, the browser's download, or nowhere (cancelled). */
export type Saved = { kind: 'path'; path: string } | { kind: 'download' } | { kind: 'cancelled' };

/**
 * Saves a team file where the user chooses: the desktop asks with its save dialog (main
 * process `api:exchange.saveFile`), the browser downloads it under the name the service gave.
 */
export async function saveTeamFile(fileName: string, base64: string): Promise<Saved> {
  if (window.api) {
    const answer = (await window.api.invoke('exchange.saveFile', { fileName, base64 })) as
      | { ok: true; data: { savedTo: string | null } }
      | { ok: false; error: { message: string } };
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data.savedTo ? { kind: 'path', path: answer.data.savedTo } : { kind: 'cancelled' };
  }
  downloadBase64(fileName, base64, TEAM_FILE);
  return { kind: 'download' };
}

/** A chosen file as base64 (the command carries it in JSON), reporting how much is read (0–100). */
export function readAsBase64(file: Blob, onProgress?: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
