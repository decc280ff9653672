import { openAppLog } from './app-log';
import { DataFolderLockedError } from './data-folder-lock';

/**
 * What the user is told when the app cannot start on its data folder, in Vietnamese: the
 * cause in words a user can act on; the technical details go to the log file only.
 */
export function describeStartupFailure(error: unknown, dataDir: string): string {
  if (error instanceof DataFolderLockedError) return error.message;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') {
    return `Ổ đĩa chứa thư mục dữ liệu ${dataDir} đã đầy; hãy giải phóng dung lượng rồi mở lại ứng dụng.`;
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return `Không ghi được vào thư mục dữ liệu ${dataDir} (không có quyền ghi hoặc ổ đĩa chỉ đọc).`;
  }
  if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL') {
    return 'Cổng mạng đã chọn đang được một chương trình khác dùng hoặc không có trên máy này; hãy chọn cổng khác (--port).';
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `Tệp cơ sở dữ liệu trong ${dataDir} đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi mở lại ứng dụng.`;
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return `Tệp cơ sở dữ liệu trong ${dataDir} bị hỏng hoặc không phải tệp của ứng dụng; các bản sao lưu nằm trong thư mục backups.`;
  }
  return `Không mở hoặc không nâng cấp được cơ sở dữ liệu trong ${dataDir}; dữ liệu chưa bị thay đổi (bản sao trước khi nâng cấp nằm trong thư mục backups).`;
}

/** The whole text of the startup error dialog (and of the web host's console line). */
export const startupDialogText = (cause: string, logPath: string) =>
  `${cause}\n\nChi tiết lỗi đã được ghi vào tệp nhật ký:\n${logPath}\n\nHãy gửi tệp này cho người hỗ trợ kỹ thuật nếu lỗi còn lặp lại.`;

export const STARTUP_DIALOG_TITLE = 'Không khởi động được ứng dụng';

/** Writes a startup failure to the folder's log (a refused lock as one warning line, anything else with its stack); returns the log's path. */
export function logStartupFailure(dataDir: string, error: unknown): string {
  const log = openAppLog(dataDir);
  if (error instanceof DataFolderLockedError) log.write('WARN', 'startup', error.message);
  else log.error('startup', error);
  return log.path;
}
