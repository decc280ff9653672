/**
 * "QUYẾT ĐỊNH Về việc thành lập Đoàn kiểm tra liên ngành về lao động chưa thành niên": the
 * decision of the issuing agency's head establishing the team of a plan, in the form of an
 * individual decision (authority line, Căn cứ, "QUYẾT ĐỊNH:", Điều 1–3), with the member list
 * as an annex. The decision has no number of its own yet, so it is always a draft
 * ("Số:      /QĐ-…"). Pure: builds the `docx` Document only.
 */
import { TextRun, type Document } from 'docx';
import { formatOfficialDate } from '../../shared/text/official-date';
import { TEAM_ROLE_LABELS } from '../../shared/labels/plan';
import type { PlanDetail } from '../../shared/schemas/plan';
import { bodyParagraph, officialDocument, simpleTable, TEXT_WIDTH_LANDSCAPE, type Block, type Content } from './official-layout';
import {
  agencyHead,
  balanceSummary,
  formatShortDate,
  inSentence,
  issuerName,
  legalBasisLines,
  memberDescription,
  officialAgencyName,
  planHeader,
  sortTeam,
  subTeamLabel,
  vietnamDate,
  type PlanDocumentOptions,
} from './plan-labels';

export interface TeamDecisionOptions extends PlanDocumentOptions {
  /** Date the plan was issued (YYYY-MM-DD); defaults to the day it was last approved. */
  planDate?: string;
}

const TEAM_NAME = 'Đoàn kiểm tra liên ngành về lao động chưa thành niên';

function planDate(detail: PlanDetail, opts: TeamDecisionOptions): string | undefined {
  if (opts.planDate) return opts.planDate;
  const approved = detail.history.filter((h) => h.toStatus === 'approved').at(-1);
  return approved ? vietnamDate(approved.at) : undefined;
}

/** "Kế hoạch số 15/KH-SNV ngày 06 tháng 10 năm 2025 của Sở Nội vụ về kiểm tra việc …". */
function planReference(detail: PlanDetail, opts: TeamDecisionOptions): string {
  const { plan } = detail;
  const date = planDate(detail, opts);
  return [
    'Kế hoạch',
    plan.number?.trim() ? `số ${plan.number.trim()}` : undefined,
    date ? formatOfficialDate(date) : undefined,
    `của ${issuerName(detail)}`,
    `về ${inSentence(plan.title)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** "Điều 1. …" with the article label in bold. */
function article(label: string, text: string, keepNext = false): Block {
  const content: Content = [new TextRun({ text: `${label} `, bold: true }), new TextRun(text.normalize('NFC'))];
  return bodyParagraph(content, { keepNext });
}

function memberLines(detail: PlanDetail): Block[] {
  const team = sortTeam(detail.team);
  return team.map((member, i) => {
    const sub = subTeamLabel(member.subTeam);
    const role = sub ? `${TEAM_ROLE_LABELS[member.role]} (${sub})` : TEAM_ROLE_LABELS[member.role];
    return bodyParagraph(`${i + 1}. ${memberDescription(member)} – ${role}${i === team.length - 1 ? '.' : ';'}`);
  });
}

function memberAnnex(detail: PlanDetail): Block[] {
  const rows = sortTeam(detail.team).map((member, i) => [
    String(i + 1),
    member.fullName.trim(),
    member.position?.trim() ?? '',
    officialAgencyName(member.agencyName),
    TEAM_ROLE_LABELS[member.role],
    subTeamLabel(member.subTeam),
  ]);
  return [
    simpleTable(['STT', 'Họ và tên', 'Chức vụ', 'Cơ quan', 'Nhiệm vụ', 'Tổ'], rows, {
      widths: [12, 50, 70, 60, 36, 24],
      width: TEXT_WIDTH_LANDSCAPE,
      align: ['center', 'left', 'left', 'left', 'left', 'center'],
    }),
  ];
}

export function buildTeamDecisionDocument(detail: PlanDetail, opts: TeamDecisionOptions): Document {
  const { plan } = detail;
  const hasAgency = !!plan.issuingAgencyName?.trim();
  const issuer = issuerName(detail);
  const head = hasAgency ? agencyHead(plan.issuingAgencyName) : undefined;
  const reference = planReference(detail, opts);
  const period = `từ ngày ${formatShortDate(plan.periodStart)} đến ngày ${formatShortDate(plan.periodEnd)}`;
  const centred = (text: string, keepNext = true): Block => bodyParagraph(text, { bold: true, align: 'center', indent: false, keepNext });

  const body: Block[] = [
    ...(head ? [centred(`${head} ${issuer}`.toLocaleUpperCase('vi'))] : []),
    ...legalBasisLines([...plan.legalBases, reference]).map((line) => bodyParagraph(line, { italic: true })),
    centred('QUYẾT ĐỊNH:'),
    ...(detail.team.length > 0
      ? [
          article('Điều 1.', `Thành lập ${TEAM_NAME} (sau đây gọi là Đoàn kiểm tra) gồm các ông (bà) có tên sau:`, true),
          ...memberLines(detail),
        ]
      : [article('Điều 1.', `Thành lập ${TEAM_NAME} (sau đây gọi là Đoàn kiểm tra).`)]),
    article('Điều 2.', 'Nhiệm vụ của Đoàn kiểm tra:', true),
    bodyParagraph(`1. Kiểm tra việc chấp hành pháp luật về lao động chưa thành niên tại các cơ sở theo ${reference}, ${period}.`),
    bodyParagraph(
      '2. Trưởng đoàn phân công nhiệm vụ cho các thành viên; các thành viên Đoàn làm việc theo chế độ kiêm nhiệm, chịu trách nhiệm trước Trưởng đoàn và thủ trưởng cơ quan cử tham gia về nhiệm vụ được giao.',
    ),
    bodyParagraph(`3. Kết thúc đợt kiểm tra, Đoàn kiểm tra báo cáo kết quả về ${issuer}. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.`),
    article(
      'Điều 3.',
      `Quyết định này có hiệu lực kể từ ngày ký. ${hasAgency ? 'Chánh Văn phòng, thủ' : 'Thủ'} trưởng các cơ quan có thành viên tham gia Đoàn kiểm tra và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    ),
  ];

  return officialDocument({
    header: planHeader(detail, opts, { type: 'QĐ' }),
    title: 'Quyết định',
    draft: plan.status === 'draft',
    summary: balanceSummary(`Về việc thành lập Đoàn kiểm tra liên ngành về lao động chưa thành niên năm ${plan.periodStart.slice(0, 4)}`),
    body,
    signatures: [{ position: head ?? 'Thủ trưởng cơ quan', hint: '', name: '' }],
    recipients: ['Như Điều 3;', 'Lưu: VT.'],
    annexes: detail.team.length > 0 ? [{ title: 'Danh sách thành viên Đoàn kiểm tra', landscape: true, body: memberAnnex(detail) }] : [],
  });
}
