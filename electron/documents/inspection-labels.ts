/**
 * Wording shared by the documents built from an inspection record (the minutes, the employer's
 * commitment and the administrative-violation record): the data they are built from, times,
 * addresses, amounts, the team in role order and references to the plan and the minutes.
 * Pure functions; the data is loaded by inspection-sources.ts.
 */
import { TextRun } from 'docx';
import type { Catalogue, ViolationType } from '../../shared/catalogue/schema';
import { DEFAULT_LEGAL_BASES } from '../../shared/plans/legal-bases';
import type { ChildNameMode } from '../../shared/schemas/document';
import { ESTABLISHMENT_KIND_LABELS } from '../../shared/labels/establishment';
import { TEAM_ROLE_LABELS } from '../../shared/labels/plan';
import { ESTABLISHMENT_KINDS, type Establishment, type EstablishmentKind } from '../../shared/schemas/establishment';
import type { InspectionDetail } from '../../shared/schemas/inspection';
import { TEAM_ROLES, type PlanDetail, type TeamRole } from '../../shared/schemas/plan';
import { formatOfficialDate } from '../../shared/text/official-date';
import { bodyParagraph, type Block } from './official-layout';
import { catalogueText } from './paper-text';
import {
  adminUnitInText,
  agencyHead,
  DEFAULT_ISSUER,
  inSentence,
  issuerName,
  officialAgencyName,
  planPaper,
  vietnamDate,
} from './plan-labels';

export interface InspectionDocumentData {
  detail: InspectionDetail;
  establishment: Establishment;
  /** The plan the inspection belongs to, if any (legal bases, number, issuing agency). */
  plan?: PlanDetail;
  /** The catalogue version of the inspection (legal basis of each violation type). */
  catalogue?: Catalogue;
}

export interface InspectionDocumentOptions {
  /** Địa danh of the date line, e.g. "Lạng Sơn". */
  place: string;
  /** Children's names: initials and year of birth (default) or full name and date of birth. */
  childNames?: ChildNameMode;
}

export const TEAM_NAME = 'Đoàn kiểm tra liên ngành';
/** The team's full name, as its decision names it. */
export const TEAM_NAME_FULL = 'Đoàn kiểm tra liên ngành về lao động chưa thành niên';
export const MINUTES_SYMBOL = 'BB-ĐKT';
const BLANK = '……';

// ---- text ----------------------------------------------------------------------------

export const capitalise = (text: string): string => {
  const clean = text.normalize('NFC').trim();
  return clean.charAt(0).toLocaleUpperCase('vi') + clean.slice(1);
};

/** Ends a sentence with "." unless it already ends with punctuation. */
export const sentence = (text: string): string => {
  const clean = text.normalize('NFC').trim();
  return /[.!?…:;]$/u.test(clean) ? clean : `${clean}.`;
};

/** The items of a list in running text: ";" after each and "." after the last. */
export const listPunctuation = (items: readonly string[]): string[] =>
  items.map((item, i) => `${item.normalize('NFC').trim().replace(/[.;,]+$/u, '')}${i === items.length - 1 ? '.' : ';'}`);

/** "1. Tên cơ sở: Hộ …" with the label in bold. */
export function labelled(label: string, text: string, options: { indent?: boolean } = {}): Block {
  return bodyParagraph(
    [new TextRun({ text: `${label} `.normalize('NFC'), bold: true }), new TextRun(text.normalize('NFC'))],
    { indent: options.indent },
  );
}

/**
 * "Điểm b Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP" inside a sentence: "điểm b khoản 3 Điều 29 …"
 * (điểm and khoản are written in lower case in running text; Điều keeps its capital).
 */
