/**
 * Wording rules every paper follows, whatever it is built from: laws cited one way, catalogue
 * shorthand written out in full words, people addressed as "Ông" or "Bà" (never "Ông/Bà"), totals
 * in figures and words. The app shows catalogue codes and "cần xác minh" marks on screen; a paper
 * never prints them. Pure functions.
 */

import { SEX_HONORIFICS } from '../../shared/labels/inspection';
import { SEXES, type Sex } from '../../shared/schemas/common';

// ---- laws ----------------------------------------------------------------------------

/**
 * One way of citing each law in running text: "Nghị định số 12/2022/NĐ-CP", "Thông tư số
 * 09/2020/TT-BLĐTBXH", "Bộ luật Lao động năm 2019" (the catalogue writes "Nghị định
 * 12/2022/NĐ-CP", "Bộ luật Lao động 2019").
 */
export function citeLaws(text: string): string {
  return text
    .normalize('NFC')
    .replace(
      /(^|[\s(,;:])(Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Luật)\s+(?!số\s)(\d+\/\d{4}\/[\p{Lu}\d-]+)/gu,
      (_, before: string, kind: string, number: string) => `${before}${kind} số ${number}`,
    )
    .replace(/(Bộ luật Lao động|Luật Trẻ em)\s+(\d{4})(?!\d)/gu, '$1 năm $2');
}

// ---- catalogue shorthand -------------------------------------------------------------

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bHĐLĐ\b/gu, 'hợp đồng lao động'],
  [/\bNLĐ\b/gu, 'người lao động'],
  [/\bLĐCTN\b/gu, 'lao động chưa thành niên'],
  [/\bLĐTE\b/gu, 'lao động trẻ em'],
  [/\bNCTN\b/gu, 'người chưa thành niên'],
  [/\bTDTT\b/gu, 'thể dục, thể thao'],
  [/\bATVSLĐ\b/gu, 'an toàn, vệ sinh lao động'],
  [/\bBLLĐ\b/gu, 'Bộ luật Lao động'],
  [/\bCCCD\/CMND\/hộ chiếu\b/gu, 'căn cước công dân, chứng minh nhân dân hoặc hộ chiếu'],
  [/\bCCCD\b/gu, 'căn cước công dân'],
  [/\bCMND\b/gu, 'chứng minh nhân dân'],
];

/**
 * Catalogue shorthand in full words, as a paper writes it: "Giao kết HĐLĐ với người 15 – < 18"
 * → "Giao kết hợp đồng lao động với người từ đủ 15 tuổi đến chưa đủ 18 tuổi"; "Người <13" →
 * "Người chưa đủ 13 tuổi"; "01 lần/06 tháng" → "01 lần trong 06 tháng"; "A / B / C" → "A, B hoặc C".
 */
export function fullWords(text: string): string {
  const source = text.normalize('NFC').trim();
  let out = source;
  // \b does not see Vietnamese capitals as word characters: pad, then match between non-letters.
  for (const [pattern, words] of ABBREVIATIONS) {
    const inner = pattern.source.replace(/\\b/g, '');
    out = out.replace(new RegExp(`(?<![\\p{L}\\d])${inner}(?![\\p{L}\\d])`, 'gu'), words);
  }
  out = out
    .replace(/(\d+)\s*[–-]\s*<\s*(\d+)(?:\s*tuổi)?/gu, 'từ đủ $1 tuổi đến chưa đủ $2 tuổi')
    .replace(/<\s*(\d+)(?:\s*tuổi)?/gu, 'chưa đủ $1 tuổi')
    .replace(/(\d+) lần\/(\d+) tháng/gu, '$1 lần trong $2 tháng')
    .replace(/thêm giờ\/ban đêm/gu, 'thêm giờ, làm việc ban đêm');
  const parts = out.split(/\s+\/\s+/u);
  if (parts.length > 1) out = `${parts.slice(0, -1).join(', ')} hoặc ${parts.at(-1)}`;
  // "LĐCTN làm việc …" starts a sentence: its expansion does too.
  return /^\p{Lu}/u.test(source) ? out.charAt(0).toLocaleUpperCase('vi') + out.slice(1) : out;
}

/** A catalogue text (title, summary, reference) as printed on a paper: full words, laws cited one way. */
export const catalogueText = (text: string): string => citeLaws(fullWords(text));

// ---- people --------------------------------------------------------------------------

