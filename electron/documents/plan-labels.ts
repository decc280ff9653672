/**
 * Wording shared by the documents built from an inspection plan (the plan itself and the decision
 * establishing the team): short dates, counts with two digits, the document header and the
 * "Căn cứ" lines. Pure functions of the plan data. The labels of roles, time slots and kinds of
 * establishment come from shared/labels, like the interface's.
 */
import { establishmentKindInText } from '../../shared/labels/establishment';
import { ESTABLISHMENT_KINDS, type EstablishmentKind } from '../../shared/schemas/establishment';
import { TEAM_ROLES, TIME_SLOTS, type PlanDetail, type PlanTarget, type SignerAuthority, type TeamMember, type TeamRole } from '../../shared/schemas/plan';
import { SIGNER_AUTHORITY_PREFIX } from '../../shared/labels/plan';
import { vietnamDayOf } from '../../shared/dates/vietnam-day';
import type { OfficialHeader, SignatureBlock } from './official-layout';
import { breakLines, personName } from './paper-text';

/** The plan's fields the papers read besides its core ones (dates, decisions, signer, sections). */
const PAPER_FIELDS = [
  'issueDate',
  'decisionNumber',
  'decisionDate',
  'teamDecisionNumber',
  'teamDecisionDate',
  'decisionSignerName',
  'decisionSignerPosition',
  'competenceBasis',
  'proposedBy',
  'budget',
  'reportingRegime',
] as const satisfies readonly (keyof PlanDetail['plan'])[];

export type PlanPaper = { [K in (typeof PAPER_FIELDS)[number]]?: string } & { decisionSignerAuthority?: SignerAuthority };

/** The paper fields of a plan, trimmed; empty text reads as missing (an older plan has none). */
export function planPaper(plan: PlanDetail['plan']): PlanPaper {
  const out: PlanPaper = {};
  for (const key of PAPER_FIELDS) {
    const value = plan[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.normalize('NFC').trim();
  }
  if (plan.decisionSignerAuthority) out.decisionSignerAuthority = plan.decisionSignerAuthority;
  return out;
}

export interface PlanDocumentOptions {
  /** Date of issue, YYYY-MM-DD. */
  date: string;
  /** Địa danh of the date line, e.g. "Lạng Sơn". */
  place: string;
  /** Cơ quan chủ quản above the issuing agency, e.g. "UBND tỉnh Lạng Sơn". */
  parentAgency?: string;
}

/** Issuer when the plan names no issuing agency. */
export const DEFAULT_ISSUER = 'Đoàn kiểm tra liên ngành';
/** Stands for the agency's abbreviation in a number not issued yet ("Số:      /KH-…"). */
export const UNKNOWN_SYMBOL = '…';

// ---- team ----------------------------------------------------------------------------

/** Leader first, then deputies, members and the secretary (the order of TEAM_ROLES); input order within a role. */
export function sortTeam(team: readonly TeamMember[]): TeamMember[] {
  const rank = (role: TeamRole) => TEAM_ROLES.indexOf(role);
  return [...team].sort((a, b) => rank(a.role) - rank(b.role));
}

/** "1" → "Tổ 1"; a name such as "Tổ số 2" or "Nhóm A" is kept. */
export function subTeamLabel(subTeam: string | undefined): string {
  const text = subTeam?.trim() ?? '';
  return /^\d+$/.test(text) ? `Tổ ${text}` : text;
}

// ---- numbers and dates ---------------------------------------------------------------

/** Counts in official text take two digits: 5 → "05", 12 → "12". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(isoDate: string): [number, number, number] {
  const match = ISO_DATE.exec(isoDate);
  const parts = match ? ([Number(match[1]), Number(match[2]), Number(match[3])] as const) : undefined;
  const probe = parts && new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
  if (!parts || !probe || probe.getUTCMonth() !== parts[1] - 1 || probe.getUTCDate() !== parts[2]) {
    throw new RangeError(`Ngày không hợp lệ (cần YYYY-MM-DD): "${isoDate}"`);
  }
  return [parts[0], parts[1], parts[2]];
}

/** "2025-10-06" → "06/10/2025". */
export function formatShortDate(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "2025-10-20" → "Thứ Hai". */
export function weekdayLabel(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** Calendar date in Việt Nam (UTC+7) of an ISO timestamp such as a status change. */
export function vietnamDate(timestamp: string): string | undefined {
  if (ISO_DATE.test(timestamp)) return timestamp;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? undefined : vietnamDayOf(ms);
}

// ---- names ---------------------------------------------------------------------------

/**
 * An agency name as written in a document: without the explanatory note the directory keeps,
 * e.g. "Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)" → "Sở Nội vụ".
 */
export function officialAgencyName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s*\((?:trước đây|nay là|cũ)\b[^)]*\)\s*$/iu, '')
    .trim();
}

const ADMIN_PREFIX = /^(Thành phố|Thị trấn|Thị xã|Đặc khu|Phường|Huyện|Quận|Tỉnh|Xã)(?= )/u;

