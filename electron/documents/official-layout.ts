/**
 * The one layout of official administrative documents (Decree 30/2020/NĐ-CP, Appendix I;
 * see ../shared/domain/legal-reference.md §6). Every Word document the app produces is built
 * with `officialDocument` and the paragraph helpers below. Pure: builds `docx` objects only.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { formatOfficialDate, officialDateLine } from '../../shared/text/official-date';
import { breakLines } from './paper-text';

export interface OfficialHeader {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH BẮC NINH" (capitals, not bold). */
  parentAgency?: string;
  /**
   * Issuing agency / team, e.g. "ĐOÀN KIỂM TRA LIÊN NGÀNH" (capitals, bold). Empty for a paper a
   * person writes (a household's commitment): the Quốc hiệu is then centred over the page.
   */
  agency: string;
  /** Full number and symbol, e.g. "12/KH-ĐKT" → "Số: 12/KH-ĐKT". */
  number?: string;
  /** Symbol only, for a draft not numbered yet: "KH-ĐKT" → "Số:        /KH-ĐKT". */
  symbol?: string;
  /** False for a paper that carries no number (a household's commitment). */
  numbered?: boolean;
  place: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface SignatureBlock {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. TRƯỞNG ĐOÀN", … */
  authority?: string;
  /** "TRƯỞNG ĐOÀN", "ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA", … */
  position: string;
  /** Defaults to "(Ký, ghi rõ họ tên)"; an empty string leaves it out. */
  hint?: string;
  /** Left blank when the name is written by hand. */
  name?: string;
}

export type Block = Paragraph | Table;

export interface Annex {
  title: string;
  body: Block[];
  landscape?: boolean;
}

export interface OfficialDocumentOptions {
  header: OfficialHeader;
  /** Tên loại, e.g. "KẾ HOẠCH", "BIÊN BẢN KIỂM TRA". */
  title: string;
  /** Trích yếu. */
  summary?: string;
  body: Block[];
  signatures: SignatureBlock[];
  recipients?: string[];
  annexes?: Annex[];
  /** Marks a paper not yet final ("DỰ THẢO" boxed at the top right), so it is not signed by mistake. */
  draft?: boolean;
}

export type Content = string | ParagraphChild[];

// ---- measures (twips unless named otherwise) -----------------------------------------

const twipsFromMm = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** docx sizes are in half-points. */
const pt = (points: number): number => points * 2;

export const PAGE_WIDTH = twipsFromMm(210);
export const PAGE_HEIGHT = twipsFromMm(297);
export const MARGINS = {
  top: twipsFromMm(20),
  bottom: twipsFromMm(20),
  left: twipsFromMm(30),
  right: twipsFromMm(15),
} as const;
export const TEXT_WIDTH = PAGE_WIDTH - MARGINS.left - MARGINS.right;
export const TEXT_WIDTH_LANDSCAPE = PAGE_HEIGHT - MARGINS.left - MARGINS.right;

export const FONT = 'Times New Roman';
const BLACK = '000000';
const FIRST_LINE_INDENT = twipsFromMm(12.7);
const BODY_LINE = 276; // 1.15 lines
// The right column fits "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold: 5420) on one line.
const HEADER_RIGHT = 5760;
const HEADER_LEFT = TEXT_WIDTH - HEADER_RIGHT;
const LAYOUT_CELL_MARGIN = 57;
// "Độc lập - Tự do - Hạnh phúc" in 14 pt bold Times New Roman, measured on the rendered PDF.
const MOTTO_WIDTH = 3424;

// ---- small builders -----------------------------------------------------------------

interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

function run(text: string, style: RunStyle = {}, lineBreak = false): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    break: lineBreak ? 1 : undefined,
    bold: style.bold,
    italics: style.italic,
    size: style.size === undefined ? undefined : pt(style.size),
  });
}

/** "\n" in a string is a line break, e.g. to choose where a long agency name wraps. */
function children(content: Content, style: RunStyle): ParagraphChild[] {
  if (typeof content !== 'string') return content;
  return content.split('\n').map((part, i) => run(part, style, i > 0));
}

