import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bodyParagraph,
  heading,
  numberedItem,
  officialDocument,
  packDocument,
  simpleTable,
  TEXT_WIDTH_LANDSCAPE,
  type OfficialDocumentOptions,
} from '../../electron/documents/official-layout';
import { hasSoffice, renderDocxToPdfText } from './render-pdf';

// Stacked diacritics on purpose: ể ộ ỗ ữ ặ ẩ ễ ở Đ.
const BODY_SENTENCE =
  'Người sử dụng lao động phải bảo đảm điều kiện làm việc an toàn; không được sử dụng người chưa thành niên làm những công việc nặng nhọc, độc hại, nguy hiểm.';
const SECOND_SENTENCE = 'Ông Đặng Hữu Nghĩa và bà Lữ Thị Tuyết đã bổ sung sổ theo dõi riêng, khắc phục những tồn tại trước ngày 15 tháng 4.';

function sampleOptions(overrides: Partial<OfficialDocumentOptions> = {}): OfficialDocumentOptions {
  return {
    header: {
      parentAgency: 'UBND xã Bát Tràng',
      agency: 'Đoàn kiểm tra liên ngành',
      number: '12/KH-ĐKT',
      place: 'Bát Tràng',
      date: '2026-03-05',
    },
    title: 'Kế hoạch',
    summary: 'Kiểm tra việc chấp hành pháp luật về lao động chưa thành niên',
    body: [
      heading('I. MỤC ĐÍCH, YÊU CẦU'),
      numberedItem('1.', 'Mục đích', { bold: true }),
      bodyParagraph(BODY_SENTENCE),
      simpleTable(
        ['STT', 'Cơ sở được kiểm tra', 'Địa chỉ'],
        [
          ['1', 'Hộ kinh doanh gốm Quang Vinh', 'Thôn Giang Cao'],
          ['2', 'Công ty TNHH Gốm sứ Hưng Thịnh', 'Thôn Bát Tràng'],
        ],
        { widths: [1, 6, 5] },
      ),
      // Enough text for a second page, so the page-number rule can be seen.
      ...Array.from({ length: 14 }, () => bodyParagraph(SECOND_SENTENCE)),
    ],
    signatures: [{ authority: 'KT. Trưởng đoàn', position: 'Phó Trưởng đoàn', name: 'Nguyễn Thị Hồng Nhung' }],
    recipients: ['Ủy ban nhân dân xã (để b/c);', 'Thành viên Đoàn kiểm tra;', 'Lưu: VT, ĐKT.'],
    annexes: [
      {
        title: 'Danh sách thành viên Đoàn kiểm tra',
        landscape: true,
        body: [
          simpleTable(['STT', 'Họ và tên', 'Nhiệm vụ'], [['1', 'Nguyễn Thị Hồng Nhung', 'Trưởng đoàn']], {
            width: TEXT_WIDTH_LANDSCAPE,
          }),
        ],
      },
    ],
    ...overrides,
  };
}

interface Unpacked {
  zip: JSZip;
  document: string;
  styles: string;
  part: (name: string) => Promise<string>;
}

async function unpack(bytes: Buffer): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`missing part ${name}`);
    return file.async('string');
  };
  return { zip, document: await part('word/document.xml'), styles: await part('word/styles.xml'), part };
}

const decode = (xml: string): string =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every <w:p> of a part with its plain text (runs joined, line breaks as "\n"). */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>.*?<\/w:p>|<w:p\/>/gs)].map(([p]) => ({
    xml: p,
    text: decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join('')),
  }));
}

function paragraph(xml: string, text: string): string {
  const found = paragraphs(xml).find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph with text ${JSON.stringify(text)}`);
  return found.xml;
}

function nextParagraph(xml: string, text: string): string {
  const all = paragraphs(xml);
  const index = all.findIndex((p) => p.text === text);
  const next = all[index + 1];
  if (index < 0 || !next) throw new Error(`no paragraph after ${JSON.stringify(text)}`);
  return next.xml;
}

const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml)?.[1];

const sectPrs = (xml: string): string[] => [...xml.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/gs)].map(([s]) => s);

async function headerPart(doc: Unpacked, sectPr: string, type: 'default' | 'first'): Promise<string> {
  const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sectPr)?.[1];
  const rels = await doc.part('word/_rels/document.xml.rels');
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no ${type} header`);
  return doc.part(`word/${target}`);
}

