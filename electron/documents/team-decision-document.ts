/**
 * "QUYẾT ĐỊNH Về việc thành lập Đoàn kiểm tra liên ngành về lao động chưa thành niên": the
 * decision of the issuing agency's head establishing the team of a plan, in the form of an
 * individual decision (authority line; Căn cứ, the competence basis first; "Theo đề nghị của …";
 * "QUYẾT ĐỊNH:"; Điều 1–3), numbered and dated once the plan records the decision. The members
 * are listed once: in Điều 1, or in an annex when the team is large. Signed by the head, or on
 * the head's behalf ("KT.") or as acting head ("Q."). Pure: builds the `docx` Document only.
 */
import { TextRun, type Document } from 'docx';
import { formatOfficialDate } from '../../shared/text/official-date';
import { TEAM_ROLE_LABELS } from '../../shared/labels/plan';
import type { PlanDetail } from '../../shared/schemas/plan';
import { bodyParagraph, officialDocument, simpleTable, TEXT_WIDTH_LANDSCAPE, type Block, type Content } from './official-layout';
import {
  agencyHead,
  agencySignature,
  balanceSummary,
  formatShortDate,
  inSentence,
  issuerName,
  legalBasisLines,
  memberDescription,
  officialAgencyName,
  parentAgencyOf,
  planHeader,
  planPaper,
  sortTeam,
  subTeamLabel,
  vietnamDate,
  type PlanDocumentOptions,
} from './plan-labels';

export interface TeamDecisionOptions extends PlanDocumentOptions {
  /** Date the plan was issued (YYYY-MM-DD); defaults to its issue date, else the day it was last approved. */
  planDate?: string;
}

const TEAM_NAME = 'Đoàn kiểm tra liên ngành về lao động chưa thành niên';
/** Above this many members, Điều 1 refers to an annex that lists them. */
const MEMBERS_IN_ARTICLE = 10;
const BLANK = '……';

function planDate(detail: PlanDetail, opts: TeamDecisionOptions): string | undefined {
  if (opts.planDate) return opts.planDate;
  const issued = planPaper(detail.plan).issueDate;
  if (issued) return issued;
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

/** Căn cứ: the signer's competence first, the plan's legal bases, the plan; "Theo đề nghị của …" last. */
function grounds(detail: PlanDetail, opts: TeamDecisionOptions, issuer: string): Block[] {
  const paper = planPaper(detail.plan);
  const competence =
    paper.competenceBasis ??
    `Quyết định số ${BLANK}/QĐ-UBND ngày ${BLANK} của Ủy ban nhân dân ${detail.plan.provinceName ? detail.plan.provinceName.replace(/^Tỉnh/u, 'tỉnh') : 'tỉnh'} quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ${issuer}`;
  const lines = legalBasisLines([competence, ...detail.plan.legalBases, planReference(detail, opts)]).map((line, i, all) =>
    i === all.length - 1 ? line.replace(/\.$/u, ';') : line,
  );
  const proposer = paper.proposedBy?.replace(/^theo đề nghị của\s+/iu, '').replace(/[.;,\s]+$/u, '') ?? BLANK;
  return [...lines, `Theo đề nghị của ${proposer}.`].map((line) => bodyParagraph(line, { italic: true }));
}

export function buildTeamDecisionDocument(detail: PlanDetail, opts: TeamDecisionOptions): Document {
  const { plan } = detail;
  const paper = planPaper(plan);
  const hasAgency = !!plan.issuingAgencyName?.trim();
  const issuer = issuerName(detail);
  const head = hasAgency ? agencyHead(plan.issuingAgencyName) : undefined;
  const reference = planReference(detail, opts);
  const period = `từ ngày ${formatShortDate(plan.periodStart)} đến ngày ${formatShortDate(plan.periodEnd)}`;
  const centred = (text: string, keepNext = true): Block => bodyParagraph(text, { bold: true, align: 'center', indent: false, keepNext });
  const inArticle = detail.team.length > 0 && detail.team.length <= MEMBERS_IN_ARTICLE;
  const inAnnex = detail.team.length > MEMBERS_IN_ARTICLE;

  const members: Block[] = inArticle
    ? [article('Điều 1.', `Thành lập ${TEAM_NAME} (sau đây gọi là Đoàn kiểm tra) gồm các thành viên có tên sau đây:`, true), ...memberLines(detail)]
    : [
        article(
          'Điều 1.',
          `Thành lập ${TEAM_NAME} (sau đây gọi là Đoàn kiểm tra)${inAnnex ? ' gồm các thành viên có tên tại Phụ lục kèm theo Quyết định này' : ''}.`,
        ),
      ];
  const body: Block[] = [
    ...(head ? [centred(`${head} ${issuer}`.toLocaleUpperCase('vi'))] : []),
    ...grounds(detail, opts, issuer),
    centred('QUYẾT ĐỊNH:'),
    ...members,
    article('Điều 2.', 'Nhiệm vụ của Đoàn kiểm tra:', true),
    bodyParagraph(`1. Kiểm tra việc chấp hành pháp luật về lao động chưa thành niên tại các cơ sở theo ${reference}, ${period}.`),
    bodyParagraph(
      '2. Trưởng đoàn phân công nhiệm vụ cho các thành viên; các thành viên Đoàn làm việc theo chế độ kiêm nhiệm, chịu trách nhiệm trước Trưởng đoàn và thủ trưởng cơ quan cử tham gia về nhiệm vụ được giao.',
    ),
    bodyParagraph(`3. Kết thúc đợt kiểm tra, Đoàn kiểm tra báo cáo kết quả về ${issuer}. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.`),
    article(
      'Điều 3.',
      `Quyết định này có hiệu lực kể từ ngày ký. ${hasAgency ? 'Chánh Văn phòng, thủ' : 'Thủ'} trưởng các cơ quan có thành viên tham gia Đoàn kiểm tra và các thành viên có tên ${inAnnex ? 'tại Phụ lục kèm theo' : 'tại Điều 1'} chịu trách nhiệm thi hành Quyết định này./.`,
      true,
    ),
  ];

  const superior = hasAgency ? parentAgencyOf(plan.provinceName) : undefined;
  return officialDocument({
    header: planHeader(detail, { ...opts, date: paper.teamDecisionDate ?? opts.date }, { full: paper.teamDecisionNumber, type: 'QĐ' }),
    title: 'Quyết định',
    draft: plan.status === 'draft',
    summary: balanceSummary(`Về việc thành lập Đoàn kiểm tra liên ngành về lao động chưa thành niên năm ${plan.periodStart.slice(0, 4)}`),
    body,
    signatures: [
      hasAgency
        ? agencySignature(plan.issuingAgencyName ?? issuer, { name: paper.decisionSignerName, position: paper.decisionSignerPosition, authority: paper.decisionSignerAuthority })
        : { position: 'Thủ trưởng cơ quan', hint: '', name: paper.decisionSignerName ?? '' },
    ],
    recipients: ['Như Điều 3;', ...(superior ? [`${superior} (để b/c);`] : []), 'Lưu: VT.'],
    annexes: inAnnex ? [{ title: 'Danh sách thành viên Đoàn kiểm tra', landscape: true, body: memberAnnex(detail) }] : [],
  });
}