const capitals = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi');

/** A compact paragraph for header, signature and table cells: single spacing, no indent. */
const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

function line(content: Content, style: RunStyle & { align?: keyof typeof ALIGN; after?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[style.align ?? 'center'],
    spacing: { before: style.before ?? 0, after: style.after ?? 0, line: 240, lineRule: LineRuleType.AUTO },
    children: children(content, style),
  });
}

/**
 * A centred solid rule `length` long: the top border of an empty 1 pt paragraph. The 3 pt
 * spacing before keeps it clear of descenders (a border on the text paragraph itself would
 * touch them in LibreOffice, and its indents would also narrow the text).
 */
function rule(length: number, container: number): Paragraph {
  const side = Math.max(0, Math.round((container - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 60, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 0 } },
    run: { size: pt(2) },
    children: [],
  });
}

/**
 * Rough width of the longest line of `text` from the average advance of bold Times New Roman
 * (measured: capitals ≈ 0.62 em, lower case ≈ 0.45 em, spaces included): enough to size the
 * "1/3 to 1/2 of the line" rules and to decide where an agency name wraps.
 */
function estimateLineWidth(text: string, sizePt: number, container = Infinity): number {
  const em = /\p{Ll}/u.test(text) ? 0.46 : 0.63;
  const longest = Math.max(...text.split('\n').map((part) => part.length));
  return Math.min(container, Math.round(longest * sizePt * 20 * em));
}

function shortRule(text: string, sizePt: number, container: number): Paragraph {
  const length = Math.max(twipsFromMm(13), Math.round(estimateLineWidth(text, sizePt, container) * 0.4));
  return rule(length, container);
}

/**
 * Legal forms that head a name: a long name breaks after its legal form ("CÔNG TY TNHH" /
 * "ĐỒ GỖ MỸ NGHỆ BẮC SƠN"), never inside a word of the name ("…ĐỒ" / "GỖ…").
 */
const NAME_HEADS = [
  'CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN',
  'CÔNG TY TRÁCH NHIỆM HỮU HẠN',
  'CÔNG TY TNHH MỘT THÀNH VIÊN',
  'CÔNG TY TNHH MTV',
  'CÔNG TY TNHH',
  'CÔNG TY CỔ PHẦN',
  'CÔNG TY HỢP DANH',
  'CÔNG TY',
  'DOANH NGHIỆP TƯ NHÂN',
  'LIÊN HIỆP HỢP TÁC XÃ',
  'HỢP TÁC XÃ',
  'TỔ HỢP TÁC',
  'HỘ KINH DOANH',
  'HỘ GIA ĐÌNH',
  'CHI NHÁNH',
  'CƠ SỞ',
];

/**
 * Breaks a capitals line that will not fit into lines of similar length, as typists do: a name
 * after its legal form, never inside a word ("ĐỒ" / "GỖ").
 */
function balanceLines(text: string, sizePt: number, container: number): string {
  if (text.includes('\n') || estimateLineWidth(text, sizePt) <= container) return text;
  const head = NAME_HEADS.find((h) => text.startsWith(`${h} `));
  return breakLines(text, (line) => estimateLineWidth(line, sizePt) <= container, { head });
}

const NO_BORDERS = TableBorders.NONE;

/** A borderless table that only places blocks side by side. */
function layoutTable(rows: TableRow[], widths: number[]): Table {
  return new Table({
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: LAYOUT_CELL_MARGIN, right: LAYOUT_CELL_MARGIN },
    rows,
  });
}

function layoutRow(cells: TableCell[], options: { keepNext?: boolean } = {}): TableRow {
  return new TableRow({ cantSplit: true, keepNext: options.keepNext, children: cells });
}

function cell(content: Block[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_BORDERS,
    children: content.length > 0 ? content : [new Paragraph({ children: [] })],
  });
}

// ---- public paragraph helpers --------------------------------------------------------

