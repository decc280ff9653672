import type { AttachmentMimeType, AttachmentOwnerTable } from '../schemas/attachment';
import { TABLE_LABELS } from './history';

/** What a file is attached to, named as its table's rows. */
export const ATTACHMENT_OWNER_LABELS: Record<AttachmentOwnerTable, string> = {
  inspections: TABLE_LABELS.inspections!,
  minors: TABLE_LABELS.minors!,
  violations: TABLE_LABELS.violations!,
  commitment_items: TABLE_LABELS.commitment_items!,
  case_visits: TABLE_LABELS.case_visits!,
};

export const ATTACHMENT_MIME_LABELS: Record<AttachmentMimeType, string> = {
  'image/jpeg': 'Ảnh JPEG',
  'image/png': 'Ảnh PNG',
  'application/pdf': 'Tệp PDF',
};
