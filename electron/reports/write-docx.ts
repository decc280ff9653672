/**
 * Word report: "BÁO CÁO Kết quả kiểm tra việc chấp hành pháp luật về lao động chưa thành niên
 * <kỳ>" in the official layout (official-layout.ts, Decree 30/2020): the key numbers in
 * sentences, the tables of report-tables.ts, where the data come from, a place for the
 * assessment, signature and Nơi nhận; the list of establishments with violations and (only when
 * asked for) the child list in landscape annexes.
 *
 * `docx` builds the whole document in memory before packing it, so this writer does not stream;
 * it still reports progress and may be cancelled between tables and pages of the child list.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { childDataBasisText } from '../../shared/labels/report';
import { TEAM_ROLE_LABELS } from '../../shared/labels/plan';
import { vndInWords } from '../../shared/text/vnd-words';
import { formatVnd, listPunctuation } from '../documents/inspection-labels';
import { bodyParagraph, heading, officialDocument, packDocument, simpleTable, TEXT_WIDTH_LANDSCAPE, type Annex, type Block, type SignatureBlock } from '../documents/official-layout';
import { adminUnitInText, agencyHead, balanceSummary, DEFAULT_ISSUER, formatShortDate, joinWithAnd, officialAgencyName, sameAgency, twoDigits } from '../documents/plan-labels';
import { parentAgencyOf, placeName } from '../documents/plan-labels';
import { outputStream, type ExportContent, type ReportOutput, type WriteProgress } from './export-content';
import { keyNumbers, REPORT_NAME, type Cell, type KeyNumbers, type ReportTable, type TableShape } from './report-tables';

const TEAM_SYMBOL = 'ĐKT';
const REPORT_TO = 'Sở Nội vụ';
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
    const cells = rows.map((row) => row[i]).filter((cell) => cell !== '' && cell !== undefined);
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
  const items = content.result.figures.violationsByCode.map(
    (v) => `- ${v.summary.replace(/[.;,\s]+$/u, '')} (mã ${v.code}): ${counted(v.count, 'hành vi')}, tiền phạt đề nghị ${formatVnd(v.totalProposedFine)} đồng`,
  );
  return [
    bodyParagraph(`Phát hiện ${counted(k.establishmentsWithViolations, 'cơ sở')} có vi phạm với tổng số ${counted(k.violations, 'hành vi vi phạm')}${fines}. Cụ thể:`),
    ...listPunctuation(items).map((item) => bodyParagraph(item)),
    ...(annexNote ? [bodyParagraph(annexNote)] : []),
  ];
}

function commitmentParagraphs(k: KeyNumbers, content: ExportContent): Block[] {
  const c = k.commitments;
  if (c.signed === 0) return [bodyParagraph('Không có cơ sở nào ký bản cam kết trong kỳ báo cáo.')];
  const parts = [
    [c.fulfilled, 'đã thực hiện'],
    [c.open, 'còn trong thời hạn thực hiện'],
    [c.overdue, 'quá hạn nhưng chưa thực hiện'],
    [c.breached, 'không được thực hiện (vi phạm cam kết)'],
  ] as const;
  const states = parts.filter(([n]) => n > 0).map(([n, text]) => `${counted(n, 'nội dung')} ${text}`);
  return [
    bodyParagraph(
      `Các cơ sở đã ký ${counted(c.signed, 'bản cam kết')} với ${counted(c.items, 'nội dung cam kết')}.` +
        (states.length ? ` Tính đến ngày ${formatShortDate(content.result.input.period.to)}: ${states.join(', ')}.` : ''),
    ),
  ];
}

/** Rows of "Thông tin báo cáo" written on one line in section III, to keep it short. */
const SOURCE_LINES: string[][] = [
  ['Kỳ báo cáo', 'Từ ngày', 'Đến ngày'],
  ['Tỉnh/thành phố', 'Xã/phường/đặc khu', 'Kế hoạch kiểm tra', 'Cơ quan chủ trì kế hoạch'],
  ['Phạm vi số liệu', 'Cam kết quá hạn'],
  ['Thời điểm lập (giờ Việt Nam)', 'Phiên bản cấu trúc dữ liệu'],
];

/** Section III: the "Thông tin báo cáo" table as lines, so the file says what it was made from. */
function sourceParagraphs(metadata: ReportTable | undefined): Block[] {
  if (!metadata) return [];
  const rows = metadata.rows.filter(([label]) => label !== 'Tên báo cáo').map(([label, value]) => [String(label), String(value).replace(/[.;,\s]+$/u, '')] as const);
  const done = new Set<string>();
  const lines: string[] = [];
  for (const [label] of rows) {
    if (done.has(label)) continue;
    const group = SOURCE_LINES.find((labels) => labels.includes(label)) ?? [label];
    const parts = rows.filter(([l]) => group.includes(l));
    parts.forEach(([l]) => done.add(l));
    lines.push(`- ${parts.map(([l, v], i) => `${i === 0 ? l : lowerFirst(l)}: ${v}`).join('; ')}`);
  }
  return listPunctuation(lines).map((line) => bodyParagraph(line));
}