export interface BodyOptions {
  bold?: boolean;
  italic?: boolean;
  align?: 'justify' | 'center' | 'left' | 'right';
  /** First-line indent of 1.27 cm; default true. */
  indent?: boolean;
  keepNext?: boolean;
}

/** Body text: 14 pt, justified, first-line indent 1.27 cm, 6 pt after, 1.15 lines. */
export function bodyParagraph(content: Content, options: BodyOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'justify'],
    indent: options.indent === false ? undefined : { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 0, after: 120, line: BODY_LINE, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext,
    children: children(content, { bold: options.bold, italic: options.italic }),
  });
}

/** Bold section heading such as "I. CĂN CỨ", kept with the paragraph that follows. */
export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 120, after: 120, line: BODY_LINE, lineRule: LineRuleType.AUTO },
    keepNext: true,
    children: children(text, { bold: true }),
  });
}

/** "1. …", "a) …", "- …": numbering is typed text, as in hand-made official documents. */
export function numberedItem(marker: string, content: Content, options: { bold?: boolean } = {}): Paragraph {
  const body = typeof content === 'string' ? `${marker} ${content}` : [run(`${marker} `, options), ...content];
  return bodyParagraph(body, { bold: options.bold, keepNext: options.bold });
}

/** Bordered 13 pt table; the header row is bold and repeats on every page. */
export function simpleTable(
  headers: string[],
  rows: string[][],
  options: { widths?: number[]; width?: number; align?: ('left' | 'center' | 'right')[] } = {},
): Table {
  const total = options.width ?? TEXT_WIDTH;
  const weights = options.widths ?? headers.map(() => 1);
  if (weights.length !== headers.length) throw new RangeError('simpleTable: widths and headers differ in length');
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

  const tableCell = (text: string, index: number, head: boolean): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: head ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      margins: { left: 80, right: 80 },
      children: text.split('\n').map((part) =>
        line(part, { size: 13, bold: head, align: head ? 'center' : (options.align?.[index] ?? 'left'), before: 40, after: 40 }),
      ),
    });

  const bodyRows = rows.map((row) => {
    if (row.length !== headers.length) throw new RangeError('simpleTable: a row has the wrong number of cells');
    return new TableRow({ cantSplit: true, children: row.map((text, i) => tableCell(text, i, false)) });
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((text, i) => tableCell(text, i, true)) }),
      ...bodyRows,
    ],
  });
}

// ---- document parts ------------------------------------------------------------------

function numberLine(header: OfficialHeader): string {
  if (header.number) return `Số: ${header.number}`;
  return `Số:        /${header.symbol ?? '……'}`;
}

/**
 * Two rows so that "Số" and the place-and-date line share a baseline:
 * agency names | Quốc hiệu and Tiêu ngữ, then Số | date.
 */
function headerTable(header: OfficialHeader): Block[] {
  if (!header.agency.trim()) return personalHeader(header);
  const inner = HEADER_LEFT - 2 * LAYOUT_CELL_MARGIN;
  const left: Block[] = [];
  if (header.parentAgency) left.push(line(balanceLines(capitals(header.parentAgency), 13, inner), { size: 13 }));
  const agency = balanceLines(capitals(header.agency), 13, inner);
  left.push(line(agency, { size: 13, bold: true }), shortRule(agency, 13, inner));

  const right: Block[] = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
    rule(MOTTO_WIDTH, HEADER_RIGHT - 2 * LAYOUT_CELL_MARGIN),
  ];

  const rows = [
    layoutRow([cell(left, HEADER_LEFT), cell(right, HEADER_RIGHT)]),
    layoutRow([
      cell(header.numbered === false ? [] : [line(numberLine(header), { size: 13, before: 120 })], HEADER_LEFT),
      cell([line(officialDateLine(header.place, header.date), { size: 14, italic: true, before: 120 })], HEADER_RIGHT),
    ]),
  ];
  return [layoutTable(rows, [HEADER_LEFT, HEADER_RIGHT])];
}

/** A person's paper: Quốc hiệu and Tiêu ngữ centred over the page, the place and date below on the right. */
function personalHeader(header: OfficialHeader): Block[] {
  return [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
    rule(MOTTO_WIDTH, TEXT_WIDTH),
    line(officialDateLine(header.place, header.date), { size: 14, italic: true, align: 'right', before: 240 }),
  ];
}

