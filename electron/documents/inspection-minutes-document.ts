/**
 * "BIÊN BẢN KIỂM TRA Việc chấp hành quy định pháp luật về lao động chưa thành niên, phòng ngừa
 * lao động trẻ em tại …": the minutes of a joint team's visit, in the structure proposed by
 * legal-reference §5.3 (no national template exists for kiểm tra minutes): header; title and
 * trích yếu; Căn cứ; time and place; I. Thành phần; II. the establishment and the minors found,
 * counted by age band and sex; III. each checklist item with its result; IV. violations;
 * V. requests; VI. the employer's statement and commitments; closing sentence; signatures.
 *
 * Children are named by initials and year of birth unless `childNames === 'full'`
 * (see child-initials.ts); no home address is ever written. No catalogue code and no "cần xác
 * minh" mark is printed (the app shows them); catalogue wording is written in full words and
 * laws are cited one way (paper-text.ts). Pure: builds the `docx` Document only.
 */
import { TextRun, type Document } from 'docx';
import { AGE_BAND_LABELS } from '../../shared/labels/age';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels/document';
import { SEX_LABELS } from '../../shared/labels/inspection';
import { TEAM_ROLE_LABELS } from '../../shared/labels/plan';
import { MINOR_AGE_BANDS } from '../../shared/minors/age';
import type { Minor } from '../../shared/schemas/inspection';
import { formatOfficialDate } from '../../shared/text/official-date';
import { vndInWords } from '../../shared/text/vnd-words';
import { childDisplayName } from './child-initials';
import {
  capitalise,
  clockTime,
  establishmentAddress,
  formatVnd,
  hoursText,
  inspectionPlace,
  isLocalAuthority,
  kindLabel,
  listPunctuation,
  minutesLegalBases,
  minutesNumber,
  MINUTES_SYMBOL,
  positionAndAgency,
  referenceInText,
  refusalWitness,
  roleLabel,
  sanctionReference,
  sentence,
  sortPresent,
  TEAM_NAME,
  teamParentAgency,
  violationType,
  type InspectionDocumentData,
  type InspectionDocumentOptions,
} from './inspection-labels';
import { catalogueText, personName } from './paper-text';
import { bodyParagraph, heading, officialDocument, simpleTable, TEXT_WIDTH, type Annex, type Block, type OfficialHeader, type SignatureBlock } from './official-layout';
import { adminUnitInText, balanceSummary, formatShortDate, legalBasisLines, officialAgencyName, textParagraphs, twoDigits } from './plan-labels';

const SUBJECT = 'Việc chấp hành quy định pháp luật về lao động chưa thành niên, phòng ngừa lao động trẻ em';


const ORGANISATION_BASIS = 'mức phạt đối với tổ chức, bằng 02 lần mức phạt đối với cá nhân theo khoản 1 Điều 6 Nghị định số 12/2022/NĐ-CP';

// ---- I. Thành phần -------------------------------------------------------------------

export function attendance(data: InspectionDocumentData): Block[] {
  const { inspection, teamPresentNames } = data.detail;
  const team = sortPresent(teamPresentNames).map((m) => `- ${personName(m.fullName, m)} – ${positionAndAgency(m)} – ${roleLabel(m.role)}`);
  const representatives = inspection.representatives.map((p) =>
    [`- ${personName(p.name, p)}`, p.position?.trim() ? ` – ${p.position.trim()}` : '', p.idNumber ? `, số định danh cá nhân: ${p.idNumber}` : ''].join(''),
  );
  const others = inspection.otherParticipants.map((p) => {
    const details = [p.position?.trim(), p.organisation?.trim()].filter(Boolean).join(', ');
    return `- ${personName(p.name, p)}${details ? ` – ${details}` : ''}`;
  });
  const blocks: Block[] = [heading('I. THÀNH PHẦN'), bodyParagraph(`1. ${TEAM_NAME}:`, { bold: true, keepNext: true })];
  blocks.push(...(team.length > 0 ? listPunctuation(team) : ['- Không ghi nhận thành viên Đoàn có mặt.']).map((t) => bodyParagraph(t)));
  blocks.push(bodyParagraph('2. Đại diện cơ sở được kiểm tra:', { bold: true, keepNext: true }));
  blocks.push(...(representatives.length > 0 ? listPunctuation(representatives) : ['- Không có đại diện cơ sở tham gia làm việc.']).map((t) => bodyParagraph(t)));
  if (others.length > 0) {
    const heading3 = inspection.otherParticipants.every(isLocalAuthority) ? '3. Đại diện chính quyền địa phương:' : '3. Thành phần khác:';
    blocks.push(bodyParagraph(heading3, { bold: true, keepNext: true }), ...listPunctuation(others).map((t) => bodyParagraph(t)));
  }
  return blocks;
}

