/**
 * "BIÊN BẢN KIỂM TRA LẠI Việc thực hiện cam kết của cơ sở … tại …": the minutes of a
 * re-inspection (tái kiểm tra, issue 11), which verifies item by item the commitments the
 * establishment signed at an earlier inspection. No statutory template exists (as for the
 * minutes, legal-reference §5.3); it follows the minutes' layout: header; title and trích yếu;
 * Căn cứ (the earlier minutes and the commitment); time and place; I. Thành phần; II. each
 * commitment item with its deadline, the verdict and the evidence; III. the next steps proposed
 * for each breach (escalation ladder); IV. the establishment's statement; closing; signatures.
 * No child is named. Pure: builds the `docx` Document only.
 */
import type { Document } from 'docx';
import { CommandError } from '../../shared/errors';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels/document';
import { COMMITMENT_STATUS_LABELS } from '../../shared/labels/inspection';
import { ESCALATION_STEP_LABELS } from '../../shared/labels/verification';
import type { VerificationItem } from '../../shared/schemas/verification';
import { formatOfficialDate } from '../../shared/text/official-date';
import { clockTime, inspectionPlace, listPunctuation, minutesNumber, TEAM_NAME, type InspectionDocumentData } from './inspection-labels';
import { attendance, closing, minutesHeader, signatures } from './inspection-minutes-document';
import { bodyParagraph, heading, officialDocument, simpleTable, type Block } from './official-layout';
import { balanceSummary, formatShortDate, textParagraphs, twoDigits } from './plan-labels';

const SUBJECT = 'Việc thực hiện cam kết của cơ sở về lao động chưa thành niên, phòng ngừa lao động trẻ em';

export interface ReinspectionDocumentData extends InspectionDocumentData {
  /** The inspection whose commitments are verified (the first of the chain). */
  followed: { inspectionDate: string; number?: string };
  items: VerificationItem[];
}

const clean = (text: string): string => text.normalize('NFC').trim().replace(/[.;,]+$/u, '');

function verdict(item: VerificationItem): string {
  if (!item.check) return 'Chưa kiểm tra';
  return item.check.kept ? COMMITMENT_STATUS_LABELS.fulfilled : COMMITMENT_STATUS_LABELS.breached;
}

function bases(data: ReinspectionDocumentData): string[] {
  const minutes = minutesNumber(data.followed.number);
  const signed = [...new Set(data.items.map((i) => i.inspectionDate))].sort();
  return [
    `Căn cứ Biên bản kiểm tra${minutes ? ` số ${minutes}` : ''} ${formatOfficialDate(data.followed.inspectionDate)} của ${TEAM_NAME} tại ${data.establishment.name.trim()};`,
    `Căn cứ Bản cam kết của cơ sở lập tại ${signed.length > 1 ? 'các buổi kiểm tra các ngày' : 'buổi kiểm tra ngày'} ${signed.map((d) => formatShortDate(d)).join(', ')}.`,
  ];
}

function resultsSection(data: ReinspectionDocumentData): Block[] {
  const rows = data.items.map((item, i) => [
    String(i + 1),
    clean(item.item.content),
    formatShortDate(item.item.deadline),
    verdict(item),
    item.check?.evidence ? clean(item.check.evidence) : '',
  ]);
  const kept = data.items.filter((i) => i.check?.kept).length;
  const breached = data.items.filter((i) => i.check && !i.check.kept).length;
  const unchecked = data.items.length - kept - breached;
  const counts = [
    `${twoDigits(kept)}/${twoDigits(data.items.length)} nội dung đã thực hiện`,
    breached > 0 ? `${twoDigits(breached)} nội dung không thực hiện` : '',
    unchecked > 0 ? `${twoDigits(unchecked)} nội dung chưa kiểm tra` : '',
  ].filter(Boolean);
  return [
    heading('II. KẾT QUẢ KIỂM TRA LẠI VIỆC THỰC HIỆN CAM KẾT'),
    bodyParagraph(`Đoàn kiểm tra đã đối chiếu từng nội dung cơ sở đã cam kết với thực tế tại cơ sở, kết quả như sau:`, { keepNext: true }),
    simpleTable(['STT', 'Nội dung cam kết', 'Thời hạn thực hiện', 'Kết quả', 'Căn cứ, ghi nhận của Đoàn'], rows, {
      widths: [8, 33, 17, 22, 30],
      align: ['center', 'left', 'center', 'left', 'left'],
    }),
    bodyParagraph(`Tổng hợp: ${counts.join('; ')}.`),
  ];
}

