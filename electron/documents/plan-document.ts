/**
 * "KẾ HOẠCH Kiểm tra việc chấp hành pháp luật về lao động chưa thành niên …": the inspection
 * plan in the usual structure of a provincial plan (Căn cứ; I. Mục đích, yêu cầu; II. Nội dung;
 * III. Đối tượng, thời gian, địa bàn; IV. Thành phần Đoàn; V. Kinh phí; VI. Chế độ báo cáo;
 * VII. Tổ chức thực hiện), dated the day it is issued, with the inspection schedule as a
 * landscape annex. The plan goes to the establishments too, so the team's own notes on a target
 * (a tip-off, why it was chosen) are never printed. Pure: builds the `docx` Document only.
 */
import { TextRun, type Document } from 'docx';
import { TEAM_ROLE_LABELS, TIME_SLOT_LABELS } from '../../shared/labels/plan';
import type { PlanDetail, PlanTarget } from '../../shared/schemas/plan';
import {
  bodyParagraph,
  heading,
  officialDocument,
  simpleTable,
  TEXT_WIDTH,
  TEXT_WIDTH_LANDSCAPE,
  type Block,
  type SignatureBlock,
} from './official-layout';
import {
  adminUnitInText,
  agencyHead,
  agencySignature,
  balanceSummary,
  describeTargetCount,
  formatShortDate,
  inspectionArea,
  isSubheading,
  issuerName,
  legalBasisLines,
  officialAgencyName,
  parentAgencyOf,
  planHeader,
  planPaper,
  sameAgency,
  sortSchedule,
  sortTeam,
  subTeamLabel,
  textParagraphs,
  twoDigits,
  weekdayLabel,
  type PlanDocumentOptions,
} from './plan-labels';

export type { PlanDocumentOptions } from './plan-labels';

const DEFAULT_PURPOSE = [
  '1. Mục đích',
  'Đánh giá tình hình chấp hành pháp luật về lao động chưa thành niên, phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật tại các cơ sở được kiểm tra; kịp thời phát hiện, chấn chỉnh và xử lý hoặc kiến nghị xử lý vi phạm.',
  'Hướng dẫn, tuyên truyền để người sử dụng lao động, người lao động chưa thành niên và gia đình hiểu và thực hiện đúng quy định của pháp luật.',
  '2. Yêu cầu',
  'Việc kiểm tra bảo đảm khách quan, đúng quy định của pháp luật, không làm cản trở hoạt động bình thường của cơ sở được kiểm tra; giữ bí mật thông tin về đời sống riêng tư của trẻ em.',
];

const DEFAULT_CONTENT = [
  'Kiểm tra việc chấp hành quy định của Bộ luật Lao động năm 2019 và Thông tư số 09/2020/TT-BLĐTBXH về lao động chưa thành niên, tập trung vào các nội dung:',
  '- Việc lập sổ theo dõi riêng; hợp đồng lao động bằng văn bản; văn bản đồng ý của người đại diện theo pháp luật của người chưa thành niên;',
  '- Việc khám sức khỏe trước khi tuyển dụng và khám sức khỏe định kỳ;',
  '- Thời giờ làm việc, thời giờ nghỉ ngơi; công việc, nơi làm việc không được sử dụng người chưa thành niên;',
  '- Việc bảo đảm điều kiện học văn hóa cho người chưa thành niên.',
];

function textBlocks(text: string | undefined, fallback: string[]): Block[] {
  const lines = textParagraphs(text);
  return (lines.length > 0 ? lines : fallback).map((line) =>
    isSubheading(line) ? bodyParagraph(line, { bold: true, keepNext: true }) : bodyParagraph(line),
  );
}

/** "1. Đối tượng kiểm tra: 05 cơ sở …" with the label in bold. */
function labelled(label: string, text: string): Block {
  return bodyParagraph([new TextRun({ text: `${label} `.normalize('NFC'), bold: true }), new TextRun(text.normalize('NFC'))]);
}

