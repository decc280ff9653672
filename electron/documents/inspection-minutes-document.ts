/**
 * "BIÊN BẢN KIỂM TRA Việc chấp hành quy định pháp luật về lao động chưa thành niên, phòng ngừa
 * lao động trẻ em tại …": the minutes of a joint team's visit, in the structure proposed by
 * legal-reference §5.3 (no national template exists for kiểm tra minutes): header; title and
 * trích yếu; Căn cứ; time and place; I. Thành phần; II. the establishment and the minors found,
 * counted by age band and sex; III. each checklist item with its result; IV. violations;
 * V. requests; VI. the employer's statement and commitments; closing sentence; signatures.
 *
 * Children are named by initials and year of birth unless `childNames === 'full'`
 * (see child-initials.ts); no home address is ever written. Pure: builds the `docx` Document only.
 */
import type { Document } from 'docx';
import { AGE_BAND_LABELS } from '../../shared/labels/age';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels/document';
import { CHECK_RESULT_LABELS, SEX_LABELS } from '../../shared/labels/inspection';
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
  kindLabel,
  listPunctuation,
  minutesLegalBases,
  minutesNumber,
  MINUTES_SYMBOL,
  positionAndAgency,
  referenceInText,
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
import { bodyParagraph, heading, officialDocument, simpleTable, TEXT_WIDTH, type Annex, type Block, type SignatureBlock } from './official-layout';
import { adminUnitInText, balanceSummary, formatShortDate, legalBasisLines, officialAgencyName, textParagraphs, twoDigits } from './plan-labels';

const SUBJECT = 'Việc chấp hành quy định pháp luật về lao động chưa thành niên, phòng ngừa lao động trẻ em';


const ORGANISATION_BASIS = 'mức phạt đối với tổ chức, bằng 02 lần mức phạt đối với cá nhân theo khoản 1 Điều 6 Nghị định số 12/2022/NĐ-CP';

// ---- I. Thành phần -------------------------------------------------------------------

