import { ASSESSMENT_SECTION_LABELS } from '../../../../../shared/labels/report';
import type { DeepStrings } from '../../../i18n/deep-strings';

/** Text of the report's assessment card; registered as `reportAssessment` in vi.ts. */
export const reportAssessmentVi = {
  title: 'Đánh giá, kiến nghị',
  hint: 'Phần lời của báo cáo, in trong tệp Word sau các số liệu. Được lưu riêng cho kỳ báo cáo và địa bàn đang chọn.',
  section: ASSESSMENT_SECTION_LABELS,
  save: 'Lưu phần đánh giá',
  saved: 'Đã lưu phần đánh giá của báo cáo.',
  unsaved: 'Có thay đổi chưa lưu — tệp Word chỉ in phần đã lưu',
  savedBy: 'Lưu lần cuối lúc {{time}} ({{name}})',
  nothingSaved: 'Chưa có phần đánh giá nào cho kỳ và địa bàn này.',
  readOnly: 'Chỉ người ghi nhận kiểm tra và lãnh đạo được viết phần đánh giá.',
  formName: 'Đánh giá, kiến nghị của báo cáo',
};

export const reportAssessmentEn: DeepStrings<typeof reportAssessmentVi> = {
  title: 'Assessment and recommendations',
  hint: 'The written part of the report, printed in the Word file after the figures. Kept for the period and area chosen.',
  section: {
    results: 'Results',
    advantages: 'Advantages',
    difficulties: 'Difficulties',
    causes: 'Causes',
    solutions: 'Solutions',
    recommendations: 'Recommendations',
  },
  save: 'Save the assessment',
  saved: 'The report’s assessment is saved.',
  unsaved: 'Unsaved changes — the Word file prints what is saved',
  savedBy: 'Last saved {{time}} ({{name}})',
  nothingSaved: 'No assessment written for this period and area yet.',
  readOnly: 'Only recorders and leaders write the assessment.',
  formName: 'Report assessment',
};