function scopeSection(detail: PlanDetail): Block[] {
  const { plan, targets } = detail;
  const count = describeTargetCount(targets);
  const subjects = count
    ? `${count} (danh sách và lịch kiểm tra tại Phụ lục kèm theo).`
    : 'Các cơ sở sản xuất, kinh doanh có sử dụng lao động chưa thành niên trên địa bàn (danh sách do Trưởng đoàn lựa chọn).';
  const area = inspectionArea(detail);
  return [
    heading('III. ĐỐI TƯỢNG, THỜI GIAN, ĐỊA BÀN KIỂM TRA'),
    labelled('1. Đối tượng kiểm tra:', subjects),
    labelled('2. Thời gian kiểm tra:', `Từ ngày ${formatShortDate(plan.periodStart)} đến ngày ${formatShortDate(plan.periodEnd)}.`),
    ...(area ? [labelled('3. Địa bàn kiểm tra:', `${area}.`)] : []),
  ];
}

function teamSection(detail: PlanDetail): Block[] {
  const team = sortTeam(detail.team);
  if (team.length === 0) {
    return [heading('IV. THÀNH PHẦN ĐOÀN KIỂM TRA'), bodyParagraph('Thành phần Đoàn kiểm tra theo quyết định thành lập Đoàn của cấp có thẩm quyền.')];
  }
  const rows = team.map((member, i) => {
    const unit = [member.position?.trim(), officialAgencyName(member.agencyName)].filter(Boolean).join(', ');
    const sub = subTeamLabel(member.subTeam);
    return [String(i + 1), member.fullName.trim(), unit, sub ? `${TEAM_ROLE_LABELS[member.role]}\n(${sub})` : TEAM_ROLE_LABELS[member.role]];
  });
  return [
    heading('IV. THÀNH PHẦN ĐOÀN KIỂM TRA'),
    bodyParagraph(`Đoàn kiểm tra liên ngành gồm ${twoDigits(team.length)} thành viên, cụ thể như sau:`, { keepNext: true }),
    simpleTable(['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Nhiệm vụ trong Đoàn'], rows, { widths: [12, 49, 68, 36], width: TEXT_WIDTH, align: ['center', 'left', 'left', 'left'] }),
  ];
}

/** Who the issuer reports to: the province's People's Committee above a department, the ministry above the province. */
function superiorOf(detail: PlanDetail): string {
  const issuer = issuerName(detail);
  if (!detail.plan.issuingAgencyName) return 'Sở Nội vụ';
  if (/^((ủy|uỷ) ban nhân dân|ubnd) (tỉnh|thành phố)/iu.test(issuer)) return 'Bộ Nội vụ';
  return parentAgencyOf(detail.plan.provinceName) ?? 'Ủy ban nhân dân tỉnh';
}

function budgetSection(detail: PlanDetail): Block[] {
  const given = textParagraphs(planPaper(detail.plan).budget);
  const issuer = issuerName(detail);
  const fallback = [
    `Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn kinh phí chi thường xuyên năm ${detail.plan.periodStart.slice(0, 4)} của ${issuer} và các cơ quan có thành viên tham gia Đoàn kiểm tra theo phân cấp ngân sách hiện hành; các nguồn hợp pháp khác theo quy định của pháp luật (nếu có).`,
  ];
  return [heading('V. KINH PHÍ THỰC HIỆN'), ...(given.length > 0 ? given : fallback).map((t) => bodyParagraph(t))];
}

function reportingSection(detail: PlanDetail): Block[] {
  const given = textParagraphs(planPaper(detail.plan).reportingRegime);
  const issuer = issuerName(detail);
  const reportTo = detail.plan.issuingAgencyName ? issuer : 'cơ quan có thẩm quyền';
  const fallback = [
    `Kết thúc mỗi cuộc kiểm tra, Trưởng đoàn chỉ đạo hoàn thiện biên bản kiểm tra và hồ sơ liên quan; kết thúc đợt kiểm tra, Trưởng đoàn tổng hợp kết quả, báo cáo ${reportTo}, kiến nghị xử lý vi phạm theo quy định.`,
    `${issuer} tổng hợp kết quả kiểm tra vào báo cáo định kỳ 6 tháng, hằng năm về công tác phòng ngừa, giảm thiểu lao động trẻ em, gửi ${superiorOf(detail)} theo quy định.`,
  ];
  return [heading('VI. CHẾ ĐỘ BÁO CÁO'), ...(given.length > 0 ? given : fallback).map((t) => bodyParagraph(t))];
}

