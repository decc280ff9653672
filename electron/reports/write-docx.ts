/**
 * Word report: "BÁO CÁO Kết quả kiểm tra việc chấp hành pháp luật về lao động chưa thành niên
 * <kỳ>" in the official layout (official-layout.ts, Decree 30/2020), in the shape of the source
 * reports: I. results (the key numbers in sentences, violations cited by điểm, khoản, Điều);
 * II. assessment (thuận lợi, khó khăn, nguyên nhân); III. giải pháp; IV. kiến nghị — the texts the
 * user keeps with the report, dotted lines where none is written; signature and Nơi nhận. The
 * tables of report-tables.ts (the same as the Excel sheets), the list of establishments with
 * violations and (only when asked for) the child list are landscape annexes. No catalogue code,
 * shorthand or detail of the software (versions, times of generation) is printed.
 *
 * `docx` builds the whole document in memory before packing it, so this writer does not stream;
 * it still reports progress and may be cancelled between tables and pages of the child list.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ASSESSMENT_SECTION_LABELS, childDataBasisText } from '../../shared/labels/report';
import type { AssessmentSection } from '../../shared/schemas/report';
import { TEAM_ROLE_LABELS } from '../../shared/labels/plan';
import { vndInWords } from '../../shared/text/vnd-words';
import { formatVnd, listPunctuation } from '../documents/inspection-labels';
import { bodyParagraph, heading, officialDocument, packDocument, simpleTable, TEXT_WIDTH_LANDSCAPE, type Annex, type Block, type SignatureBlock } from '../documents/official-layout';
import { adminUnitInText, agencyHead, balanceSummary, DEFAULT_ISSUER, formatShortDate, joinWithAnd, officialAgencyName, sameAgency, twoDigits } from '../documents/plan-labels';
import { parentAgencyOf, placeName, textParagraphs } from '../documents/plan-labels';
import { outputStream, type ExportContent, type ReportOutput, type WriteProgress } from './export-content';
import { keyNumbers, percentText, REPORT_NAME, SANCTION_DECREE, violationGroups, type Cell, type KeyNumbers, type TableShape } from './report-tables';
import type { ReportFigures } from '../../shared/schemas/report';

const TEAM_SYMBOL = 'ĐKT';
const REPORT_TO = 'Sở Nội vụ';
const MINISTRY = 'Bộ Nội vụ';
// 32 ellipses of 14 pt fill the 165 mm line without wrapping.
const DOTS = '……………………………………………………………………………………';

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

function cellText(cell: Cell, money: boolean): string {
  if (typeof cell === 'string') return cell;
  return money ? formatVnd(cell) : String(cell).replace('.', ',');
}

/** Numbers to the right (the STT column centred), text to the left. */
function alignments(shape: TableShape, rows: readonly Cell[][]): ('left' | 'center' | 'right')[] {
  return shape.headers.map((header, i) => {
    // "—" stands for a figure that cannot be computed (a rate of nothing): it does not make a column text.
    const cells = rows.map((row) => row[i]).filter((cell) => cell !== '' && cell !== undefined && cell !== '—');
    const numeric = cells.length > 0 && cells.every((cell) => typeof cell === 'number');
    if (!numeric) return 'left';
    return header === 'STT' ? 'center' : 'right';
  });
}

function tableBlock(shape: TableShape, rows: readonly Cell[][], width?: number): Block {
  const money = new Set(shape.moneyColumns ?? []);
  return simpleTable(
    shape.headers,
    rows.map((row) => row.map((cell, i) => cellText(cell, money.has(i)))),
    { widths: shape.widths, width, align: alignments(shape, rows) },
  );
}

const caption = (text: string): Block => bodyParagraph(text, { bold: true, align: 'center', indent: false, keepNext: true });

// ---- who and where -------------------------------------------------------------------

interface Issuer {
  /** As written in the text: "Sở Nội vụ", "Đoàn kiểm tra liên ngành". */
  name: string;
  header: { parentAgency?: string; agency: string; symbol: string };
  signature: SignatureBlock;
}

function issuerOf(content: ExportContent): Issuer {
  const { leadAgency, provinceName } = content.names;
  const agency = leadAgency ? officialAgencyName(leadAgency.name) : '';
  if (!agency) {
    return {
      name: DEFAULT_ISSUER,
      header: { agency: DEFAULT_ISSUER, symbol: `BC-${TEAM_SYMBOL}` },
      signature: { position: TEAM_ROLE_LABELS.leader },
    };
  }
  return {
    name: agency,
    header: { parentAgency: parentAgencyOf(provinceName), agency, symbol: `BC-${leadAgency?.shortName?.trim() || '…'}` },
    signature: { position: agencyHead(agency) ?? 'Thủ trưởng cơ quan', hint: '' },
  };
}