// ---- the document --------------------------------------------------------------------

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export async function writeDocx(out: ReportOutput, content: ExportContent, progress: WriteProgress): Promise<void> {
  const k = keyNumbers(content.result);
  const issuer = issuerOf(content);
  const metadata = content.tables.find((t) => t.key === 'metadata');
  const bodyTables = content.tables.filter((t) => t.key !== 'metadata' && !t.wide);
  // Wide tables go to landscape annexes; the list of establishments only when there is one.
  const wideTables = content.tables.filter(
    (t) => t.wide && (t.key !== 'establishmentsWithViolations' || content.result.figures.establishmentsWithViolationsList.length > 0),
  );
  const annexKeys = [...wideTables.map((t) => t.key), ...(content.childDetails ? [content.childDetails.table.key] : [])];
  const annexRef = (key: string): string => (annexKeys.length > 1 ? `Phụ lục ${ROMAN[annexKeys.indexOf(key)] ?? annexKeys.indexOf(key) + 1}` : 'Phụ lục');

  const annexes: Annex[] = [];
  for (const table of wideTables) {
    await progress.table(table.title);
    annexes.push({ title: table.title, landscape: true, body: [tableBlock(table, table.rows, TEXT_WIDTH_LANDSCAPE)] });
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
        bodyParagraph(`Thông tin cá nhân của trẻ em, chỉ sử dụng theo căn cứ: ${basis}; không sao chép, cung cấp, công bố khi chưa được phép.`, {
          italic: true,
          indent: false,
          align: 'center',
        }),
        tableBlock(children.table, rows, TEXT_WIDTH_LANDSCAPE),
      ],
    });
  }

  const violatorsNote = wideTables.some((t) => t.key === 'establishmentsWithViolations')
    ? `Danh sách các cơ sở có vi phạm tại ${annexRef('establishmentsWithViolations')} kèm theo báo cáo này.`
    : undefined;
  const area = areaInText(content);
  const plan = content.names.plan;
  const planText = plan ? ` theo ${plan.number ? `Kế hoạch số ${plan.number} (${plan.title})` : lowerFirst(plan.title)}` : '';
  const body: Block[] = [
    bodyParagraph(
      `Thực hiện nhiệm vụ kiểm tra việc chấp hành pháp luật về lao động chưa thành niên, ${issuer.name} báo cáo kết quả kiểm tra ${periodInText(content)}${area ? ` trên địa bàn ${area}` : ''}${planText} như sau:`,
    ),
    heading('I. KẾT QUẢ KIỂM TRA'),
    heading('1. Số cuộc kiểm tra và cơ sở được kiểm tra'),
    ...inspectionParagraphs(k),
    heading('2. Người chưa thành niên làm việc tại các cơ sở được kiểm tra'),
    ...minorParagraphs(k),
    ...(children ? [bodyParagraph(`Danh sách trẻ em, người chưa thành niên tại ${annexRef(children.table.key)} kèm theo báo cáo này.`)] : []),
    heading('3. Vi phạm và đề nghị xử lý'),
    ...violationParagraphs(k, content, violatorsNote),
    heading('4. Cam kết của cơ sở'),
    ...commitmentParagraphs(k, content),
    heading('II. SỐ LIỆU TỔNG HỢP'),
  ];
  for (const [i, table] of bodyTables.entries()) {
    await progress.table(table.title);
    body.push(caption(`Bảng ${i + 1}. ${table.title}`), tableBlock(table, table.rows));
  }
  body.push(
    heading('III. PHẠM VI VÀ NGUỒN SỐ LIỆU'),
    ...sourceParagraphs(metadata),
    heading('IV. NHẬN XÉT, ĐÁNH GIÁ VÀ KIẾN NGHỊ'),
    bodyParagraph(DOTS, { indent: false }),
    bodyParagraph(DOTS, { indent: false }),
    // Kept with the signature block (the layout keeps its spacer with the signatures).
    bodyParagraph(`Trên đây là báo cáo kết quả kiểm tra việc chấp hành pháp luật về lao động chưa thành niên ${periodInText(content)} của ${issuer.name}./.`, {
      keepNext: true,
    }),
  );

  // A report goes up to the Sở Nội vụ; the Sở itself reports to the province's People's Committee.
  const reportTo = sameAgency(issuer.name, REPORT_TO) ? (parentAgencyOf(content.names.provinceName) ?? 'UBND tỉnh') : REPORT_TO;
  const document = officialDocument({
    header: { ...issuer.header, place: placeName(content.names.provinceName), date: content.date },
    title: 'Báo cáo',
    summary: summaryLine(content),
    body,
    signatures: [issuer.signature],
    recipients: [`${reportTo} (để báo cáo);`, 'Lưu: VT.'],
    annexes,
  });
  await pipeline(Readable.from([await packDocument(document)]), outputStream(out));
}