export function referenceInText(reference: string): string {
  return reference.normalize('NFC').trim().replace(/(^|[\s,;(])(Điểm|Khoản)(?=\s)/gu, (_, before: string, word: string) => `${before}${word.toLocaleLowerCase('vi')}`);
}

// ---- numbers, times, dates -----------------------------------------------------------

/** 62500000 → "62.500.000". */
export const formatVnd = (amount: number): string => String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "08:30" → "08 giờ 30 phút"; no time → "…… giờ …… phút", to be written by hand. */
export function clockTime(time: string | undefined): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time ?? '');
  return match ? `${match[1]} giờ ${match[2]} phút` : `${BLANK} giờ ${BLANK} phút`;
}

/** "6.5" hours → "6,5". */
export const hoursText = (hours: number): string => String(hours).replace('.', ',');

// ---- establishment -------------------------------------------------------------------

const kindOf = (kind: string): EstablishmentKind => ((ESTABLISHMENT_KINDS as readonly string[]).includes(kind) ? (kind as EstablishmentKind) : 'other');

/** "Hộ gia đình", "Doanh nghiệp" … (an unknown kind reads as "Cơ sở khác"). */
export const kindLabel = (kind: string): string => ESTABLISHMENT_KIND_LABELS[kindOf(kind)];

/**
 * "Thôn Nà Pàn, xã Hoàng Văn Thụ, tỉnh Lạng Sơn": the address with the commune and province unless
 * already named; capitalised unless it follows other words (`midSentence`: "…, phường X, tỉnh Y").
 */
export function establishmentAddress(establishment: Establishment, options: { midSentence?: boolean } = {}): string {
  const parts: string[] = [];
  const address = establishment.address?.normalize('NFC').trim() ?? '';
  if (address) parts.push(address);
  const lower = address.toLocaleLowerCase('vi');
  for (const unit of [establishment.communeName, establishment.provinceName]) {
    const name = unit?.normalize('NFC').trim();
    if (!name) continue;
    const bare = name.replace(/^(Thành phố|Đặc khu|Phường|Tỉnh|Xã)\s+/u, '').toLocaleLowerCase('vi');
    if (lower.includes(bare)) continue;
    parts.push(adminUnitInText(name));
  }
  const text = parts.join(', ');
  return options.midSentence || !text ? text : capitalise(text);
}

/**
 * Where the inspection took place: the recorded place, completed with the commune and province
 * when it is the establishment's own address ("Thôn Nà Pàn" → "Thôn Nà Pàn, xã …, tỉnh …");
 * otherwise the establishment and its address.
 */
export function inspectionPlace(data: InspectionDocumentData): string {
  const address = establishmentAddress(data.establishment);
  const place = data.detail.inspection.place?.normalize('NFC').trim().replace(/[.;,]+$/u, '') ?? '';
  if (!place) return [data.establishment.name.trim(), establishmentAddress(data.establishment, { midSentence: true })].filter(Boolean).join(', ');
  const own = data.establishment.address?.normalize('NFC').trim();
  return own && place === own && address ? address : place;
}

// ---- people --------------------------------------------------------------------------

export type PresentMember = InspectionDetail['teamPresentNames'][number];

const roleIndex = (role: string): number => {
  const i = TEAM_ROLES.indexOf(role as TeamRole);
  return i < 0 ? TEAM_ROLES.length : i;
};

/** Leader, deputies, members, secretary; input order within a role. */
export const sortPresent = (team: readonly PresentMember[]): PresentMember[] => [...team].sort((a, b) => roleIndex(a.role) - roleIndex(b.role));

export const roleLabel = (role: string): string => TEAM_ROLE_LABELS[role as TeamRole] ?? TEAM_ROLE_LABELS.member;

/** "Chuyên viên, Sở Nội vụ". */
export const positionAndAgency = (member: { position?: string; agencyName: string }): string =>
  [member.position?.trim(), officialAgencyName(member.agencyName)].filter(Boolean).join(', ');

export type Participant = InspectionDetail['inspection']['otherParticipants'][number];
export type Representative = InspectionDetail['inspection']['representatives'][number];

