import type { AssessmentSection, ChildDataBasis, ChildDataBasisKind, ExportFormat, ExportState, ReportPeriodPreset } from '../schemas/report';

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

/** The periods offered on the report page; the official cut-offs say so (Decree 09/2019/NĐ-CP Art. 12, to verify). */
export const REPORT_PERIOD_PRESET_LABELS: Record<ReportPeriodPreset, string> = {
  official_six_months: 'Kỳ báo cáo 6 tháng (15/12 năm trước – 14/6)',
  official_year: 'Kỳ báo cáo năm (15/12 năm trước – 14/12)',
  first_half: '6 tháng đầu năm (1/1 – 30/6)',
  second_half: '6 tháng cuối năm (1/7 – 31/12)',
  calendar_year: 'Cả năm (1/1 – 31/12)',
  custom: 'Khoảng thời gian khác',
};

/** The assessment's sections, as the source reports title them. */
export const ASSESSMENT_SECTION_LABELS: Record<AssessmentSection, string> = {
  results: 'Kết quả đạt được',
  advantages: 'Thuận lợi',
  difficulties: 'Khó khăn, vướng mắc',
  causes: 'Nguyên nhân',
  solutions: 'Giải pháp',
  recommendations: 'Kiến nghị, đề xuất',
};