function nextStepsSection(data: ReinspectionDocumentData): Block[] {
  const breached = data.items.map((item, i) => ({ item, n: i + 1 })).filter(({ item }) => item.check && !item.check.kept);
  const blocks: Block[] = [heading('III. KIẾN NGHỊ, BIỆN PHÁP XỬ LÝ TIẾP THEO')];
  if (breached.length === 0) {
    const all = data.items.length > 0 && data.items.every((i) => i.check?.kept);
    blocks.push(bodyParagraph(all ? 'Cơ sở đã thực hiện đầy đủ các nội dung đã cam kết. Đề nghị cơ sở tiếp tục duy trì, không sử dụng trẻ em lao động trái quy định của pháp luật.' : 'Không có nội dung cam kết nào bị vi phạm tại thời điểm kiểm tra lại.'));
    return blocks;
  }
  const lines = breached.map(({ item, n }) => {
    const step = ESCALATION_STEP_LABELS[item.check!.nextStep ?? item.proposedStep];
    return `- Nội dung số ${n} (${clean(item.item.content).charAt(0).toLocaleLowerCase('vi')}${clean(item.item.content).slice(1)}): ${step.charAt(0).toLocaleLowerCase('vi')}${step.slice(1)}`;
  });
  blocks.push(bodyParagraph('Đối với các nội dung cơ sở không thực hiện, Đoàn kiểm tra kiến nghị:', { keepNext: true }), ...listPunctuation(lines).map((t) => bodyParagraph(t)));
  return blocks;
}

function statementSection(data: ReinspectionDocumentData): Block[] {
  const statement = textParagraphs(data.detail.inspection.employerStatement);
  return [
    heading('IV. Ý KIẾN CỦA CƠ SỞ ĐƯỢC KIỂM TRA'),
    ...(statement.length > 0 ? statement : ['Đại diện cơ sở được kiểm tra không có ý kiến khác.']).map((t) => bodyParagraph(t)),
  ];
}

export function buildReinspectionMinutes(data: ReinspectionDocumentData, opts: { place: string }): Document {
  const { inspection } = data.detail;
  if (data.items.length === 0) throw new CommandError('CONFLICT', 'Cuộc kiểm tra lần trước không có nội dung cam kết nào để kiểm tra lại');
  return officialDocument({
    draft: inspection.status !== 'finalised',
    header: minutesHeader(data, opts.place),
    title: DOCUMENT_KIND_LABELS.reinspection_minutes,
    summary: balanceSummary(`${SUBJECT} tại ${data.establishment.name.trim()}`),
    body: [
      ...bases(data).map((line) => bodyParagraph(line, { italic: true })),
      bodyParagraph(
        `Hôm nay, vào hồi ${clockTime(inspection.startTime)}, ${formatOfficialDate(inspection.inspectionDate)}, tại ${inspectionPlace(data)}, ${TEAM_NAME} tiến hành kiểm tra lại việc thực hiện các nội dung đã cam kết của ${data.establishment.name.trim()}, thành phần gồm có:`,
      ),
      ...attendance(data),
      ...resultsSection(data),
      ...nextStepsSection(data),
      ...statementSection(data),
      ...closing(data),
    ],
    signatures: signatures(data),
  });
}