/** A commune People's Committee official among the participants (the local authority of Art. 58). */
export const isLocalAuthority = (p: Participant): boolean => /(ủy|uỷ) ban nhân dân|\bubnd\b/iu.test(`${p.organisation ?? ''} ${p.position ?? ''}`);

export interface Witness {
  name: string;
  /** "Công chức Văn hóa - Xã hội, Ủy ban nhân dân xã …". */
  description?: string;
  /** The participant the witness is, when he or she is one. */
  participant?: Participant;
  localAuthority: boolean;
}

/**
 * Who witnessed the refusal to sign (Law on Handling Administrative Violations Art. 58.4): the
 * recorded witness, else the commune official present, else another participant; undefined when
 * nobody is recorded (the paper then leaves a witness block to fill in by hand).
 */
export function refusalWitness(detail: InspectionDetail): Witness | undefined {
  const { inspection } = detail;
  if (!inspection.refusedToSign) return undefined;
  const named = inspection.refusalWitnessName?.normalize('NFC').trim();
  const participants = inspection.otherParticipants;
  const describe = (p: Participant): string | undefined => [p.position?.trim(), p.organisation?.trim()].filter(Boolean).join(', ') || undefined;
  if (named) {
    const participant = participants.find((p) => p.name.normalize('NFC').trim() === named);
    const position = inspection.refusalWitnessPosition?.normalize('NFC').trim();
    return {
      name: named,
      description: position || (participant ? describe(participant) : undefined),
      participant,
      localAuthority: participant ? isLocalAuthority(participant) : /(ủy|uỷ) ban nhân dân|\bubnd\b/iu.test(position ?? ''),
    };
  }
  const participant = participants.find(isLocalAuthority) ?? participants[0];
  return participant ? { name: participant.name.trim(), description: describe(participant), participant, localAuthority: isLocalAuthority(participant) } : undefined;
}

// ---- references ----------------------------------------------------------------------

/** The day the plan was issued: its stored issue date, else the day it was last approved. */
export function planIssueDate(plan: PlanDetail): string | undefined {
  const issued = planPaper(plan.plan).issueDate;
  if (issued) return issued;
  const approved = plan.history.filter((h) => h.toStatus === 'approved').at(-1);
  return approved ? vietnamDate(approved.at) : undefined;
}