function titleBlock(title: string, summary: string | undefined): Paragraph[] {
  const titleLine = line(capitals(title), { size: 14, bold: true, before: 360, after: summary ? 0 : 240 });
  if (!summary) return [titleLine];
  return [
    titleLine,
    line(summary, { size: 14, bold: true }),
    shortRule(summary, 14, TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

const DEFAULT_HINT = '(Ký, ghi rõ họ tên)';

function signatureTitle(block: SignatureBlock): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (block.authority) paragraphs.push(line(capitals(block.authority), { size: 14, bold: true }));
  paragraphs.push(line(capitals(block.position), { size: 14, bold: true }));
  const hint = block.hint ?? DEFAULT_HINT;
  if (hint) paragraphs.push(line(hint, { size: 14, italic: true }));
  return paragraphs;
}

// The space above the name (about 2.6 cm) is where the signature and seal go.
const signatureName = (block: SignatureBlock, after = 0): Paragraph =>
  line(block.name ?? '', { size: 14, bold: true, before: 1500, after });

function recipientsContent(recipients: string[]): Paragraph[] {
  return [
    line('Nơi nhận:', { size: 12, bold: true, italic: true, align: 'left' }),
    ...recipients.map((r) => {
      const text = r.trim();
      return line(text.startsWith('-') ? text : `- ${text}`, { size: 11, align: 'left' });
    }),
  ];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * One signer: Nơi nhận on the left, signature on the right, top-aligned.
 * Several signers (minutes, joint documents): side by side, up to three in a row
 * (two a row beyond that), with Nơi nhận below on the left.
 */
function closingBlocks(signatures: SignatureBlock[], recipients: string[]): Block[] {
  // A paragraph between the body and this table keeps Word from merging it into a body table;
  // kept with the signatures so they never stand alone on the last page.
  const spacer = (): Paragraph => new Paragraph({ spacing: { before: 120, after: 0 }, keepNext: true, children: [] });
  if (signatures.length <= 1) {
    if (signatures.length === 0 && recipients.length === 0) return [];
    const left = recipients.length > 0 ? recipientsContent(recipients) : [];
    const signer = signatures[0];
    const right = signer ? [...signatureTitle(signer), signatureName(signer)] : [];
    return [spacer(), layoutTable([layoutRow([cell(left, HEADER_LEFT), cell(right, HEADER_RIGHT)])], [HEADER_LEFT, HEADER_RIGHT])];
  }
  const columns = signatures.length <= 3 ? signatures.length : 2;
  const width = Math.floor(TEXT_WIDTH / columns);
  const fill = (group: SignatureBlock[], make: (block: SignatureBlock) => Block[]): TableCell[] =>
    Array.from({ length: columns }, (_, i) => {
      const block = group[i];
      return cell(block ? make(block) : [], width);
    });
  // Titles and names in rows of their own, so names line up even when a title wraps; one table
  // per group of signers, as LibreOffice moves a whole table that has a kept-together row.
  const blocks: Block[] = chunk(signatures, columns).flatMap((group) => [
    spacer(),
    layoutTable(
      [layoutRow(fill(group, signatureTitle), { keepNext: true }), layoutRow(fill(group, (block) => [signatureName(block, 120)]))],
      Array<number>(columns).fill(width),
    ),
  ]);
  if (recipients.length > 0) blocks.push(new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }), ...recipientsContent(recipients));
  return blocks;
}

function pageNumberHeaders(): NonNullable<ISectionOptions['headers']> {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
        }),
      ],
    }),
    // Decree 30: no page number on the first page.
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