const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

describe('officialDocument (Decree 30/2020 layout)', () => {
  let bytes: Buffer;
  let doc: Unpacked;

  beforeAll(async () => {
    bytes = await packDocument(officialDocument(sampleOptions()));
    doc = await unpack(bytes);
  });

  it('packs to a real .docx (zip) file', () => {
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(doc.zip.file('word/document.xml')).not.toBeNull();
  });

  it('uses A4 portrait with margins 20/20/30/15 mm', () => {
    const main = sectPrs(doc.document)[0] ?? '';
    expect(attr(main, 'pgSz', 'w')).toBe(String(twips(210)));
    expect(attr(main, 'pgSz', 'h')).toBe(String(twips(297)));
    expect(attr(main, 'pgSz', 'orient')).toBe('portrait');
    expect(attr(main, 'pgMar', 'top')).toBe(String(twips(20)));
    expect(attr(main, 'pgMar', 'bottom')).toBe(String(twips(20)));
    expect(attr(main, 'pgMar', 'left')).toBe(String(twips(30)));
    expect(attr(main, 'pgMar', 'right')).toBe(String(twips(15)));
    expect([twips(210), twips(297), twips(20), twips(30), twips(15)]).toEqual([11906, 16838, 1134, 1701, 850]);
  });

  it('sets Times New Roman, black, 14 pt, Vietnamese as defaults and names no other font or colour', async () => {
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(doc.styles)?.[0] ?? '';
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(defaults, 'rFonts', slot)).toBe('Times New Roman');
    expect(attr(defaults, 'sz', 'val')).toBe('28');
    expect(attr(defaults, 'color', 'val')).toBe('000000');
    expect(attr(defaults, 'lang', 'val')).toBe('vi-VN');

    const headers = await Promise.all(Object.keys(doc.zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map(doc.part));
    const all = [doc.styles, doc.document, ...headers].join('');
    const fonts = new Set([...all.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(all).not.toMatch(/w:(?:ascii|hAnsi|cs|eastAsia)Theme=/);
    const colours = new Set([...all.matchAll(/<w:color w:val="([^"]+)"/g)].map((m) => m[1]));
    expect([...colours]).toEqual(['000000']);
  });

  it('draws the two-column header: agencies and number left, national title, motto and date right', () => {
    const xml = doc.document;
    const parent = paragraph(xml, 'UBND XÃ BÁT TRÀNG');
    expect(parent).toContain('<w:sz w:val="26"/>');
    expect(parent).not.toMatch(/<w:b\/>/);

    // A long agency name is split into two balanced lines, in capitals, bold, 13 pt, with a short rule below.
    const agency = paragraph(xml, 'ĐOÀN KIỂM TRA\nLIÊN NGÀNH');
    expect(agency).toMatch(/<w:b\/>/);
    expect(agency).toContain('<w:sz w:val="26"/>');
    expect(nextParagraph(xml, 'ĐOÀN KIỂM TRA\nLIÊN NGÀNH')).toMatch(/<w:pBdr><w:top w:val="single"/);

    const nation = paragraph(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(nation).toMatch(/<w:b\/>/);
    expect(nation).toContain('<w:sz w:val="26"/>');
    expect(nation).toContain('<w:jc w:val="center"/>');

    const motto = paragraph(xml, 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toMatch(/<w:b\/>/);
    expect(motto).toContain('<w:sz w:val="28"/>');
    // The rule under the motto is as long as the motto (3424 twips measured in LibreOffice).
    const rule = nextParagraph(xml, 'Độc lập - Tự do - Hạnh phúc');
    expect(rule).toMatch(/<w:pBdr><w:top w:val="single"/);
    const cellWidth = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>(?:(?!<w:tcW).)*CỘNG HÒA/s.exec(xml)?.[1]);
    const side = Number(attr(rule, 'ind', 'left'));
    expect(attr(rule, 'ind', 'right')).toBe(String(side));
    expect(cellWidth - 2 * 57 - 2 * side).toBeCloseTo(3424, -1);

    expect(paragraph(xml, 'Số: 12/KH-ĐKT')).toContain('<w:sz w:val="26"/>');
    const date = paragraph(xml, 'Bát Tràng, ngày 05 tháng 3 năm 2026');
    expect(date).toMatch(/<w:i\/>/);
    expect(date).toContain('<w:sz w:val="28"/>');

    // Borderless, and "Số" shares a row (so a baseline) with the date line.
    const headerTable = /<w:tbl>.*?<\/w:tbl>/s.exec(xml)?.[0] ?? '';
    expect(headerTable).toMatch(/<w:tblBorders><w:top w:val="none"/);
    const numberRow = [...headerTable.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([r]) => r).find((r) => r.includes('Số: 12/KH-ĐKT'));
    expect(numberRow).toContain('Bát Tràng, ngày 05 tháng 3 năm 2026');
  });

  it('centres the title in bold capitals and the trích yếu in bold with a short rule', () => {
    const title = paragraph(doc.document, 'KẾ HOẠCH');
    expect(title).toMatch(/<w:b\/>/);
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:sz w:val="28"/>');
    const summary = 'Kiểm tra việc chấp hành pháp luật về lao động chưa thành niên';
    expect(paragraph(doc.document, summary)).toMatch(/<w:b\/>/);
    expect(paragraph(doc.document, summary)).toContain('<w:jc w:val="center"/>');
    const rule = nextParagraph(doc.document, summary);
    expect(rule).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(Number(attr(rule, 'ind', 'left'))).toBeGreaterThan(0);
  });

  it('sets body text justified with a 1.27 cm first-line indent, 6 pt after and 1.15 lines', () => {
    const body = paragraph(doc.document, BODY_SENTENCE);
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(attr(body, 'ind', 'firstLine')).toBe(String(twips(12.7)));
    expect(Number(attr(body, 'spacing', 'after'))).toBeGreaterThanOrEqual(120);
    expect(attr(body, 'spacing', 'line')).toBe('276');
    expect(paragraph(doc.document, 'I. MỤC ĐÍCH, YÊU CẦU')).toMatch(/<w:b\/>/);
    expect(paragraph(doc.document, '1. Mục đích')).toMatch(/<w:keepNext\/>/);
  });

  it('numbers pages from 1, centred in the header, 13 pt, and hides the number on the first page', async () => {
    for (const sectPr of sectPrs(doc.document)) {
      expect(sectPr).toContain('<w:titlePg/>');
      expect(attr(sectPr, 'pgNumType', 'start')).toBe('1');
      const numbered = await headerPart(doc, sectPr, 'default');
      expect(numbered).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(numbered).toContain('<w:jc w:val="center"/>');
      expect(numbered).toContain('<w:sz w:val="26"/>');
      expect(await headerPart(doc, sectPr, 'first')).not.toContain('PAGE');
    }
  });

  it('puts Nơi nhận (12 pt bold italic, recipients 11 pt) beside the signature block', () => {
    const xml = doc.document;
    const label = paragraph(xml, 'Nơi nhận:');
    expect(label).toMatch(/<w:b\/>/);
    expect(label).toMatch(/<w:i\/>/);
    expect(label).toContain('<w:sz w:val="24"/>');
    const recipient = paragraph(xml, '- Ủy ban nhân dân xã (để b/c);');
    expect(recipient).toContain('<w:sz w:val="22"/>');
    expect(recipient).not.toMatch(/<w:[bi]\/>/);
    expect(paragraphs(xml).some((p) => p.text === '- Lưu: VT, ĐKT.')).toBe(true);

    expect(paragraph(xml, 'KT. TRƯỞNG ĐOÀN')).toMatch(/<w:b\/>/);
    expect(paragraph(xml, 'PHÓ TRƯỞNG ĐOÀN')).toMatch(/<w:b\/>/);
    expect(paragraph(xml, '(Ký, ghi rõ họ tên)')).toMatch(/<w:i\/>/);
    expect(paragraph(xml, 'Nguyễn Thị Hồng Nhung')).toMatch(/<w:b\/>/);
    const row = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([r]) => r).find((r) => r.includes('Nơi nhận:'));
    expect(row).toContain('PHÓ TRƯỞNG ĐOÀN');
    expect(row).toContain('<w:cantSplit/>');
  });

  it('repeats the bold header row of a simple table on every page', () => {
    const table = [...doc.document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([t]) => t).find((t) => t.includes('Cơ sở được kiểm tra'));
    const firstRow = /<w:tr>.*?<\/w:tr>/s.exec(table ?? '')?.[0] ?? '';
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(firstRow).toMatch(/<w:b\/>/);
    expect(table).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(paragraph(doc.document, 'Hộ kinh doanh gốm Quang Vinh')).toContain('<w:sz w:val="26"/>');
    expect(() => simpleTable(['A', 'B'], [['1']])).toThrow(RangeError);
  });

  it('puts an annex in a landscape section with its own heading and page numbers', () => {
    const annex = sectPrs(doc.document)[1] ?? '';
    expect(attr(annex, 'pgSz', 'orient')).toBe('landscape');
    expect(attr(annex, 'pgSz', 'w')).toBe('16838');
    expect(attr(annex, 'pgSz', 'h')).toBe('11906');
    expect(paragraph(doc.document, 'Phụ lục')).toMatch(/<w:b\/>/);
    expect(paragraph(doc.document, 'DANH SÁCH THÀNH VIÊN ĐOÀN KIỂM TRA')).toMatch(/<w:b\/>/);
    expect(paragraph(doc.document, '(Kèm theo Kế hoạch số 12/KH-ĐKT ngày 05 tháng 3 năm 2026)')).toMatch(/<w:i\/>/);
  });

  it('reads back in order with every diacritic intact (mammoth)', async () => {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    const text = value.normalize('NFC');
    const order = [
      'UBND XÃ BÁT TRÀNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/KH-ĐKT',
      'Bát Tràng, ngày 05 tháng 3 năm 2026',
      'KẾ HOẠCH',
      BODY_SENTENCE,
      SECOND_SENTENCE,
      'Nơi nhận:',
      'Nguyễn Thị Hồng Nhung',
      'Phụ lục',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('leaves the number blank on a draft, keeping the symbol', async () => {
    const draft = await unpack(
      await packDocument(
        officialDocument(sampleOptions({ header: { agency: 'Đoàn kiểm tra', symbol: 'KH-ĐKT', place: 'Bát Tràng', date: '2026-01-09' } })),
      ),
    );
    expect(paragraphs(draft.document).some((p) => /^Số: +\/KH-ĐKT$/.test(p.text))).toBe(true);
    expect(paragraphs(draft.document).some((p) => p.text === 'Bát Tràng, ngày 09 tháng 01 năm 2026')).toBe(true);
  });

  it('lines up several signers side by side, names in one row', async () => {
    const minutes = await unpack(
      await packDocument(
        officialDocument(
          sampleOptions({
            title: 'Biên bản kiểm tra',
            recipients: [],
            annexes: [],
            signatures: [
              { position: 'Đại diện cơ sở được kiểm tra', name: 'Nguyễn Văn Hưởng' },
              { position: 'Trưởng đoàn kiểm tra', name: 'Trần Thị Ngọc Ánh' },
            ],
          }),
        ),
      ),
    );
    const rows = [...minutes.document.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([r]) => r);
    const titles = rows.find((r) => r.includes('ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA'));
    expect(titles).toContain('TRƯỞNG ĐOÀN KIỂM TRA');
    const names = rows.find((r) => r.includes('Nguyễn Văn Hưởng'));
    expect(names).toContain('Trần Thị Ngọc Ánh');
    expect(sectPrs(minutes.document)).toHaveLength(1);
  });

  it.skipIf(!hasSoffice)(
    'renders in LibreOffice with the header, the body text and the page numbers intact (skipped when soffice or poppler-utils is not installed)',
    async () => {
      const text = (await renderDocxToPdfText(bytes)).normalize('NFC');
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThanOrEqual(3);
      const lines = (page: string): string[] => page.split('\n').filter((l) => l.trim() !== '');
      const [first = '', second = '', annex = ''] = pages;

      // Page 1: the two header columns sit side by side, and no page number above them.
      expect(lines(first)[0]).toMatch(/UBND XÃ BÁT TRÀNG\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
      expect(first).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(lines(first).some((l) => /Số: 12\/KH-ĐKT\s+Bát Tràng, ngày 05 tháng 3 năm 2026/.test(l))).toBe(true);
      const flat = first.replace(/\s+/g, ' ');
      expect(flat).toContain(BODY_SENTENCE);

      // Page 2 starts with its number; the annex restarts at 1, hidden.
      expect(lines(second)[0]?.trim()).toBe('2');
      expect(lines(annex)[0]?.trim()).toBe('Phụ lục');
    },
  );
});
