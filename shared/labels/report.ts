import type { ChildDataBasis, ChildDataBasisKind, ExportFormat, ExportState } from '../schemas/report';

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

export const CHILD_DATA_BASIS_LABELS: Record<ChildDataBasisKind, string> = {
  competent_request: 'Văn bản đề nghị của cơ quan có thẩm quyền',
  referral_decree56: 'Chuyển thông tin theo Điều 26 Nghị định 56/2017/NĐ-CP',
  other: 'Căn cứ pháp lý khác',
};

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The basis in one sentence, as the export and the audit trail state it (no child's data in it). */
export function childDataBasisText(basis: ChildDataBasis): string {
  switch (basis.kind) {
    case 'competent_request':
      return `${CHILD_DATA_BASIS_LABELS.competent_request}: văn bản số ${basis.documentNumber} ngày ${dmy(basis.documentDate)} của ${basis.requestingBody}`;
    case 'referral_decree56':
      return `${CHILD_DATA_BASIS_LABELS.referral_decree56} (tiếp nhận, xử lý thông tin về trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại)${basis.recipient ? `; nơi nhận: ${basis.recipient}` : ''}`;
    case 'other':
      return basis.otherGround;
  }
}