function organisationSection(detail: PlanDetail): Block[] {
  const issuer = issuerName(detail);
  return [
    heading('VII. TỔ CHỨC THỰC HIỆN'),
    bodyParagraph(
      '1. Trưởng đoàn kiểm tra chủ trì, phân công nhiệm vụ cho các thành viên; thông báo lịch kiểm tra đến Ủy ban nhân dân cấp xã và các cơ sở được kiểm tra; tổ chức kiểm tra theo đúng nội dung, thời gian của Kế hoạch.',
    ),
    bodyParagraph('2. Các cơ quan có thành viên tham gia Đoàn kiểm tra tạo điều kiện để thành viên hoàn thành nhiệm vụ được giao.'),
    bodyParagraph('3. Ủy ban nhân dân cấp xã nơi có cơ sở được kiểm tra cử đại diện tham gia, phối hợp với Đoàn kiểm tra trong quá trình kiểm tra tại địa bàn.'),
    bodyParagraph(
      '4. Các cơ sở được kiểm tra chuẩn bị đầy đủ hồ sơ, tài liệu có liên quan, gồm: sổ theo dõi lao động chưa thành niên; hợp đồng lao động; giấy khám sức khỏe; văn bản đồng ý của người đại diện theo pháp luật của người chưa thành niên; bố trí người có thẩm quyền làm việc với Đoàn kiểm tra.',
    ),
    bodyParagraph(
      `Trên đây là Kế hoạch kiểm tra việc chấp hành pháp luật về lao động chưa thành niên của ${issuer}; đề nghị các cơ quan, đơn vị và các cơ sở có liên quan phối hợp thực hiện./.`,
      { keepNext: true },
    ),
  ];
}

/**
 * Issued by the joint team: signed by the team leader. Issued by an agency: signed by its head;
 * when the leader belongs to that agency as its head or deputy head, the leader signs
 * ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), as usual when a deputy director leads the team.
 */
function signer(detail: PlanDetail): SignatureBlock {
  const leader = sortTeam(detail.team).find((m) => m.role === 'leader');
  const agency = detail.plan.issuingAgencyName?.trim();
  if (!agency) return { position: TEAM_ROLE_LABELS.leader, hint: '', name: leader?.fullName.trim() ?? '' };
  const head = agencyHead(agency) ?? 'Thủ trưởng cơ quan';
  const position = leader?.position?.trim().toLocaleLowerCase('vi');
  if (leader && position && sameAgency(leader.agencyName, agency)) {
    const lowerHead = head.toLocaleLowerCase('vi');
    if (position === lowerHead) return agencySignature(agency, { name: leader.fullName });
    if (position === `phó ${lowerHead}`) return agencySignature(agency, { name: leader.fullName, authority: 'on_behalf' });
  }
  // Otherwise whoever signs the team decision signs the plan too, if the plan says who.
  const paper = planPaper(detail.plan);
  return agencySignature(agency, { name: paper.decisionSignerName, position: paper.decisionSignerPosition, authority: paper.decisionSignerAuthority });
}

/** The communes of the plan's area: its own, then those of its targets, without repeats. */
function communesOf(detail: PlanDetail): string[] {
  const own = detail.communes.map((c) => c.name.trim());
  const visited = detail.targets.map((t) => t.communeName?.trim()).filter((c): c is string => !!c);
  return [...new Set([...own, ...visited])];
}

/**
 * Nơi nhận: the superior body (để b/c), every member agency other than the issuer, the team,
 * the communes of the area, the establishments, and the archive.
 */