function sectionProperties(landscape: boolean): NonNullable<ISectionOptions['properties']> {
  return {
    titlePage: true,
    page: {
      size: {
        width: PAGE_WIDTH,
        height: PAGE_HEIGHT,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...MARGINS, header: twipsFromMm(10), footer: twipsFromMm(10) },
      pageNumbers: { start: 1 },
    },
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function sentenceCase(text: string): string {
  const lower = text.normalize('NFC').toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * Annex heading per Decree 30 Appendix I (from the decree text, not in legal-reference §6):
 * "Phụ lục" (+ Roman number when there are several), its name in capitals, and
 * "(Kèm theo <tên loại> số … ngày …)"; each annex numbers its pages from 1.
 */
function annexSection(annex: Annex, index: number, count: number, options: OfficialDocumentOptions): ISectionOptions {
  const label = count > 1 ? `Phụ lục ${ROMAN[index] ?? index + 1}` : 'Phụ lục';
  const number = options.header.number ?? `      /${options.header.symbol ?? '……'}`;
  const reference = `(Kèm theo ${sentenceCase(options.title)} số ${number} ${formatOfficialDate(options.header.date)})`;
  const width = annex.landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
  return {
    properties: sectionProperties(annex.landscape ?? false),
    headers: pageNumberHeaders(),
    children: [
      line(label, { size: 14, bold: true }),
      line(capitals(annex.title), { size: 14, bold: true }),
      line(reference, { size: 14, italic: true }),
      shortRule(reference, 14, width),
      new Paragraph({ spacing: { before: 0, after: 240 }, children: [] }),
      ...spaceAfterTables(annex.body),
      sectionEnd(),
    ],
  };
}

/** Body tables get 6 pt of space below, which also stops Word merging two adjacent tables. */
function spaceAfterTables(body: Block[]): Block[] {
  return body.flatMap((block) =>
    block instanceof Table ? [block, new Paragraph({ spacing: { before: 0, after: 120, line: 240 }, run: { size: pt(6) }, children: [] })] : [block],
  );
}

// ---- the document --------------------------------------------------------------------

// docx's built-in Title/Heading/Caption/Hyperlink styles are blue and larger; make them black
// Times New Roman too, in case a builder or the user applies one.
const BUILT_IN = { run: { font: FONT, color: BLACK, size: pt(14), bold: true } };
const DEFAULT_STYLES = {
  document: {
    run: { font: FONT, size: pt(14), color: BLACK, language: { value: 'vi-VN' } },
    paragraph: { spacing: { line: 240 } },
  },
  title: BUILT_IN,
  heading1: BUILT_IN,
  heading2: BUILT_IN,
  heading3: BUILT_IN,
  heading4: BUILT_IN,
  heading5: BUILT_IN,
  heading6: BUILT_IN,
  caption: { run: { font: FONT, color: BLACK, size: pt(13), italics: true } },
  hyperlink: { run: { font: FONT, color: BLACK } },
};

/**
 * A tiny last paragraph: Word needs a paragraph after a final table, and a normal-sized one
 * spills onto a blank numbered page when the table ends near the bottom of a page.
 */
function sectionEnd(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 }, children: [] });
}

function draftMark(): Paragraph {
  const box = { style: BorderStyle.SINGLE, size: 8, color: BLACK, space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 120 },
    border: { top: box, bottom: box, left: box, right: box },
    indent: { left: TEXT_WIDTH - 1700 },
    children: [new TextRun({ text: 'DỰ THẢO', bold: true, size: pt(13) })],
  });
}

export function officialDocument(options: OfficialDocumentOptions): Document {
  const annexes = options.annexes ?? [];
  const main: ISectionOptions = {
    properties: sectionProperties(false),
    headers: pageNumberHeaders(),
    children: [
      ...(options.draft ? [draftMark()] : []),
      ...headerTable(options.header),
      ...titleBlock(options.title, options.summary),
      ...spaceAfterTables(options.body),
      ...closingBlocks(options.signatures, options.recipients ?? []),
      sectionEnd(),
    ],
  };
  return new Document({
    creator: capitals(options.header.agency.trim() || options.title),
    title: capitals(options.title),
    styles: { default: DEFAULT_STYLES },
    sections: [main, ...annexes.map((annex, i) => annexSection(annex, i, annexes.length, options))],
  });
}

export function packDocument(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