/** "Kế hoạch số 12/KH-SNV ngày 25 tháng 11 năm 2026 của Sở Nội vụ về kiểm tra việc …". */
export function planReference(plan: PlanDetail): string {
  const date = planIssueDate(plan);
  const title = plan.plan.title.normalize('NFC').trim().replace(/^kế hoạch\s+/iu, '');
  return [
    'Kế hoạch',
    plan.plan.number?.trim() ? `số ${plan.plan.number.trim()}` : undefined,
    date ? formatOfficialDate(date) : undefined,
    plan.plan.issuingAgencyName ? `của ${issuerName(plan)}` : undefined,
    title ? `về ${inSentence(title)}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Who issues the plan's decisions: "Giám đốc Sở Nội vụ", or the agency when its head is not known. */
export function decisionIssuer(plan: PlanDetail): string | undefined {
  if (!plan.plan.issuingAgencyName?.trim()) return undefined;
  const issuer = issuerName(plan);
  const head = agencyHead(issuer);
  return head ? `${head} ${issuer}` : issuer;
}

/**
 * "Quyết định số 25/QĐ-SNV ngày 10 tháng 11 năm 2026 của Giám đốc Sở Nội vụ về việc thành lập
 * Đoàn kiểm tra liên ngành …", or undefined while the team decision has no number.
 */
export function teamDecisionReference(plan: PlanDetail): string | undefined {
  const paper = planPaper(plan.plan);
  if (!paper.teamDecisionNumber) return undefined;
  const by = decisionIssuer(plan);
  return [
    `Quyết định số ${paper.teamDecisionNumber}`,
    paper.teamDecisionDate ? formatOfficialDate(paper.teamDecisionDate) : undefined,
    by ? `của ${by}` : undefined,
    `về việc thành lập ${TEAM_NAME_FULL}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** "Quyết định số 20/QĐ-UBND ngày … phê duyệt Kế hoạch …", when the plan was approved by a decision. */
export function planDecisionReference(plan: PlanDetail): string | undefined {
  const paper = planPaper(plan.plan);
  if (!paper.decisionNumber) return undefined;
  return [`Quyết định số ${paper.decisionNumber}`, paper.decisionDate ? formatOfficialDate(paper.decisionDate) : undefined, 'phê duyệt Kế hoạch kiểm tra']
    .filter(Boolean)
    .join(' ');
}

/**
 * "Căn cứ" texts of the minutes: the plan's legal bases, the decision approving the plan (if
 * any), the plan itself and the decision setting up the team; without a plan, the Labour Code,
 * the Law on Children and Circular 09/2020.
 */
export function minutesLegalBases(plan: PlanDetail | undefined): string[] {
  const defaults = DEFAULT_LEGAL_BASES.filter((b) => b.verified)
    .slice(0, 3)
    .map((b) => b.text);
  if (!plan) return defaults;
  const bases = plan.plan.legalBases.length > 0 ? plan.plan.legalBases : defaults;
  return [...bases, planDecisionReference(plan), planReference(plan), teamDecisionReference(plan)].filter((b): b is string => !!b);
}

/** "05/BB-ĐKT" as given; a bare "5" becomes "05/BB-ĐKT". */
export function minutesNumber(number: string | undefined): string | undefined {
  const text = number?.normalize('NFC').trim();
  if (!text) return undefined;
  if (text.includes('/')) return text;
  return `${/^\d$/.test(text) ? `0${text}` : text}/${MINUTES_SYMBOL}`;
}

/** "Biên bản kiểm tra số 05/BB-ĐKT ngày 20 tháng 11 năm 2026" (number left blank if none). */
export function minutesReference(detail: InspectionDetail): string {
  const number = minutesNumber(detail.inspection.number) ?? `${BLANK}/${MINUTES_SYMBOL}`;
  return `Biên bản kiểm tra số ${number} ${formatOfficialDate(detail.inspection.inspectionDate)}`;
}

/** The agency above the joint team in the header: the plan's issuing agency, if it has one. */
export function teamParentAgency(plan: PlanDetail | undefined): string | undefined {
  if (!plan?.plan.issuingAgencyName) return undefined;
  const issuer = issuerName(plan);
  return issuer === DEFAULT_ISSUER ? undefined : issuer;
}

/** The "Kính gửi" addressee / the team's name in text: "Đoàn kiểm tra liên ngành của Sở Nội vụ". */
export function teamName(plan: PlanDetail | undefined): string {
  const parent = teamParentAgency(plan);
  return parent ? `${TEAM_NAME} của ${parent}` : TEAM_NAME;
}

// ---- violations ----------------------------------------------------------------------

export const violationType = (catalogue: Catalogue | undefined, code: string): ViolationType | undefined =>
  catalogue?.violationTypes.find((t) => t.code === code);

/**
 * The sanctioning provision in running text. A provision the catalogue marks unverified is
 * flagged in the app only: the paper prints the reference as the team accepted it.
 */
export function sanctionReference(violation: { legalReference: string }): string {
  return catalogueText(referenceInText(violation.legalReference || BLANK));
}

/**
 * Dotted lines to be filled in by hand, each a paragraph of its own. 32 ellipses (1 em each in
 * Times New Roman 14 pt, about 158 mm) fit the 165 mm text width on one line.
 */
export const dottedLines = (lines = 1): Block[] =>
  Array.from({ length: lines }, () => bodyParagraph('…'.repeat(32), { indent: false, align: 'left' }));
