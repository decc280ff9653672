/**
 * The papers of a child's follow-up case (issue 11), on the Decree 30/2020 layout:
 *
 * - "PHIẾU CHUYỂN GỬI" (referral letter): the team sends the case of a child found working to the
 *   commune People's Committee, which leads the support and intervention (Decree 56/2017 Art. 26:
 *   reports go at once to the commune; an emergency is dealt with within 12 hours, Art. 26.3), or
 *   to a service (education, social protection, health, legal aid, police);
 * - "PHIẾU THEO DÕI TRẺ EM" (follow-up record): the case from detection to closure — risk,
 *   referrals, support, the follow-up visits and the child's situation at each, the closure.
 *
 * No statutory template exists for either (the case-management forms Mẫu 02–06 of Decree 56/2017
 * belong to the commune's child-protection worker). The child is named by initials and year of
 * birth unless the user chose full names (a leader, logged by the document source); no mode
 * writes the child's home address. Pure: data in, `docx` Document out.
 */
import type { Document } from 'docx';
import {
  CASE_RISK_LEVEL_LABELS,
  CASE_STATUS_LABELS,
  CLOSURE_REASON_LABELS,
  REFERRAL_METHOD_LABELS,
  REFERRAL_REQUESTS,
  REFERRAL_TARGET_LABELS,
  SUPPORT_KIND_LABELS,
  VISIT_SITUATION_LABELS,
} from '../../shared/labels/follow-up';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels/document';
import { SEX_LABELS } from '../../shared/labels/inspection';
import type { ChildNameMode } from '../../shared/schemas/document';
import type { CaseDetail, Referral } from '../../shared/schemas/follow-up';
import { formatOfficialDate } from '../../shared/text/official-date';
import { childDisplayName } from './child-initials';
import { TEAM_NAME, listPunctuation } from './inspection-labels';
import { bodyParagraph, heading, officialDocument, simpleTable, type Block, type SignatureBlock } from './official-layout';
import { balanceSummary, formatShortDate, officialAgencyName, vietnamDate } from './plan-labels';

export const REFERRAL_SYMBOL = 'PCG-ĐKT';

