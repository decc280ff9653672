import type { ExportFormat, ExportState } from '../schemas/report';

/** Files are named by the program that opens them, the same in every language. */
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word',
  xlsx: 'Excel',
  csv: 'CSV',
  json: 'JSON',
};

export const EXPORT_STATE_LABELS: Record<ExportState, string> = {
  running: 'Đang xuất',
  done: 'Đã xuất xong',
  failed: 'Không xuất được báo cáo',
  cancelled: 'Đã hủy',
};