function attendance(data: InspectionDocumentData): Block[] {
  const { inspection, teamPresentNames } = data.detail;
  const team = sortPresent(teamPresentNames).map((m) => `- Ông/Bà ${m.fullName.trim()} – ${positionAndAgency(m)} – ${roleLabel(m.role)}`);
  const representatives = inspection.representatives.map((p) =>
    [`- Ông/Bà ${p.name.trim()}`, p.position?.trim() ? ` – ${p.position.trim()}` : '', p.idNumber ? `, số định danh cá nhân: ${p.idNumber}` : ''].join(''),
  );
  const others = inspection.otherParticipants.map((p) => {
    const details = [p.position?.trim(), p.organisation?.trim()].filter(Boolean).join(', ');
    return `- Ông/Bà ${p.name.trim()}${details ? ` – ${details}` : ''}`;
  });
  const blocks: Block[] = [heading('I. THÀNH PHẦN'), bodyParagraph(`1. ${TEAM_NAME}:`, { bold: true, keepNext: true })];
  blocks.push(...(team.length > 0 ? listPunctuation(team) : ['- Không ghi nhận thành viên Đoàn có mặt.']).map((t) => bodyParagraph(t)));
  blocks.push(bodyParagraph('2. Đại diện cơ sở được kiểm tra:', { bold: true, keepNext: true }));
  blocks.push(...(representatives.length > 0 ? listPunctuation(representatives) : ['- Không có đại diện cơ sở tham gia làm việc.']).map((t) => bodyParagraph(t)));
  if (others.length > 0) {
    blocks.push(bodyParagraph('3. Thành phần khác:', { bold: true, keepNext: true }), ...listPunctuation(others).map((t) => bodyParagraph(t)));
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
  const items = checklist.filter((item) => item.applies);
  if (items.length === 0) return blocks;
  const rows = items.map((item, i) => {
    const reference = referenceInText(item.legalReference);
    return [
      String(i + 1),
      `${sentence(item.title)}\n(${capitalise(reference)})${item.verified ? '' : ' (cần xác minh)'}`,
      CHECK_RESULT_LABELS[item.result],
      item.note?.trim() ?? '',
    ];
  });
  blocks.push(
    bodyParagraph('2. Kết quả kiểm tra từng nội dung:', { bold: true, keepNext: true }),
    simpleTable(['STT', 'Nội dung kiểm tra', 'Kết quả', 'Ghi chú'], rows, { widths: [12, 84, 26, 30], width: TEXT_WIDTH, align: ['center', 'left', 'left', 'left'] }),
  );
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
  violations.forEach((v, i) => {
    const type = violationType(data.catalogue, v.typeCode);
    const concerned = v.minorIds
      .map((id) => minors.find((m) => m.id === id))
      .filter((m): m is Minor => m !== undefined)
      .map((m) => childDisplayName(m, opts.childNames === 'full' ? 'full' : 'initials'));
    const basis = type?.legalBasis ? `; vi phạm quy định tại ${referenceInText(type.legalBasis)}` : '';
    const bracket = `khung phạt tiền từ ${formatVnd(v.fineMin)} đồng đến ${formatVnd(v.fineMax)} đồng`;
    const applied = v.finedAsOrganisation ? ORGANISATION_BASIS : `mức phạt đối với cá nhân (cơ sở là ${kind})`;
    const record = v.recordMade
      ? `Đã lập biên bản vi phạm hành chính${v.recordedByName ? `, người lập biên bản: Ông/Bà ${v.recordedByName.trim()}` : ''}.`
      : 'Chưa lập biên bản vi phạm hành chính; Đoàn kiểm tra kiến nghị người có thẩm quyền xem xét, xử lý theo quy định.';
    blocks.push(
      bodyParagraph(`${i + 1}. ${sentence(v.title)}`, { bold: true, keepNext: true }),
      bodyParagraph(`- Hành vi được quy định tại ${sanctionReference(v)}${basis}.`),
    );
    if (concerned.length > 0) blocks.push(bodyParagraph(`- Người lao động chưa thành niên liên quan: ${concerned.join('; ')}.`));
    if (v.facts?.trim()) blocks.push(bodyParagraph(`- Nội dung cụ thể: ${sentence(v.facts)}`));
    blocks.push(
      bodyParagraph(
        `- Mức phạt tiền đề nghị: ${formatVnd(v.proposedFine)} đồng (Bằng chữ: ${vndInWords(v.proposedFine)}), trong ${bracket}, áp dụng ${applied}.`,
      ),
    );
    if (v.remedialRequest?.trim()) blocks.push(bodyParagraph(`- Yêu cầu khắc phục: ${sentence(v.remedialRequest)}`));
    blocks.push(bodyParagraph(`- ${record}`));
  });
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
  blocks.push(...(statement.length > 0 ? statement : ['Đại diện cơ sở được kiểm tra không có ý kiến khác.']).map((t) => bodyParagraph(t)));
  const items = commitments.flatMap((c) => c.items);
  if (items.length > 0) {
    const signers = [...new Set(commitments.map((c) => c.signerName.trim()))].map((name) => `Ông/Bà ${name}`).join(', ');
    blocks.push(bodyParagraph(`Đại diện cơ sở (${signers}) cam kết thực hiện các nội dung sau (có Bản cam kết kèm theo):`, { keepNext: true }));
    items.forEach((item, i) => {
      const content = item.content.normalize('NFC').trim().replace(/[.;,]+$/u, '');
      blocks.push(bodyParagraph(`${i + 1}. ${content}; thời hạn thực hiện: ${formatShortDate(item.deadline)}${i === items.length - 1 ? '.' : ';'}`));
    });
  }
  return blocks;
}

// ---- closing and signatures ----------------------------------------------------------

function closing(data: InspectionDocumentData): Block[] {
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
  return [
    bodyParagraph(
      `Biên bản kết thúc vào hồi ${end} cùng ngày, được lập thành ${copies} bản có giá trị như nhau, đã đọc lại cho những người có tên trên cùng nghe; các thành viên Đoàn kiểm tra thống nhất và ký tên${keeps}.`,
      { keepNext: true },
    ),
    bodyParagraph(`Đại diện cơ sở được kiểm tra không ký biên bản. Lý do: ${(inspection.refusalReason?.trim() || '……').replace(/[.;,]+$/u, '')}./.`, { keepNext: true }),
  ];
}

function signatures(data: InspectionDocumentData): SignatureBlock[] {
  const team = sortPresent(data.detail.teamPresentNames);
  const leader = team.find((m) => m.role === 'leader');
  const representative = data.detail.inspection.representatives[0];
  const blocks: SignatureBlock[] = [
    { position: 'Đại diện cơ sở\nđược kiểm tra', hint: '(Ký, ghi rõ họ tên, đóng dấu nếu có)', name: representative?.name.trim() ?? '' },
    { position: TEAM_ROLE_LABELS.leader, name: leader?.fullName.trim() ?? '' },
  ];
  for (const member of team) {
    if (member.role === 'deputy') blocks.push({ position: TEAM_ROLE_LABELS.deputy, name: member.fullName.trim() });
    if (member.role === 'member') blocks.push({ position: `${TEAM_ROLE_LABELS.member} Đoàn`, name: member.fullName.trim() });
  }
  for (const member of team) if (member.role === 'secretary') blocks.push({ position: 'Người ghi biên bản', name: member.fullName.trim() });
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
export function buildInspectionMinutes(data: InspectionDocumentData, opts: InspectionDocumentOptions & { annexes?: Annex[] }): Document {
  const { inspection } = data.detail;
  const number = minutesNumber(inspection.number);
  const parentAgency = teamParentAgency(data.plan);
  return officialDocument({
    draft: data.detail.inspection.status !== 'finalised',
    header: {
      parentAgency: parentAgency ? officialAgencyName(parentAgency) : undefined,
      agency: TEAM_NAME,
      ...(number ? { number } : { symbol: MINUTES_SYMBOL }),
      place: opts.place,
      date: inspection.inspectionDate,
    },
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