/** "tỉnh Lạng Sơn"; "xã A và xã B, tỉnh Lạng Sơn"; undefined for the whole country. */
function areaInText(content: ExportContent): string | undefined {
  const { provinceName, communeNames } = content.names;
  const province = provinceName ? adminUnitInText(provinceName) : undefined;
  const communes = content.input.area.communeCodes.length ? joinWithAnd(communeNames.map(adminUnitInText)) : undefined;
  const parts = [communes, province].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** "6 tháng đầu năm 2026 (từ ngày 01/01/2026 đến ngày 30/06/2026)" or just the dates. */
function periodInText(content: ExportContent): string {
  const { from, to, label } = content.result.input.period;
  const dates = `từ ngày ${formatShortDate(from)} đến ngày ${formatShortDate(to)}`;
  return label?.trim() ? `${label.trim()} (${dates})` : dates;
}

function summaryLine(content: ExportContent): string {
  const label = content.result.input.period.label?.trim();
  const { from, to } = content.result.input.period;
  return balanceSummary(`${REPORT_NAME} ${label || `từ ngày ${formatShortDate(from)} đến ngày ${formatShortDate(to)}`}`);
}

// ---- sentences -----------------------------------------------------------------------

const counted = (count: number, noun: string): string => `${twoDigits(count)} ${noun}`;

function inspectionParagraphs(k: KeyNumbers): Block[] {
  if (k.inspections === 0) return [bodyParagraph('Trong kỳ báo cáo, không có cuộc kiểm tra nào đã hoàn thành biên bản trong phạm vi báo cáo.')];
  const kinds = k.inspectionsByKind.map((c) => counted(c.count, `cuộc ${lowerFirst(c.label)}`));
  const establishments = k.establishmentsByKind.map((c) => counted(c.count, lowerFirst(c.label)));
  const kindsText = kinds.length > 1 ? ` (${kinds.join(', ')})` : kinds.length === 1 ? ` (${kinds[0]!.replace(/^\d+ cuộc /, '')})` : '';
  const establishmentsText = establishments.length > 1 ? `, gồm: ${establishments.join(', ')}` : '';
  return [
    bodyParagraph(
      `Trong kỳ báo cáo, đã tiến hành ${counted(k.inspections, 'cuộc kiểm tra')}${kindsText} tại ${counted(k.establishments, 'cơ sở')}${establishmentsText}.`,
    ),
  ];
}

function minorParagraphs(k: KeyNumbers): Block[] {
  if (k.minors === 0) return [bodyParagraph('Không phát hiện người chưa thành niên làm việc tại các cơ sở được kiểm tra.')];
  const bands = k.minorsByBand.map((b) => counted(b.count, `người ${lowerFirst(b.label)}`));
  const sexes = k.minorsBySex.map((s) => counted(s.count, lowerFirst(s.label)));
  return [
    bodyParagraph(
      `Phát hiện ${counted(k.minors, 'người chưa thành niên')} làm việc tại các cơ sở được kiểm tra, trong đó có ${counted(k.childrenUnder16, 'trẻ em')} dưới 16 tuổi.`,
    ),
    bodyParagraph(`Chia theo nhóm tuổi: ${bands.join('; ')}. Chia theo giới tính: ${sexes.join(', ')}.`),
  ];
}

function violationParagraphs(k: KeyNumbers, content: ExportContent, annexNote: string | undefined): Block[] {
  if (k.violations === 0) return [bodyParagraph('Không phát hiện hành vi vi phạm pháp luật về lao động chưa thành niên tại các cơ sở được kiểm tra.')];
  const fines = k.totalProposedFines > 0 ? `; tổng số tiền phạt đề nghị là ${formatVnd(k.totalProposedFines)} đồng (bằng chữ: ${vndInWords(k.totalProposedFines)})` : '';
  const items = violationGroups(content.result, content.names).map(
    (g) => `- ${g.point} – ${lowerFirst(g.description)}: ${counted(g.count, 'hành vi')}, tiền phạt đề nghị ${formatVnd(g.totalProposedFine)} đồng`,
  );
  return [
    bodyParagraph(
      `Phát hiện ${counted(k.establishmentsWithViolations, 'cơ sở')} có vi phạm với tổng số ${counted(k.violations, 'hành vi vi phạm')}${fines}. Theo điểm, khoản, điều của ${SANCTION_DECREE}:`,
    ),
    ...listPunctuation(items).map((item) => bodyParagraph(item)),
    ...(annexNote ? [bodyParagraph(annexNote)] : []),
  ];
}

function commitmentParagraphs(k: KeyNumbers): Block[] {
  const c = k.commitments;
  if (c.signed === 0) return [bodyParagraph('Không có cơ sở nào ký bản cam kết trong kỳ báo cáo.')];
  const parts = [
    [c.fulfilled, 'đã thực hiện'],
    [c.open, 'còn trong thời hạn thực hiện'],
    [c.overdue, 'quá hạn nhưng chưa thực hiện'],
    [c.breached, 'không được thực hiện (vi phạm cam kết)'],
  ] as const;
  const states = parts.filter(([n]) => n > 0).map(([n, text]) => `${counted(n, 'nội dung')} ${text}`);
  // Said as of which day: the report date while the period runs, else its last day.
  return [
    bodyParagraph(
      `Các cơ sở đã ký ${counted(c.signed, 'bản cam kết')} với ${counted(c.items, 'nội dung cam kết')}.` +
        (states.length ? ` ${c.asOfNote.replace(/[.;,\s]+$/u, '')}: ${states.join(', ')}.` : ''),
    ),
  ];
}

/** Joint or single-agency inspections, and the establishments of craft villages among those inspected. */
function teamParagraphs(f: ReportFigures): Block[] {
  if (f.inspectionsTotal === 0) return [];
  const { joint, singleAgency } = f.inspectionsByTeam;
  const teams = [joint > 0 ? counted(joint, 'cuộc kiểm tra liên ngành') : '', singleAgency > 0 ? counted(singleAgency, 'cuộc kiểm tra của một cơ quan') : ''].filter(Boolean);
  const village = f.craftVillage.establishments;
  const villageText = village > 0 ? `; ${counted(village, 'cơ sở')} thuộc làng nghề được kiểm tra${f.craftVillage.households > 0 ? `, trong đó có ${counted(f.craftVillage.households, 'hộ gia đình')}` : ''}` : '';
  return [bodyParagraph(`Trong số các cuộc kiểm tra có ${joinWithAnd(teams)}${villageText}.`)];
}

/** Decision 782/QĐ-TTg: every child detected supported or intervened; back in school or training. */
function childrenFollowUpParagraphs(f: ReportFigures): Block[] {
  const blocks: Block[] = [];
  if (f.minorsInHazardousWork > 0) {
    blocks.push(bodyParagraph(`Có ${counted(f.minorsInHazardousWork, 'người chưa thành niên')} làm công việc hoặc làm việc tại nơi làm việc nặng nhọc, độc hại, nguy hiểm.`));
  }
  const c = f.followUp;
  if (c.detected === 0) {
    if (f.minorsTotal > 0) blocks.push(bodyParagraph('Chưa có trẻ em nào được lập hồ sơ theo dõi, hỗ trợ, can thiệp sau kiểm tra.'));
    return blocks;
  }
  const asOf = formatShortDate(f.commitments.asOf);
  const emergency = c.emergency > 0 ? ` (trong đó ${counted(c.emergency, 'trường hợp khẩn cấp')})` : '';
  const ways = [c.supported > 0 ? counted(c.supported, 'trẻ em được hỗ trợ') : '', c.referred > 0 ? counted(c.referred, 'trẻ em được chuyển tuyến') : ''].filter(Boolean);
  const after = [
    c.backInSchoolOrTraining > 0 ? `${counted(c.backInSchoolOrTraining, 'trẻ em')} đã trở lại trường học hoặc học nghề` : '',
    c.closed > 0 ? `${counted(c.closed, 'hồ sơ')} đã kết thúc theo dõi` : '',
  ].filter(Boolean);
  blocks.push(
    bodyParagraph(
      `Đã lập hồ sơ theo dõi ${counted(c.detected, 'trẻ em')} lao động trái quy định của pháp luật${emergency}. Tính đến ngày ${asOf}, ` +
        `${counted(c.intervened, 'trẻ em')} được hỗ trợ, can thiệp${ways.length ? ` (${ways.join(', ')})` : ''}, đạt tỷ lệ ${percentText(c.interventionRate)} so với chỉ tiêu ${c.interventionTarget}%` +
        `${after.length ? `; ${after.join('; ')}` : ''}.`,
    ),
  );
  return blocks;
}

/** Records of administrative violation made, sanction decisions issued against those proposed, fines paid. */
function sanctionParagraphs(f: ReportFigures): Block[] {
  if (f.violationsTotal === 0) return [];
  const s = f.sanctions;
  const records = f.violationRecordsMade > 0 ? `Đã lập ${counted(f.violationRecordsMade, 'biên bản vi phạm hành chính')}; ` : 'Chưa lập biên bản vi phạm hành chính; ';
  const decided =
    s.decisions > 0
      ? `đã ban hành ${counted(s.decisions, 'quyết định xử phạt vi phạm hành chính')} đối với ${counted(s.inspectionsDecided, 'cuộc kiểm tra')} trong số ${counted(s.proposed, 'cuộc kiểm tra')} có đề nghị xử phạt, tổng số tiền phạt theo quyết định là ${formatVnd(s.amountDecided)} đồng` +
        (s.paid > 0 ? `, đã nộp phạt ${formatVnd(s.amountPaid)} đồng (${counted(s.paid, 'quyết định')})` : ', chưa có quyết định nào được nộp phạt')
      : `chưa có quyết định xử phạt vi phạm hành chính nào được ban hành đối với ${counted(s.proposed, 'cuộc kiểm tra')} có đề nghị xử phạt`;
  return [bodyParagraph(`${records}${decided}.`)];
}

/** Commitment items verified at re-inspections: kept or breached. */
function checkParagraphs(f: ReportFigures): Block[] {
  const c = f.commitmentChecks;
  if (c.itemsVerified === 0) return f.commitments.signed > 0 ? [bodyParagraph('Chưa kiểm tra lại việc thực hiện cam kết của cơ sở.')] : [];
  const verdicts = [c.kept > 0 ? `${counted(c.kept, 'nội dung')} cơ sở thực hiện đúng cam kết` : '', c.breached > 0 ? `${counted(c.breached, 'nội dung')} cơ sở vi phạm cam kết` : ''].filter(Boolean);
  return [bodyParagraph(`Qua ${counted(c.reinspections, 'cuộc kiểm tra lại')}, đã kiểm tra lại ${counted(c.itemsVerified, 'nội dung cam kết')}: ${verdicts.join(', ')}.`)];
}

/** The user's text of one assessment section as paragraphs, or dotted lines to write on. */
function assessmentText(content: ExportContent, section: AssessmentSection): Block[] {
  const given = textParagraphs(content.result.assessment?.[section] ?? undefined);
  if (given.length > 0) return given.map((line) => bodyParagraph(line));
  return [bodyParagraph(DOTS, { indent: false }), bodyParagraph(DOTS, { indent: false })];
}

const sectionTitle = (section: AssessmentSection): string => ASSESSMENT_SECTION_LABELS[section];

// ---- the document --------------------------------------------------------------------

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export async function writeDocx(out: ReportOutput, content: ExportContent, progress: WriteProgress): Promise<void> {
  const k = keyNumbers(content.result);
  const issuer = issuerOf(content);
  // Every table but "Thông tin báo cáo" (which describes the file, not the inspections).
  const figureTables = content.tables.filter((t) => t.key !== 'metadata' && t.key !== 'establishmentsWithViolations');
  const violators = content.tables.find((t) => t.key === 'establishmentsWithViolations' && content.result.figures.establishmentsWithViolationsList.length > 0);
  const annexKeys = ['figures', ...(violators ? [violators.key] : []), ...(content.childDetails ? [content.childDetails.table.key] : [])];
  const annexRef = (key: string): string => `Phụ lục ${ROMAN[annexKeys.indexOf(key)] ?? annexKeys.indexOf(key) + 1}`;

  const annexes: Annex[] = [];
  const figures: Block[] = [];
  for (const [i, table] of figureTables.entries()) {
    await progress.table(table.title);
    figures.push(caption(`Biểu ${i + 1}. ${table.title}`), tableBlock(table, table.rows, TEXT_WIDTH_LANDSCAPE));
  }
  annexes.push({ title: 'Số liệu kết quả kiểm tra', landscape: true, body: figures });
  if (violators) {
    await progress.table(violators.title);
    annexes.push({ title: violators.title, landscape: true, body: [tableBlock(violators, violators.rows, TEXT_WIDTH_LANDSCAPE)] });
  }
  const children = content.childDetails;
  if (children) {
    await progress.table(children.table.title);
    const rows: Cell[][] = [];
    for (const page of children.pages()) {
      rows.push(...page);
      await progress.rows(page.length);
    }
    const basis = (content.input.legalBasis ? childDataBasisText(content.input.legalBasis) : '').replace(/[.;,\s]+$/u, '');
    annexes.push({
      title: children.table.title,
      landscape: true,
      body: [
        bodyParagraph(`Căn cứ pháp lý: ${basis}. Thông tin cá nhân của trẻ em chỉ được sử dụng theo căn cứ này; không sao chép, cung cấp, công bố khi chưa được phép.`, {
          italic: true,
          indent: false,
          align: 'center',
        }),
        tableBlock(children.table, rows, TEXT_WIDTH_LANDSCAPE),
      ],
    });
  }

  const violatorsNote = violators ? `Danh sách các cơ sở có vi phạm tại ${annexRef(violators.key)} kèm theo báo cáo này.` : undefined;
  const area = areaInText(content);
  const plan = content.names.plan;
  const planText = plan ? ` theo ${plan.number ? `Kế hoạch số ${plan.number} về ${lowerFirst(plan.title.replace(/^kế hoạch\s+/iu, ''))}` : lowerFirst(plan.title)}` : '';
  const results = textParagraphs(content.result.assessment?.results ?? undefined);
  const body: Block[] = [
    bodyParagraph(
      `Thực hiện nhiệm vụ kiểm tra việc chấp hành pháp luật về lao động chưa thành niên, ${issuer.name} báo cáo kết quả kiểm tra ${periodInText(content)}${area ? ` trên địa bàn ${area}` : ''}${planText} như sau:`,
    ),
    heading('I. KẾT QUẢ THỰC HIỆN'),
    heading('1. Công tác kiểm tra'),
    ...inspectionParagraphs(k),
    ...teamParagraphs(content.result.figures),
    heading('2. Người chưa thành niên làm việc tại các cơ sở được kiểm tra'),
    ...minorParagraphs(k),
    ...childrenFollowUpParagraphs(content.result.figures),
    ...(children ? [bodyParagraph(`Danh sách trẻ em, người chưa thành niên tại ${annexRef(children.table.key)} kèm theo báo cáo này.`)] : []),
    heading('3. Vi phạm và đề nghị xử lý'),
    ...violationParagraphs(k, content, undefined),
    ...sanctionParagraphs(content.result.figures),
    ...(violatorsNote && k.violations > 0 ? [bodyParagraph(violatorsNote)] : []),
    heading('4. Cam kết của cơ sở'),
    ...commitmentParagraphs(k),
    ...checkParagraphs(content.result.figures),
    ...(results.length > 0 ? [heading(`5. ${sectionTitle('results')}`), ...results.map((line) => bodyParagraph(line))] : []),
    bodyParagraph(`Số liệu chi tiết tại ${annexRef('figures')} kèm theo báo cáo này.`, { italic: true }),
    heading('II. ĐÁNH GIÁ CHUNG'),
    heading(`1. ${sectionTitle('advantages')}`),
    ...assessmentText(content, 'advantages'),
    heading(`2. ${sectionTitle('difficulties')}`),
    ...assessmentText(content, 'difficulties'),
    heading(`3. ${sectionTitle('causes')}`),
    ...assessmentText(content, 'causes'),
    heading(`III. ${sectionTitle('solutions').toLocaleUpperCase('vi')} TRONG THỜI GIAN TỚI`),
    ...assessmentText(content, 'solutions'),
    heading(`IV. ${sectionTitle('recommendations').toLocaleUpperCase('vi')}`),
    ...assessmentText(content, 'recommendations'),
    // Kept with the signature block (the layout keeps its spacer with the signatures).
    bodyParagraph(`Trên đây là báo cáo kết quả kiểm tra việc chấp hành pháp luật về lao động chưa thành niên ${periodInText(content)} của ${issuer.name}./.`, {
      keepNext: true,
    }),
  ];

  const document = officialDocument({
    header: { ...issuer.header, place: placeName(content.names.provinceName, content.names.defaultPlace), date: content.date },
    title: 'Báo cáo',
    summary: summaryLine(content),
    body,
    signatures: [issuer.signature],
    recipients: recipientsOf(content, issuer),
    annexes,
  });
  await pipeline(Readable.from([await packDocument(document)]), outputStream(out));
}

/**
 * Nơi nhận: the Ministry of Home Affairs, which gathers the national figures; the province's People's
 * Committee above a department; the Sở Nội vụ when another body reports; the archive.
 */
function recipientsOf(content: ExportContent, issuer: Issuer): string[] {
  const ofSnv = sameAgency(issuer.name, REPORT_TO);
  const province = parentAgencyOf(content.names.provinceName) ?? 'UBND tỉnh';
  return [
    `${MINISTRY} (để b/c);`,
    ...(/^sở\s/iu.test(issuer.name) ? [`${province} (để b/c);`] : []),
    ...(ofSnv ? [] : [`${REPORT_TO};`]),
    'Lưu: VT.',
  ];
}