/** Anything that may carry the person's sex (officials, representatives, participants). */
export interface MaybeSexed {
  sex?: unknown;
}

/** "Ông" or "Bà"; empty when the sex is not recorded (never "Ông/Bà"). */
export function honorific(person: MaybeSexed | undefined): string {
  const sex = person?.sex;
  return typeof sex === 'string' && (SEXES as readonly string[]).includes(sex) ? SEX_HONORIFICS[sex as Sex] : '';
}

/** "Ông Hoàng Văn Thắng", "Bà Vi Thị Hạnh", or the name alone when the sex is not recorded. */
export function personName(name: string, person?: MaybeSexed): string {
  const clean = name.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const title = honorific(person);
  return title ? `${title} ${clean}` : clean;
}

/** "ông"/"bà" inside a sentence; "cá nhân" when the sex is not recorded. */
export function personInSentence(person: MaybeSexed | undefined): string {
  return honorific(person).toLocaleLowerCase('vi') || 'cá nhân';
}

// ---- breaking titles into lines --------------------------------------------------------

/** Words that belong together: a title is not broken inside them. */
const COMPOUNDS = [
  'chưa thành niên',
  'lao động',
  'trẻ em',
  'pháp luật',
  'quy định',
  'kiểm tra',
  'chấp hành',
  'phòng ngừa',
  'liên ngành',
  'thành lập',
  'làng nghề',
  'mỹ nghệ',
  'đồ gỗ',
  'sản xuất',
  'kinh doanh',
  'xuất khẩu',
  'cơ sở',
  'trên địa bàn',
  'truyền thống',
  'hợp tác xã',
  'mây tre',
  'nội vụ',
];

/**
 * How bad a break between word `i - 1` and word `i` reads: inside a compound, between two words
 * of a proper name, before a number; a break after a comma reads best.
 */
function breakCost(words: readonly string[], i: number): number {
  const before = words[i - 1] ?? '';
  const after = words[i] ?? '';
  if (/[,;:]$/u.test(before)) return -8;
  const joined = `${before} ${after}`.toLocaleLowerCase('vi').replace(/[.,;:()]/gu, '');
  let cost = 0;
  if (COMPOUNDS.some((c) => c.includes(joined))) cost += 10;
  const capital = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);
  if (capital(before) && capital(after)) cost += 10;
  if (/^\d/u.test(after)) cost += 10;
  return cost;
}

/**
 * Breaks `text` into the fewest lines that each `fit`, of similar lengths, as typists do: not
 * inside words that belong together ("chưa thành | niên", "ĐỒ | GỖ"), preferably after a comma or
 * right after `head` (a legal form such as "CÔNG TY TNHH"). At least `minLines` lines.
 */
export function breakLines(text: string, fit: (line: string) => boolean, options: { minLines?: number; head?: string } = {}): string {
  const clean = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const words = clean.split(' ');
  const headWords = options.head ? options.head.split(' ').length : 0;
  const length = (from: number, to: number): number => words.slice(from, to).join(' ').length;
  for (let lines = Math.max(1, options.minLines ?? 1); lines <= words.length; lines++) {
    if (lines === 1) {
      if (fit(clean)) return clean;
      continue;
    }
    const target = clean.length / lines;
    // best[line][end]: the cheapest way to set words [0, end) on `line` lines.
    const best: ({ cost: number; from: number } | undefined)[][] = [[{ cost: 0, from: 0 }]];
    for (let line = 1; line <= lines; line++) {
      best[line] = [];
      for (let end = line; end <= words.length; end++) {
        if (line === lines && end !== words.length) continue;
        let choice: { cost: number; from: number } | undefined;
        for (let start = line - 1; start < end; start++) {
          const previous = best[line - 1]?.[start];
          if (!previous) continue;
          const piece = words.slice(start, end).join(' ');
          if (!fit(piece)) continue;
          let cost = previous.cost + Math.abs(length(start, end) - target);
          if (end < words.length) cost += end === headWords ? -30 : breakCost(words, end);
          if (!choice || cost < choice.cost) choice = { cost, from: start };
        }
        best[line]![end] = choice;
      }
    }
    if (!best[lines]?.[words.length]) continue;
    const out: string[] = [];
    let end = words.length;
    for (let line = lines; line >= 1; line--) {
      const from = best[line]![end]!.from;
      out.unshift(words.slice(from, end).join(' '));
      end = from;
    }
    return out.join('\n');
  }
  return clean;
}