function recipients(detail: PlanDetail): string[] {
  const issuer = issuerName(detail);
  const members = [...new Set(sortTeam(detail.team).map((m) => officialAgencyName(m.agencyName)))].filter((a) => !sameAgency(a, issuer));
  const communes = communesOf(detail);
  const commune =
    communes.length === 1 ? `UBND ${adminUnitInText(communes[0] ?? '')};` : `UBND các xã, phường: ${communes.map((c) => c.replace(/^(Xã|Phường|Đặc khu)\s+/u, '')).join(', ')};`;
  return [
    `${superiorOf(detail)} (để b/c);`,
    ...members.map((a) => `${a};`),
    'Thành viên Đoàn kiểm tra;',
    ...(communes.length > 0 ? [commune] : []),
    ...(detail.targets.length > 0 ? ['Các cơ sở được kiểm tra;'] : []),
    'Lưu: VT.',
  ];
}

function scheduleRow(target: PlanTarget, index: number): string[] {
  const date = target.visitDate ? `${formatShortDate(target.visitDate)}\n(${weekdayLabel(target.visitDate)})` : 'Chưa xếp lịch';
  const slot = target.visitDate ? TIME_SLOT_LABELS[target.timeSlot] : '';
  const address = target.address?.trim() ?? '';
  const commune = target.communeName?.trim();
  // The commune is added unless the address names it; in lower case after the address ("…, xã X").
  const fullAddress =
    !commune || address.toLocaleLowerCase('vi').includes(commune.toLocaleLowerCase('vi'))
      ? address
      : address
        ? `${address}, ${adminUnitInText(commune)}`
        : commune;
  // target.notes stay in the app: they may hold a tip-off, and the schedule reaches the establishments.
  return [String(index + 1), date, slot, target.establishmentName.trim(), fullAddress, subTeamLabel(target.subTeam)];
}

function scheduleAnnex(detail: PlanDetail): Block[] {
  const rows = sortSchedule(detail.targets).map(scheduleRow);
  // The sub-team column only when the team works in sub-teams.
  if (!detail.targets.some((t) => subTeamLabel(t.subTeam))) {
    return [
      simpleTable(['STT', 'Ngày', 'Buổi', 'Cơ sở được kiểm tra', 'Địa chỉ'], rows.map((r) => r.slice(0, 5)), {
        widths: [7, 18, 12, 54, 56],
        width: TEXT_WIDTH_LANDSCAPE,
        align: ['center', 'left', 'left', 'left', 'left'],
      }),
    ];
  }
  return [
    simpleTable(['STT', 'Ngày', 'Buổi', 'Cơ sở được kiểm tra', 'Địa chỉ', 'Tổ kiểm tra'], rows, {
      widths: [7, 18, 12, 48, 50, 12],
      width: TEXT_WIDTH_LANDSCAPE,
      align: ['center', 'left', 'left', 'left', 'left', 'center'],
    }),
  ];
}

export function buildPlanDocument(detail: PlanDetail, opts: PlanDocumentOptions): Document {
  const { plan } = detail;
  const issuer = issuerName(detail);
  const body: Block[] = [
    ...legalBasisLines(plan.legalBases).map((line) => bodyParagraph(line, { italic: true })),
    bodyParagraph(`${issuer} ban hành Kế hoạch kiểm tra với những nội dung cụ thể như sau:`),
    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    ...textBlocks(plan.purpose, DEFAULT_PURPOSE),
    heading('II. NỘI DUNG KIỂM TRA'),
    ...textBlocks(plan.content, DEFAULT_CONTENT),
    ...scopeSection(detail),
    ...teamSection(detail),
    ...budgetSection(detail),
    ...reportingSection(detail),
    ...organisationSection(detail),
  ];
  return officialDocument({
    header: planHeader(detail, { ...opts, date: planPaper(plan).issueDate ?? opts.date }, { full: plan.number, type: 'KH' }),
    title: 'Kế hoạch',
    draft: plan.status === 'draft',
    summary: balanceSummary(plan.title),
    body,
    signatures: [signer(detail)],
    recipients: recipients(detail),
    annexes: detail.targets.length > 0 ? [{ title: 'Lịch kiểm tra', landscape: true, body: scheduleAnnex(detail) }] : [],
  });
}