// ---- II. Cơ sở và người chưa thành niên ----------------------------------------------

function hoursOf(minor: Minor): string {
  const parts = [
    minor.hoursPerDay !== undefined ? `${hoursText(minor.hoursPerDay)} giờ/ngày` : undefined,
    minor.hoursPerWeek !== undefined ? `${hoursText(minor.hoursPerWeek)} giờ/tuần` : undefined,
    minor.overtime ? 'có làm thêm giờ' : undefined,
    minor.nightWork ? 'có làm việc ban đêm' : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.map((p) => capitalise(p!)).join('\n') : 'Chưa xác định';
}

function countTable(minors: readonly Minor[]): Block {
  const count = (band: Minor['ageBand'] | undefined, sex: Minor['sex'] | undefined) =>
    String(minors.filter((m) => (band === undefined || m.ageBand === band) && (sex === undefined || m.sex === sex)).length);
  const rows = MINOR_AGE_BANDS.map((band) => [AGE_BAND_LABELS[band], count(band, 'male'), count(band, 'female'), count(band, undefined)]);
  rows.push(['Cộng', count(undefined, 'male'), count(undefined, 'female'), count(undefined, undefined)]);
  return simpleTable(['Nhóm tuổi', SEX_LABELS.male, SEX_LABELS.female, 'Cộng'], rows, { widths: [64, 22, 22, 22], width: TEXT_WIDTH, align: ['left', 'center', 'center', 'center'] });
}

function minorTable(minors: readonly Minor[], mode: InspectionDocumentOptions['childNames']): Block {
  const full = mode === 'full';
  const rows = minors.map((m, i) => [
    String(i + 1),
    childDisplayName(m, full ? 'full' : 'initials'),
    SEX_LABELS[m.sex],
    m.job?.trim() ? capitalise(m.job) : 'Chưa xác định',
    hoursOf(m),
  ]);
  const nameHeader = full ? 'Họ và tên, ngày sinh' : 'Họ tên (viết tắt), năm sinh';
  return simpleTable(['STT', nameHeader, 'Giới tính', 'Công việc đang làm', 'Thời giờ làm việc'], rows, {
    widths: [12, 44, 15, 44, 37],
    width: TEXT_WIDTH,
    align: ['center', 'left', 'center', 'left', 'left'],
  });
}

function establishmentSection(data: InspectionDocumentData, opts: InspectionDocumentOptions): Block[] {
  const { establishment } = data;
  const minors = data.detail.minors.filter((m) => m.ageBand !== 'adult');
  const children = minors.filter((m) => m.isChild).length;
  const name = establishment.parentName
    ? `${establishment.name.trim()} (thuộc ${establishment.parentName.trim()})`
    : establishment.name.trim();
  const lines: [string, string][] = [
    ['Tên cơ sở:', name],
    ['Loại hình:', kindLabel(establishment.kind)],
  ];
  if (establishment.taxCode) lines.push(['Mã số thuế:', establishment.taxCode]);
  if (establishment.businessRegNo) lines.push(['Số đăng ký kinh doanh:', establishment.businessRegNo]);
  const address = establishmentAddress(establishment);
  if (address) lines.push(['Địa chỉ:', address]);
  if (establishment.legalRepName) {
    lines.push(['Người đại diện theo pháp luật:', [establishment.legalRepName.trim(), establishment.legalRepTitle?.trim()].filter(Boolean).join(' – ')]);
  }
  if (establishment.trade) lines.push(['Ngành nghề sản xuất, kinh doanh chính:', capitalise(establishment.trade)]);
  if (establishment.workersTotal !== undefined) {
    const under18 =
      establishment.workersUnder18 !== undefined ? `, trong đó lao động chưa thành niên theo kê khai của cơ sở: ${twoDigits(establishment.workersUnder18)} người` : '';
    lines.push(['Tổng số lao động:', `${twoDigits(establishment.workersTotal)} người${under18}`]);
  }
  const blocks: Block[] = [heading('II. THÔNG TIN VỀ CƠ SỞ ĐƯỢC KIỂM TRA')];
  lines.forEach(([label, text], i) => blocks.push(bodyParagraph(`${i + 1}. ${label} ${sentence(text)}`)));
  const n = lines.length + 1;
  if (minors.length === 0) {
    blocks.push(bodyParagraph(`${n}. Tại thời điểm kiểm tra, Đoàn kiểm tra không phát hiện người chưa thành niên làm việc tại cơ sở.`));
    return blocks;
  }
  const childText = children > 0 ? `, trong đó có ${twoDigits(children)} trẻ em (người dưới 16 tuổi)` : ', không có trẻ em (người dưới 16 tuổi)';
  blocks.push(
    bodyParagraph(
      `${n}. Tại thời điểm kiểm tra, Đoàn kiểm tra phát hiện ${twoDigits(minors.length)} người chưa thành niên (dưới 18 tuổi) đang làm việc tại cơ sở${childText}; phân theo nhóm tuổi và giới tính như sau:`,
      { keepNext: true },
    ),
    countTable(minors),
    bodyParagraph(`${n + 1}. Danh sách người chưa thành niên làm việc tại cơ sở:`, { keepNext: true }),
    minorTable(minors, opts.childNames),
  );
  if (opts.childNames !== 'full') {
    blocks.push(
      bodyParagraph(
        '(Họ tên, ngày sinh của người chưa thành niên được ghi tắt để bảo vệ thông tin bí mật đời sống riêng tư của trẻ em theo khoản 11 Điều 6 Luật Trẻ em; thông tin đầy đủ lưu tại hồ sơ của Đoàn kiểm tra.)',
        { italic: true },
      ),
    );
  }
  return blocks;
}

// ---- III. Nội dung kiểm tra ----------------------------------------------------------

/** "Lập sổ theo dõi riêng … (khoản 3 Điều 144 Bộ luật Lao động năm 2019): Không lập sổ." */
function checkLine(item: InspectionDocumentData['detail']['checklist'][number], withReference: boolean): string {
  const title = catalogueText(item.title).replace(/[.;,\s]+$/u, '');
  const reference = withReference && item.legalReference.trim() ? ` (${catalogueText(referenceInText(item.legalReference))})` : '';
  const note = item.note?.trim() ? `: ${item.note.trim().replace(/[.;,\s]+$/u, '')}` : '';
  return `- ${title}${reference}${note}`;
}

/**
 * The assessed items grouped by result, non-compliance first (with the provision breached), then
 * the items complied with; one line counts the items that do not apply, and on a draft, one line
 * counts those not assessed yet.
 */
function checklistSection(data: InspectionDocumentData): Block[] {
  const { inspection, checklist } = data.detail;
  const documents = inspection.documentsReviewed.map((d) => `- ${d}`);
  const blocks: Block[] = [
    heading('III. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA'),
    bodyParagraph('1. Hồ sơ, tài liệu Đoàn kiểm tra đã xem xét:', { bold: true, keepNext: true }),
    ...(documents.length > 0
      ? listPunctuation(documents).map((t) => bodyParagraph(t))
      : [bodyParagraph('Cơ sở không xuất trình hồ sơ, tài liệu liên quan đến việc sử dụng lao động chưa thành niên.')]),
  ];
  const applicable = checklist.filter((item) => item.applies);
  const breached = applicable.filter((item) => item.result === 'violation');
  const complied = applicable.filter((item) => item.result === 'compliant');
  const pending = applicable.filter((item) => item.result === 'not_checked');
  const notApplicable = checklist.length - breached.length - complied.length - pending.length;
  if (checklist.length === 0) return blocks;
  blocks.push(bodyParagraph('2. Kết quả kiểm tra việc chấp hành quy định của pháp luật:', { bold: true, keepNext: true }));
  let letter = 0;
  const LETTERS = ['a', 'b', 'c', 'd'];
  const group = (title: string, items: string[]) => {
    blocks.push(bodyParagraph(`${LETTERS[letter++]}) ${title}`, { keepNext: true }), ...listPunctuation(items).map((t) => bodyParagraph(t)));
  };
  if (breached.length > 0) group(`Nội dung cơ sở chưa chấp hành (${twoDigits(breached.length)} nội dung):`, breached.map((item) => checkLine(item, true)));
  if (complied.length > 0) group(`Nội dung cơ sở đã chấp hành (${twoDigits(complied.length)} nội dung):`, complied.map((item) => checkLine(item, false)));
  if (notApplicable > 0) {
    blocks.push(
      bodyParagraph(
        `${LETTERS[letter++]}) ${twoDigits(notApplicable)} nội dung kiểm tra còn lại không áp dụng đối với cơ sở (không có người lao động thuộc nhóm tuổi hoặc công việc tương ứng).`,
      ),
    );
  }
  if (pending.length > 0) blocks.push(bodyParagraph(`${LETTERS[letter++]}) ${twoDigits(pending.length)} nội dung chưa được kiểm tra.`));
  return blocks;
}

// ---- IV. Vi phạm ---------------------------------------------------------------------

function violationsSection(data: InspectionDocumentData, opts: InspectionDocumentOptions): Block[] {
  const { violations, minors } = data.detail;
  const blocks: Block[] = [heading('IV. HÀNH VI VI PHẠM')];
  if (violations.length === 0) {
    blocks.push(bodyParagraph('Qua kiểm tra, Đoàn kiểm tra chưa phát hiện hành vi vi phạm quy định pháp luật về lao động chưa thành niên tại cơ sở.'));
    return blocks;
  }
  blocks.push(bodyParagraph(`Qua kiểm tra, Đoàn kiểm tra xác định cơ sở có ${twoDigits(violations.length)} hành vi vi phạm sau:`, { keepNext: true }));
  const kind = kindLabel(data.establishment.kind).toLocaleLowerCase('vi');
  const team = data.detail.teamPresentNames;
  violations.forEach((v, i) => {
    const type = violationType(data.catalogue, v.typeCode);
    const concerned = v.minorIds
      .map((id) => minors.find((m) => m.id === id))
      .filter((m): m is Minor => m !== undefined)
      .map((m) => childDisplayName(m, opts.childNames === 'full' ? 'full' : 'initials'));
    const basis = type?.legalBasis ? `; vi phạm quy định tại ${catalogueText(referenceInText(type.legalBasis))}` : '';
    const bracket = `khung phạt tiền từ ${formatVnd(v.fineMin)} đồng đến ${formatVnd(v.fineMax)} đồng`;
    const applied = v.finedAsOrganisation ? ORGANISATION_BASIS : `mức phạt đối với cá nhân (cơ sở là ${kind})`;
    const recorder = team.find((m) => m.officialId === v.recordedByOfficialId);
    const recorderName = v.recordedByName?.trim() ? personName(v.recordedByName, recorder) : '';
    const record = v.recordMade
      ? `Đã lập biên bản vi phạm hành chính${recorderName ? `, người lập biên bản: ${recorderName}` : ''}.`
      : 'Chưa lập biên bản vi phạm hành chính; Đoàn kiểm tra kiến nghị người có thẩm quyền xem xét, xử lý theo quy định.';
    blocks.push(
      bodyParagraph(`${i + 1}. ${sentence(catalogueText(v.title))}`, { bold: true, keepNext: true }),
      bodyParagraph(`- Hành vi được quy định tại ${sanctionReference(v)}${basis}.`),
    );
    if (concerned.length > 0) blocks.push(bodyParagraph(`- Người lao động chưa thành niên liên quan: ${concerned.join('; ')}.`));
    // The facts may quote the app's suggestion, which abbreviates the law ("BLLĐ"): full words on paper.
    if (v.facts?.trim()) blocks.push(bodyParagraph(`- Nội dung cụ thể: ${sentence(catalogueText(v.facts))}`));
    blocks.push(
      bodyParagraph(
        `- Mức phạt tiền đề nghị: ${formatVnd(v.proposedFine)} đồng (Bằng chữ: ${vndInWords(v.proposedFine)}), trong ${bracket}, áp dụng ${applied}.`,
      ),
    );
    if (v.remedialRequest?.trim()) blocks.push(bodyParagraph(`- Yêu cầu khắc phục: ${sentence(v.remedialRequest)}`));
    blocks.push(bodyParagraph(`- ${record}`));
  });
  const total = violations.reduce((sum, v) => sum + v.proposedFine, 0);
  blocks.push(
    bodyParagraph(
      [
        new TextRun({ text: 'Tổng số tiền phạt đề nghị: ', bold: true }),
        new TextRun({ text: `${formatVnd(total)} đồng`, bold: true }),
        new TextRun(` (Bằng chữ: ${vndInWords(total)}).`),
      ],
    ),
  );
  return blocks;
}

// ---- V. Kiến nghị; VI. Ý kiến, cam kết -------------------------------------------------

function requestsSection(data: InspectionDocumentData): Block[] {
  const { inspection, violations, minors } = data.detail;
  const given = textParagraphs(inspection.requests);
  const blocks: Block[] = [heading('V. KIẾN NGHỊ, YÊU CẦU')];
  if (given.length > 0) return [...blocks, ...given.map((t) => bodyParagraph(t))];
  const committed = data.detail.commitments.some((c) => c.items.length > 0) ? ' và thực hiện đúng các nội dung đã cam kết' : '';
  const defaults =
    violations.length > 0
      ? [
          `1. Yêu cầu cơ sở chấm dứt ngay việc sử dụng người chưa thành niên làm việc trái quy định của pháp luật; khắc phục các tồn tại, vi phạm nêu tại Biên bản này${committed}.`,
          '2. Kiến nghị người có thẩm quyền xem xét, xử lý vi phạm hành chính đối với các hành vi vi phạm nêu tại mục IV theo quy định của pháp luật.',
        ]
      : ['Đề nghị cơ sở tiếp tục thực hiện đúng quy định của pháp luật về lao động chưa thành niên; không sử dụng trẻ em lao động trái quy định của pháp luật.'];
  // Children concerned by a violation are referred to the commune (Decree 56/2017 Art. 26; legal-reference §7.3).
  const children = new Set(minors.filter((m) => m.isChild).map((m) => m.id));
  if (violations.some((v) => v.minorIds.some((id) => children.has(id)))) {
    const commune = data.establishment.communeName ? `Ủy ban nhân dân ${adminUnitInText(data.establishment.communeName)}` : 'Ủy ban nhân dân cấp xã nơi cơ sở hoạt động';
    defaults.push(
      `3. Đề nghị ${commune} tiếp nhận thông tin, đánh giá và có biện pháp hỗ trợ, can thiệp đối với trẻ em có liên quan theo quy định của pháp luật về trẻ em.`,
    );
  }
  return [...blocks, ...defaults.map((t) => bodyParagraph(t))];
}

function statementSection(data: InspectionDocumentData): Block[] {
  const { inspection, commitments } = data.detail;
  const statement = textParagraphs(inspection.employerStatement);
  const blocks: Block[] = [heading('VI. Ý KIẾN CỦA CƠ SỞ ĐƯỢC KIỂM TRA')];
  // With a refusal to sign, the paper never says the establishment had nothing to object.
  const fallback = inspection.refusedToSign
    ? `Đại diện cơ sở được kiểm tra không ký biên bản; lý do: ${refusalReason(inspection)}.`
    : 'Đại diện cơ sở được kiểm tra không có ý kiến khác.';
  blocks.push(...(statement.length > 0 ? statement : [fallback]).map((t) => bodyParagraph(t)));
  const items = commitments.flatMap((c) => c.items);
  if (items.length > 0) {
    const representatives = inspection.representatives;
    const signers = [...new Set(commitments.map((c) => c.signerName.normalize('NFC').trim()))]
      .map((name) => personName(name, representatives.find((r) => r.name.normalize('NFC').trim() === name)))
      .join(', ');
    blocks.push(bodyParagraph(`Đại diện cơ sở (${signers}) cam kết thực hiện các nội dung sau (có Bản cam kết kèm theo):`, { keepNext: true }));
    items.forEach((item, i) => {
      const content = item.content.normalize('NFC').trim().replace(/[.;,]+$/u, '');
      blocks.push(bodyParagraph(`${i + 1}. ${content}; thời hạn thực hiện: ${formatShortDate(item.deadline)}${i === items.length - 1 ? '.' : ';'}`));
    });
  }
  return blocks;
}

// ---- closing and signatures ----------------------------------------------------------

const refusalReason = (inspection: InspectionDocumentData['detail']['inspection']): string =>
  (inspection.refusalReason?.trim() || '……').replace(/[.;,]+$/u, '');

export function closing(data: InspectionDocumentData): Block[] {
  const { inspection } = data.detail;
  const copies = twoDigits(inspection.copies);
  const keeps = inspection.copies >= 2 ? '; cơ sở được kiểm tra giữ 01 bản' : '';
  const end = clockTime(inspection.endTime);
  if (!inspection.refusedToSign) {
    return [
      bodyParagraph(
        `Biên bản kết thúc vào hồi ${end} cùng ngày, được lập thành ${copies} bản có giá trị như nhau, đã đọc lại cho những người có tên trên cùng nghe, thống nhất và ký tên${keeps}./.`,
        { keepNext: true },
      ),
    ];
  }
  // Law on Handling Administrative Violations Art. 58.4: the refusal, its reason, and who witnessed it.
  const representative = inspection.representatives[0];
  const who = representative ? ` (${personName(representative.name, representative)})` : '';
  const witness = refusalWitness(data.detail);
  const witnessText = witness
    ? `${personName(witness.name, witness.participant)}${witness.description ? `, ${witness.description}` : ''}`
    : '……………………………………';
  return [
    bodyParagraph(
      `Biên bản kết thúc vào hồi ${end} cùng ngày, được lập thành ${copies} bản có giá trị như nhau, đã đọc lại cho những người có tên trên cùng nghe; các thành viên Đoàn kiểm tra thống nhất và ký tên${keeps}.`,
      { keepNext: true },
    ),
    bodyParagraph(
      `Đại diện cơ sở được kiểm tra${who} không ký biên bản. Lý do: ${refusalReason(inspection)}. Việc không ký biên bản có sự chứng kiến của ${witnessText}, người cùng ký tên dưới đây./.`,
      { keepNext: true },
    ),
  ];
}

/**
 * Everyone present signs: the establishment's representatives, the leader, deputies and
 * members, the note-taker, and each other participant (the commune official as the local
 * authority). On a refusal, the representative's block says so and the witness signs as such.
 */
export function signatures(data: InspectionDocumentData): SignatureBlock[] {
  const { inspection } = data.detail;
  const team = sortPresent(data.detail.teamPresentNames);
  const refused = inspection.refusedToSign;
  const witness = refusalWitness(data.detail);
  const establishmentHint = refused ? '(Không ký biên bản)' : '(Ký, ghi rõ họ tên, đóng dấu nếu có)';
  const representatives = inspection.representatives.length > 0 ? inspection.representatives : [undefined];
  const blocks: SignatureBlock[] = representatives.map((r) => ({ position: 'Đại diện cơ sở\nđược kiểm tra', hint: establishmentHint, name: r?.name.trim() ?? '' }));
  const leader = team.find((m) => m.role === 'leader');
  blocks.push({ position: TEAM_ROLE_LABELS.leader, name: leader?.fullName.trim() ?? '' });
  for (const member of team) {
    if (member.role === 'deputy') blocks.push({ position: TEAM_ROLE_LABELS.deputy, name: member.fullName.trim() });
    if (member.role === 'member') blocks.push({ position: `${TEAM_ROLE_LABELS.member} Đoàn`, name: member.fullName.trim() });
  }
  for (const member of team) if (member.role === 'secretary') blocks.push({ position: 'Người ghi biên bản', name: member.fullName.trim() });
  for (const participant of inspection.otherParticipants) {
    const isWitness = witness?.participant === participant;
    const position = isWitness ? 'Người chứng kiến' : isLocalAuthority(participant) ? 'Đại diện chính quyền\nđịa phương' : 'Người tham dự';
    blocks.push({ position, name: participant.name.trim() });
  }
  if (refused && !witness?.participant) blocks.push({ position: 'Người chứng kiến', name: witness?.name ?? '' });
  // Three signers share one row of narrow columns.
  if (blocks.length === 3) return blocks.map((b) => ({ ...b, position: b.position.replace('Người ghi biên bản', 'Người ghi\nbiên bản') }));
  return blocks;
}

// ---- the document --------------------------------------------------------------------

function opening(data: InspectionDocumentData): Block {
  const { inspection } = data.detail;
  const place = inspectionPlace(data);
  return bodyParagraph(
    `Hôm nay, vào hồi ${clockTime(inspection.startTime)}, ${formatOfficialDate(inspection.inspectionDate)}, tại ${place}, ${TEAM_NAME} tiến hành kiểm tra việc chấp hành quy định pháp luật về lao động chưa thành niên, phòng ngừa lao động trẻ em tại ${data.establishment.name.trim()}, thành phần gồm có:`,
  );
}

/** `annexes`: the photo annex (photo-annex.ts) when the team chose photos for it. */
/** The team's header of a minutes (first or re-inspection): its number, or the blank for one while a draft. */
export function minutesHeader(data: InspectionDocumentData, place: string): OfficialHeader {
  const { inspection } = data.detail;
  const number = minutesNumber(inspection.number);
  const parentAgency = teamParentAgency(data.plan);
  return {
    parentAgency: parentAgency ? officialAgencyName(parentAgency) : undefined,
    agency: TEAM_NAME,
    ...(number ? { number } : { symbol: MINUTES_SYMBOL }),
    place,
    date: inspection.inspectionDate,
  };
}

export function buildInspectionMinutes(data: InspectionDocumentData, opts: InspectionDocumentOptions & { annexes?: Annex[] }): Document {
  return officialDocument({
    draft: data.detail.inspection.status !== 'finalised',
    header: minutesHeader(data, opts.place),
    title: DOCUMENT_KIND_LABELS.inspection_minutes,
    summary: balanceSummary(`${SUBJECT} tại ${data.establishment.name.trim()}`),
    body: [
      ...legalBasisLines(minutesLegalBases(data.plan)).map((line) => bodyParagraph(line, { italic: true })),
      opening(data),
      ...attendance(data),
      ...establishmentSection(data, opts),
      ...checklistSection(data),
      ...violationsSection(data, opts),
      ...requestsSection(data),
      ...statementSection(data),
      ...closing(data),
    ],
    signatures: signatures(data),
    annexes: opts.annexes,
  });
}
