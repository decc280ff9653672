import type { ChildNameMode, DocumentKind, ReportFileKind } from '../schemas/document';
import { EXPORT_FORMAT_LABELS } from './report';

/** Each generated document by its title. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  plan: 'Kế hoạch kiểm tra',
  team_decision: 'Quyết định thành lập Đoàn',
  inspection_minutes: 'Biên bản kiểm tra',
  commitment: 'Bản cam kết',
  violation_record: 'Biên bản vi phạm hành chính',
  reinspection_minutes: 'Biên bản kiểm tra lại',
  case_referral: 'Phiếu chuyển gửi',
  case_follow_up: 'Phiếu theo dõi trẻ em',
};

export const REPORT_FILE_KIND_LABELS: Record<ReportFileKind, string> = {
  report_docx: `Báo cáo (${EXPORT_FORMAT_LABELS.docx})`,
  report_xlsx: `Báo cáo (${EXPORT_FORMAT_LABELS.xlsx})`,
  report_csv: `Báo cáo (${EXPORT_FORMAT_LABELS.csv})`,
  report_json: `Báo cáo (${EXPORT_FORMAT_LABELS.json})`,
};

/** How children are named in a document. */
export const CHILD_NAME_MODE_LABELS: Record<ChildNameMode, string> = {
  initials: 'Viết tắt',
  full: 'Họ tên đầy đủ',
};