export interface FollowUpPaperData {
  case: CaseDetail;
  /** The inspection's date and minutes number, and the team leader who signs for the team. */
  inspection: { date: string; number?: string; leaderName?: string };
  /** The agency above the team in the header (the plan's issuing agency), if any. */
  parentAgency?: string;
  /** Địa danh of the date line. */
  place: string;
  /** The paper's date (YYYY-MM-DD). */
  date: string;
  childNames: ChildNameMode;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
const clean = (text: string): string => text.normalize('NFC').trim().replace(/[.;,]+$/u, '');

function childName(data: FollowUpPaperData): string {
  const m = data.case.minor;
  return childDisplayName({ fullName: m.fullName, dateOfBirth: m.dateOfBirth, ageAtInspection: m.ageAtInspection, ageEstimated: !m.dateOfBirth }, data.childNames);
}

function header(data: FollowUpPaperData, numbered: boolean, date = data.date) {
  return {
    ...(data.parentAgency ? { parentAgency: officialAgencyName(data.parentAgency) } : {}),
    agency: TEAM_NAME,
    ...(numbered ? { symbol: REFERRAL_SYMBOL } : { numbered: false }),
    place: data.place,
    date,
  };
}

function minutesOf(data: FollowUpPaperData): string {
  return `Biên bản kiểm tra${data.inspection.number ? ` số ${data.inspection.number}` : ''} ${formatOfficialDate(data.inspection.date)}`;
}

function childTable(data: FollowUpPaperData): Block {
  const c = data.case;
  return simpleTable(
    ['Trẻ em', 'Giới tính', 'Tuổi tại ngày kiểm tra', 'Công việc', 'Nơi phát hiện'],
    [[childName(data), SEX_LABELS[c.minor.sex], String(c.minor.ageAtInspection), c.minor.job ? clean(c.minor.job) : '', clean(c.establishmentName)]],
    { widths: [28, 12, 14, 20, 26], align: ['left', 'center', 'center', 'left', 'left'] },
  );
}


export function buildReferralLetter(data: FollowUpPaperData, referral: Referral): Document {
  const c = data.case;
  const emergency = c.riskLevel === 'emergency';
  const body: Block[] = [
    bodyParagraph('Căn cứ Luật Trẻ em năm 2016;', { italic: true }),
    bodyParagraph('Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;', { italic: true }),
    bodyParagraph(`Căn cứ ${minutesOf(data)} của ${TEAM_NAME} tại ${clean(c.establishmentName)}.`, { italic: true }),
    bodyParagraph(
      `Qua kiểm tra ${formatOfficialDate(data.inspection.date)} tại ${clean(c.establishmentName)}${c.establishmentAddress ? ` (${clean(c.establishmentAddress)})` : ''}, ${TEAM_NAME} phát hiện trẻ em sau đây làm việc trái quy định của pháp luật về lao động:`,
      { keepNext: true },
    ),
    childTable(data),
    heading('1. Tình trạng của trẻ em'),
    bodyParagraph(`Mức độ nguy cơ: ${lowerFirst(CASE_RISK_LEVEL_LABELS[c.riskLevel])}.`, { keepNext: true }),
    ...listPunctuation(c.riskReasons.map((r) => `- ${r}`)).map((t) => bodyParagraph(t)),
  ];
  if (emergency && c.emergencyDeadline) {
    body.push(
      bodyParagraph(
        `Đây là trường hợp khẩn cấp: trẻ em cần được can thiệp, bảo vệ trong vòng 12 giờ kể từ khi nhận được thông tin (Khoản 3 Điều 26 Nghị định số 56/2017/NĐ-CP).`,
        { bold: true },
      ),
    );
  }
  body.push(heading('2. Đề nghị'), bodyParagraph(`${REFERRAL_REQUESTS[referral.target]}.`));
  body.push(bodyParagraph('Đề nghị quý cơ quan thông báo kết quả tiếp nhận, hỗ trợ trẻ em cho Đoàn kiểm tra để theo dõi.'));
  const contact = [referral.contact ? clean(referral.contact) : '', data.inspection.leaderName ? `${data.inspection.leaderName.trim()} (Trưởng Đoàn)` : ''].filter(Boolean);
  body.push(heading('3. Thông tin liên hệ'));
  body.push(bodyParagraph(`Hình thức chuyển gửi: ${lowerFirst(REFERRAL_METHOD_LABELS[referral.method])}; ngày chuyển gửi: ${formatShortDate(referral.referredOn)}.`));
  if (contact.length > 0) body.push(bodyParagraph(`Người liên hệ: ${contact.join('; ')}.`));
  body.push(
    bodyParagraph(
      'Thông tin về trẻ em trong phiếu này là bí mật đời sống riêng tư của trẻ em (Điều 33 Nghị định số 56/2017/NĐ-CP), chỉ sử dụng cho việc hỗ trợ, can thiệp, không cung cấp cho người không có trách nhiệm.',
      { italic: true },
    ),
  );
  const signatures: SignatureBlock[] = [{ position: 'TRƯỞNG ĐOÀN', name: data.inspection.leaderName?.trim() ?? '' }];
  return officialDocument({
    // The letter is the referral: it carries the day the case was referred.
    header: header(data, true, referral.referredOn),
    title: DOCUMENT_KIND_LABELS.case_referral,
    summary: balanceSummary(`Về việc chuyển gửi trường hợp trẻ em lao động trái quy định của pháp luật để hỗ trợ, can thiệp`),
    body: [bodyParagraph(`Kính gửi: ${clean(referral.agencyName)}`, { align: 'center', indent: false }), ...body],
    signatures,
    recipients: ['Như trên', ...(referral.target === 'commune_committee' ? [] : ['Ủy ban nhân dân cấp xã nơi trẻ em cư trú (để phối hợp)']), `Lưu: hồ sơ theo dõi trẻ em`],
  });
}

export function buildFollowUpRecord(data: FollowUpPaperData): Document {
  const c = data.case;
  const body: Block[] = [
    heading('I. THÔNG TIN VỀ TRẺ EM'),
    childTable(data),
    heading('II. PHÁT HIỆN VÀ ĐÁNH GIÁ NGUY CƠ'),
    bodyParagraph(`Phát hiện qua ${lowerFirst(minutesOf(data))} của ${TEAM_NAME}; mở hồ sơ theo dõi ngày ${formatShortDate(vietnamDate(c.openedAt) ?? c.openedAt.slice(0, 10))}.`),
    bodyParagraph(`Mức độ nguy cơ: ${lowerFirst(CASE_RISK_LEVEL_LABELS[c.riskLevel])}${c.riskLevel === 'emergency' ? ' (can thiệp trong vòng 12 giờ)' : ''}.`, { keepNext: true }),
    ...listPunctuation(c.riskReasons.map((r) => `- ${r}`)).map((t) => bodyParagraph(t)),
    heading('III. CHUYỂN GỬI'),
  ];
  body.push(
    c.referrals.length === 0
      ? bodyParagraph('Chưa chuyển gửi.')
      : simpleTable(
          ['STT', 'Ngày', 'Nơi tiếp nhận', 'Hình thức', 'Kết quả'],
          c.referrals.map((r, i) => [
            String(i + 1),
            formatShortDate(r.referredOn),
            `${clean(r.agencyName)}\n(${REFERRAL_TARGET_LABELS[r.target]})`,
            REFERRAL_METHOD_LABELS[r.method],
            r.outcome ? `${clean(r.outcome)}${r.outcomeOn ? ` (${formatShortDate(r.outcomeOn)})` : ''}` : 'Chưa có kết quả',
          ]),
          { widths: [7, 17, 32, 15, 29], align: ['center', 'center', 'left', 'left', 'left'] },
        ),
  );
  body.push(heading('IV. HỖ TRỢ ĐÃ CUNG CẤP'));
  body.push(
    c.supports.length === 0
      ? bodyParagraph('Chưa ghi nhận hỗ trợ.')
      : simpleTable(
          ['STT', 'Ngày', 'Hình thức hỗ trợ', 'Người, cơ quan hỗ trợ', 'Ghi chú'],
          c.supports.map((s, i) => [String(i + 1), formatShortDate(s.providedOn), SUPPORT_KIND_LABELS[s.kind], clean(s.providedBy), s.note ? clean(s.note) : '']),
          { widths: [7, 17, 26, 25, 25], align: ['center', 'center', 'left', 'left', 'left'] },
        ),
  );
  body.push(heading('V. THĂM LẠI TRẺ EM'));
  const schedule = c.schedule.map((s) => `lần ${s.number} trước ngày ${formatShortDate(s.dueOn)}${s.doneOn ? ` (đã thăm ngày ${formatShortDate(s.doneOn)})` : ''}`);
  body.push(bodyParagraph(`Lịch thăm lại: ${schedule.join('; ')}.`));
  body.push(
    c.visits.length === 0
      ? bodyParagraph('Chưa thăm lại.')
      : simpleTable(
          ['Lần', 'Ngày', 'Người thăm', 'Tình hình của trẻ', 'Ghi chú'],
          c.visits.map((v, i) => [
            String(i + 1),
            formatShortDate(v.visitedOn),
            clean(v.visitedBy),
            [VISIT_SITUATION_LABELS[v.situation], v.workPlace ? `Nơi làm việc: ${clean(v.workPlace)}` : '', v.workDescription ? clean(v.workDescription) : ''].filter(Boolean).join('\n'),
            v.notes ? clean(v.notes) : '',
          ]),
          { widths: [7, 17, 20, 30, 26], align: ['center', 'center', 'left', 'left', 'left'] },
        ),
  );
  body.push(heading('VI. KẾT THÚC THEO DÕI'));
  if (c.status === 'closed' && c.closureReason && c.closedOn) {
    body.push(bodyParagraph(`Kết thúc theo dõi ngày ${formatShortDate(c.closedOn)}. Lý do: ${lowerFirst(CLOSURE_REASON_LABELS[c.closureReason])}${c.closureNote ? `: ${clean(c.closureNote)}` : ''}.`));
  } else {
    body.push(bodyParagraph(`${CASE_STATUS_LABELS[c.status]}: đã thăm lại ${c.visits.length} lần (cần ít nhất 02 lần trước khi kết thúc theo dõi).`));
  }
  body.push(
    bodyParagraph('Thông tin về trẻ em trong phiếu này là bí mật đời sống riêng tư của trẻ em (Điều 33 Nghị định số 56/2017/NĐ-CP).', { italic: true }),
  );
  return officialDocument({
    header: header(data, false),
    title: DOCUMENT_KIND_LABELS.case_follow_up,
    summary: balanceSummary('Trẻ em lao động trái quy định của pháp luật được phát hiện qua kiểm tra'),
    body,
    signatures: [
      { position: 'NGƯỜI LẬP PHIẾU', name: '' },
      { position: 'TRƯỞNG ĐOÀN', name: data.inspection.leaderName?.trim() ?? '' },
    ],
  });
}