/** Administrative units in running text: "Xã Hoàng Văn Thụ" → "xã Hoàng Văn Thụ". */
export function adminUnitInText(name: string): string {
  const text = name.normalize('NFC').trim();
  return text.replace(ADMIN_PREFIX, (prefix) => prefix.toLocaleLowerCase('vi'));
}

/**
 * A title inside a sentence: the first letter in lower case unless it starts a proper name
 * ("Kiểm tra việc …" → "kiểm tra việc …", "Lạng Sơn …" stays).
 */
export function inSentence(title: string): string {
  const text = title.normalize('NFC').trim();
  const second = text.split(/\s+/)[1] ?? '';
  if (/^\p{Lu}/u.test(second)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * Breaks a trích yếu that will not fit on one line (about 76 characters of 14 pt bold on the
 * 165 mm text width) into lines of similar length, as typists do, instead of leaving a word or
 * two alone on the last line, and not inside words that belong together ("chưa thành | niên").
 */
export function balanceSummary(text: string, lineChars = 76): string {
  const clean = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return breakLines(clean, (line) => line.length <= lineChars, { minLines: Math.ceil(clean.length / lineChars) });
}

/** Joins with commas and "và": "A", "A và B", "A, B và C". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** Title of the head of an agency, from the kind of agency its name begins with. */
export function agencyHead(agencyName: string | undefined): string | undefined {
  const name = officialAgencyName(agencyName ?? '').toLocaleLowerCase('vi');
  const heads: [RegExp, string][] = [
    [/^(ủy|uỷ) ban nhân dân|^ubnd/u, 'Chủ tịch'],
    [/^chi cục/u, 'Chi cục trưởng'],
    [/^cục/u, 'Cục trưởng'],
    [/^thanh tra/u, 'Chánh Thanh tra'],
    [/^bộ /u, 'Bộ trưởng'],
    [/^(sở|công an|bảo hiểm xã hội|kho bạc) /u, 'Giám đốc'],
    [/^(liên đoàn|liên minh|hiệp hội|hội) /u, 'Chủ tịch'],
    [/^ban /u, 'Trưởng ban'],
    [/^phòng /u, 'Trưởng phòng'],
  ];
  return heads.find(([pattern]) => pattern.test(name))?.[1];
}

/** Whether two agency names denote the same agency ("Sở Nội vụ" and "Sở Nội vụ tỉnh Lạng Sơn"). */
export function sameAgency(a: string, b: string): boolean {
  const [x, y] = [a, b].map((n) => officialAgencyName(n).toLocaleLowerCase('vi'));
  if (!x || !y) return false;
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

// ---- targets -------------------------------------------------------------------------

const kindOf = (target: PlanTarget): EstablishmentKind =>
  (ESTABLISHMENT_KINDS as readonly string[]).includes(target.establishmentKind) ? (target.establishmentKind as EstablishmentKind) : 'other';

/**
 * "05 cơ sở, gồm: 01 doanh nghiệp, 04 hộ gia đình"; a single kind is named directly
 * ("03 hộ kinh doanh"); no targets gives an empty string.
 */
export function describeTargetCount(targets: readonly PlanTarget[]): string {
  if (targets.length === 0) return '';
  const counts = new Map<EstablishmentKind, number>();
  for (const target of targets) counts.set(kindOf(target), (counts.get(kindOf(target)) ?? 0) + 1);
  const parts = ESTABLISHMENT_KINDS.filter((kind) => counts.has(kind)).map(
    (kind) => `${twoDigits(counts.get(kind) ?? 0)} ${establishmentKindInText(kind)}`,
  );
  const total = `${twoDigits(targets.length)} cơ sở`;
  if (parts.length > 1) return `${total}, gồm: ${parts.join(', ')}`;
  return counts.has('other') ? total : (parts[0] ?? total);
}

const collator = new Intl.Collator('vi');

/** By date, then morning/afternoon/all day, then sub-team and name; undated targets last. */
export function sortSchedule(targets: readonly PlanTarget[]): PlanTarget[] {
  return [...targets].sort((a, b) => {
    if (a.visitDate !== b.visitDate) {
      if (!a.visitDate) return 1;
      if (!b.visitDate) return -1;
      return a.visitDate < b.visitDate ? -1 : 1;
    }
    if (a.visitDate && a.timeSlot !== b.timeSlot) return TIME_SLOTS.indexOf(a.timeSlot) - TIME_SLOTS.indexOf(b.timeSlot);
    return collator.compare(a.subTeam ?? '', b.subTeam ?? '') || collator.compare(a.establishmentName, b.establishmentName);
  });
}

/** The plan's own communes and its targets': "xã Hoàng Văn Thụ, tỉnh Lạng Sơn"; several: "xã A, xã B và phường C, tỉnh …". */
export function inspectionArea(detail: PlanDetail): string {
  const named = [...detail.communes.map((c) => c.name), ...detail.targets.map((t) => t.communeName)];
  const communes = [...new Set(named.map((c) => c?.trim()).filter((c): c is string => !!c))]
    .sort(collator.compare)
    .map(adminUnitInText);
  const province = detail.plan.provinceName ? adminUnitInText(detail.plan.provinceName) : undefined;
  if (communes.length === 0) return province ?? detail.plan.place ?? '';
  return [joinWithAnd(communes), province].filter(Boolean).join(', ');
}

// ---- document parts ------------------------------------------------------------------

/** The issuing agency as written in the text ("Sở Nội vụ"), or the joint team. */
export function issuerName(detail: PlanDetail): string {
  const name = officialAgencyName(detail.plan.issuingAgencyName ?? '');
  return name || DEFAULT_ISSUER;
}

/** "15/KH-SNV" → "SNV": the agency's abbreviation, reused for its other documents. */
export function agencySymbol(planNumber: string | undefined): string {
  return /\/\s*KH-(.+)$/u.exec(planNumber?.trim() ?? '')?.[1]?.trim() || UNKNOWN_SYMBOL;
}

/**
 * Header of a document issued for the plan: the issuing agency (or the joint team), and
 * either the full number or, on a draft, the symbol alone (`KH-…`, `QĐ-SNV`).
 */
export function planHeader(detail: PlanDetail, opts: PlanDocumentOptions, number: { full?: string; type: string }): OfficialHeader {
  const place = opts.place.trim() || detail.plan.place?.trim() || '';
  const full = number.full?.trim();
  return {
    parentAgency: opts.parentAgency?.trim() || undefined,
    agency: issuerName(detail),
    ...(full ? { number: full } : { symbol: `${number.type}-${agencySymbol(detail.plan.number)}` }),
    place,
    date: opts.date,
  };
}

/**
 * The "Căn cứ" lines: each starts with "Căn cứ", ends with ";" and the last with ".".
 * Texts may already start with "Căn cứ" and end with punctuation.
 */
export function legalBasisLines(bases: readonly string[]): string[] {
  const texts = bases
    .map((basis) => basis.normalize('NFC').trim().replace(/[;.,\s]+$/u, ''))
    .filter((basis) => basis.length > 0)
    .map((basis) => (/^căn cứ\s/iu.test(basis) ? `Căn cứ${basis.slice('Căn cứ'.length)}` : `Căn cứ ${basis}`));
  return texts.map((text, i) => `${text}${i === texts.length - 1 ? '.' : ';'}`);
}

/** "Ông Hoàng Văn Thắng, Phó Giám đốc, Sở Nội vụ" ("Ông"/"Bà" when the directory records the sex). */
export function memberDescription(member: TeamMember): string {
  const details = [member.position?.trim(), officialAgencyName(member.agencyName)].filter(Boolean);
  return [personName(member.fullName, member), ...details].join(', ');
}

/** A collegial body signs "TM." (on behalf of the whole body) above its head's title. */
const isPeoplesCommittee = (agency: string): boolean => /^((ủy|uỷ) ban nhân dân|ubnd)\b/iu.test(officialAgencyName(agency));

/**
 * The signature block of an agency's paper (Decree 30/2020, Appendix I): "GIÁM ĐỐC" when the head
 * signs, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" for a deputy on the head's behalf, "Q. GIÁM ĐỐC" for an
 * acting head; a People's Committee adds "TM. ỦY BAN NHÂN DÂN" above.
 */
export function agencySignature(agency: string, signer: { name?: string; position?: string; authority?: SignerAuthority }): SignatureBlock {
  const head = agencyHead(agency) ?? 'Thủ trưởng cơ quan';
  const body = isPeoplesCommittee(agency) ? 'TM. Ủy ban nhân dân' : undefined;
  const name = signer.name?.trim() ?? '';
  const lines = (...parts: (string | undefined)[]): string | undefined => parts.filter(Boolean).join('\n') || undefined;
  if (signer.authority === 'on_behalf') {
    const position = signer.position?.trim() || `Phó ${head.toLocaleLowerCase('vi')}`;
    return { authority: lines(body, `${SIGNER_AUTHORITY_PREFIX.on_behalf} ${head}`), position, hint: '', name };
  }
  if (signer.authority === 'acting') return { authority: body, position: `${SIGNER_AUTHORITY_PREFIX.acting} ${head}`, hint: '', name };
  return { authority: body, position: head, hint: '', name };
}

/** Splits free text into paragraphs, one per non-empty line. */
export function textParagraphs(text: string | undefined): string[] {
  return (text ?? '')
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A short numbered line without final punctuation ("1. Mục đích") reads as a sub-heading. */
export function isSubheading(line: string): boolean {
  return /^(\d+|[IVX]+)\.\s+\S/u.test(line) && line.length <= 80 && !/[.;:,]$/u.test(line);
}

/** "Tỉnh Lạng Sơn" → "Lạng Sơn": the địa danh of the date line. */
export function placeName(provinceName: string | undefined, fallback?: string): string {
  return (provinceName ?? '').replace(/^(Tỉnh|Thành phố)\s+/, '') || fallback?.trim() || '………';
}

/** The province's People's Committee is the parent body (cơ quan chủ quản) of its departments. */
export function parentAgencyOf(provinceName: string | undefined): string | undefined {
  return provinceName ? `UBND ${adminUnitInText(provinceName)}` : undefined;
}
