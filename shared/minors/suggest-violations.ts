import type { Catalogue } from '../catalogue/schema';
import type { EstablishmentKind } from '../schemas/establishment';
import { ageBand, type MinorAgeBand } from './age';

/**
 * Suggested violations for one minor found working, from the facts the inspector recorded.
 * Suggestions only: the inspector confirms each one. A fact left undefined ("not checked")
 * never triggers a rule; only an explicit true/false or a number does.
 */

export type Schooling = 'in_school' | 'dropped_out' | 'never' | 'unknown';

export interface MinorFacts {
  /** Completed years on the day of the violation (see ageAt). */
  age: number;
  ageEstimated?: boolean;
  hoursPerDay?: number;
  hoursPerWeek?: number;
  nightWork?: boolean;
  overtime?: boolean;
  guardianConsent?: boolean;
  writtenContract?: boolean;
  healthCertificate?: boolean;
  inRegister?: boolean;
  /** 13 – < 15: the job is on the light-work list (Circular 09/2020, Phụ lục II). */
  jobInLightWorkList?: boolean;
  /** 15 – < 18: the job is on the list allowing overtime / night work (Circular 09/2020, Phụ lục V). */
  jobInOvertimeNightList?: boolean;
  /** Forbidden job: Labour Code art. 147.1 or Circular 09/2020, Phụ lục III. */
  hazardousJob?: boolean;
  /** Forbidden workplace: Labour Code art. 147.2 or Phụ lục IV (karaoke, bar, casino, building site…). */
  hazardousWorkplace?: boolean;
  /** Under 13: art, physical training or sport work (Labour Code art. 145.3). */
  artSportWork?: boolean;
  /** Under 13: consent of the provincial labour authority. */
  provincialConsent?: boolean;
  /** Recorded for the minutes and referrals; no Art. 29 point is triggered by schooling alone. */
  schooling?: Schooling;
}

export interface Suggestion {
  code: string;
  reason: string;
  legalReference: string;
  /** Copied from the catalogue: false means the legal reference still needs checking. */
  verified: boolean;
}

interface RuleInput {
  facts: MinorFacts;
  band: MinorAgeBand;
  /**
   * "Cơ sở sử dụng người 14 tuổi" (or "… (tuổi ước tính)"): a reason states what was found at
   * this establishment, never a general rule ("Người 14 tuổi không được…" reads as one).
   */
  who: string;
  establishmentKind: EstablishmentKind;
}

interface Rule {
  code: string;
  bands: readonly MinorAgeBand[];
  /** A Vietnamese reason when the rule applies, otherwise undefined. */
  check: (input: RuleInput) => string | undefined;
}

const TT09 = 'Thông tư 09/2020/TT-BLĐTBXH';
const UNDER_15: readonly MinorAgeBand[] = ['under13', '13to15'];
const ALL: readonly MinorAgeBand[] = ['under13', '13to15', '15to18'];

const HOUR_LIMITS: Record<MinorAgeBand, { perDay: number; perWeek: number; clause: string }> = {
  under13: { perDay: 4, perWeek: 20, clause: 'Khoản 1 Điều 146 BLLĐ' },
  '13to15': { perDay: 4, perWeek: 20, clause: 'Khoản 1 Điều 146 BLLĐ' },
  '15to18': { perDay: 8, perWeek: 40, clause: 'Khoản 2 Điều 146 BLLĐ' },
};

const hours = (n: number): string => String(n).replace('.', ',');
const exceeds = (value: number | undefined, limit: number): value is number =>
  value !== undefined && Number.isFinite(value) && value > limit;

function notInRegister({ facts, who }: RuleInput): string | undefined {
  if (facts.inRegister !== false) return undefined;
  return `${who} chưa được ghi tên vào sổ theo dõi riêng lao động chưa thành niên (Khoản 3 Điều 144 BLLĐ)`;
}

function noGuardianConsent({ facts, who }: RuleInput): string | undefined {
  if (facts.guardianConsent !== false) return undefined;
  return `${who} làm việc khi chưa có sự đồng ý của cha, mẹ hoặc người giám hộ (Khoản 3 Điều 144 BLLĐ)`;
}

function noWrittenContractUnder15({ facts, who }: RuleInput): string | undefined {
  if (facts.writtenContract !== false) return undefined;
  return `${who} làm việc không có hợp đồng lao động bằng văn bản giao kết với người chưa đủ 15 tuổi và người đại diện theo pháp luật (Điểm a Khoản 1 Điều 145 BLLĐ)`;
}

function noHealthCertificateUnder15({ facts, who }: RuleInput): string | undefined {
  if (facts.healthCertificate !== false) return undefined;
  return `${who} không có giấy khám sức khỏe xác nhận sức khỏe phù hợp với công việc (Điểm c Khoản 1 Điều 145 BLLĐ)`;
}

function hoursOverLimit({ facts, band, who }: RuleInput): string | undefined {
  const limit = HOUR_LIMITS[band];
  const worked: string[] = [];
  const allowed: string[] = [];
  if (exceeds(facts.hoursPerDay, limit.perDay)) {
    worked.push(`${hours(facts.hoursPerDay)} giờ/ngày`);
    allowed.push(`${limit.perDay} giờ/ngày`);
  }
  if (exceeds(facts.hoursPerWeek, limit.perWeek)) {
    worked.push(`${hours(facts.hoursPerWeek)} giờ/tuần`);
    allowed.push(`${limit.perWeek} giờ/tuần`);
  }
  if (worked.length === 0) return undefined;
  return `${who} làm việc ${worked.join(' và ')}, vượt quá ${allowed.join(' và ')} (${limit.clause})`;
}

function overtimeOrNightWork(facts: MinorFacts): string | undefined {
  const acts = [facts.overtime === true && 'làm thêm giờ', facts.nightWork === true && 'làm việc vào ban đêm'].filter(Boolean);
  return acts.length > 0 ? acts.join(' và ') : undefined;
}

function overtimeOrNightUnder15({ facts, who }: RuleInput): string | undefined {
  const acts = overtimeOrNightWork(facts);
  if (!acts) return undefined;
  return `${who} ${acts} (Khoản 1 Điều 146 BLLĐ: không sử dụng người chưa đủ 15 tuổi làm thêm giờ, làm việc vào ban đêm)`;
}

function overtimeOrNightNotPermitted({ facts, who }: RuleInput): string | undefined {
  const acts = overtimeOrNightWork(facts);
  if (!acts || facts.jobInOvertimeNightList !== false) return undefined;
  return `${who} ${acts} trong nghề, công việc không thuộc Phụ lục V ${TT09} (Khoản 2 Điều 146 BLLĐ)`;
}

function outsideLightWorkList({ facts, who }: RuleInput): string | undefined {
  if (facts.jobInLightWorkList !== false) return undefined;
  return `${who} làm công việc không thuộc danh mục công việc nhẹ (Khoản 3 Điều 143 BLLĐ; Phụ lục II ${TT09})`;
}

// legal-reference §4.4 note: a 13–<15 child in an art. 147 job or place falls under k3 a, not k3 c.
function forbiddenJobUnder15({ facts, who }: RuleInput): string | undefined {
  if (facts.hazardousJob !== true) return undefined;
  return `${who} làm công việc bị cấm đối với người từ đủ 15 tuổi đến chưa đủ 18 tuổi, không thuộc danh mục công việc nhẹ (Khoản 3 Điều 143, Khoản 1 Điều 147 BLLĐ)`;
}

function forbiddenWorkplaceUnder15({ facts, who }: RuleInput): string | undefined {
  if (facts.hazardousWorkplace !== true) return undefined;
  return `${who} làm việc tại nơi làm việc bị cấm đối với người từ đủ 15 tuổi đến chưa đủ 18 tuổi (Khoản 2 Điều 147 BLLĐ; Điều 3 ${TT09})`;
}

function notArtOrSport({ facts, who }: RuleInput): string | undefined {
  if (facts.artSportWork !== false) return undefined;
  return `${who} làm công việc không phải nghệ thuật, thể dục, thể thao (Khoản 3 Điều 145 BLLĐ)`;
}

// A job forbidden even at 15–<18 cannot be permitted art or sport work for an under-13. Only used
// when artSportWork was not recorded: when it is false, notArtOrSport already gives the reason.
function forbiddenJobUnder13({ facts, who }: RuleInput): string | undefined {
  if (facts.hazardousJob !== true || facts.artSportWork !== undefined) return undefined;
  return `${who} làm công việc bị cấm đối với người từ đủ 15 tuổi đến chưa đủ 18 tuổi, không phải công việc nghệ thuật, thể dục, thể thao (Khoản 3 Điều 145, Khoản 1 Điều 147 BLLĐ)`;
}

function noProvincialConsent({ facts, who }: RuleInput): string | undefined {
  if (facts.artSportWork !== true || facts.provincialConsent !== false) return undefined;
  return `${who} làm công việc nghệ thuật, thể dục, thể thao khi chưa có sự đồng ý của cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh (Khoản 3 Điều 145 BLLĐ)`;
}

function forbiddenJob15to18({ facts, who }: RuleInput): string | undefined {
  if (facts.hazardousJob !== true) return undefined;
  return `${who} làm công việc bị cấm đối với người từ đủ 15 tuổi đến chưa đủ 18 tuổi (Khoản 1 Điều 147 BLLĐ; Phụ lục III ${TT09})`;
}

function forbiddenWorkplace15to18({ facts, who }: RuleInput): string | undefined {
  if (facts.hazardousWorkplace !== true) return undefined;
  return `${who} làm việc tại nơi làm việc bị cấm đối với người từ đủ 15 tuổi đến chưa đủ 18 tuổi (Khoản 2 Điều 147 BLLĐ; Phụ lục IV ${TT09})`;
}

// Signing a contract while the parent/guardian has not consented means no written consent either.
function contractWithoutRepresentativeConsent({ facts, who }: RuleInput): string | undefined {
  if (facts.writtenContract !== true || facts.guardianConsent !== false) return undefined;
  return `${who} đã giao kết hợp đồng lao động khi chưa có sự đồng ý bằng văn bản của người đại diện theo pháp luật (Điểm b Khoản 4 Điều 18 BLLĐ)`;
}

/** Rule table: which fact, for which age band, suggests which catalogue code. */
export const RULES: readonly Rule[] = [
  { code: 'LDCTN-01', bands: ALL, check: notInRegister },
  { code: 'LDCTN-02', bands: ALL, check: noGuardianConsent },
  { code: 'LDCTN-03a', bands: UNDER_15, check: noWrittenContractUnder15 },
  { code: 'LDCTN-03c', bands: UNDER_15, check: noHealthCertificateUnder15 },
  { code: 'LDCTN-04', bands: ALL, check: hoursOverLimit },
  { code: 'LDCTN-05', bands: UNDER_15, check: overtimeOrNightUnder15 },
  { code: 'LDCTN-06', bands: ['15to18'], check: overtimeOrNightNotPermitted },
  { code: 'LDCTN-07', bands: ['13to15'], check: outsideLightWorkList },
  { code: 'LDCTN-07', bands: ['13to15'], check: forbiddenJobUnder15 },
  { code: 'LDCTN-07', bands: ['13to15'], check: forbiddenWorkplaceUnder15 },
  { code: 'LDCTN-08a', bands: ['under13'], check: notArtOrSport },
  { code: 'LDCTN-08a', bands: ['under13'], check: forbiddenJobUnder13 },
  { code: 'LDCTN-08b', bands: ['under13'], check: noProvincialConsent },
  { code: 'LDCTN-09a', bands: ['15to18'], check: forbiddenJob15to18 },
  { code: 'LDCTN-09b', bands: ['15to18'], check: forbiddenWorkplace15to18 },
  { code: 'HDLD-15-18', bands: ['15to18'], check: contractWithoutRepresentativeConsent },
];

/**
 * One suggestion per catalogue code, in catalogue order; several reasons for the same code are
 * joined. Codes absent from the given catalogue (e.g. dropped by a newer decree) are not suggested.
 * `establishmentKind` does not change which act was committed under Art. 29; it is passed to the
 * rules for successor catalogues and only changes the fine (see fines.ts).
 */
export function suggestViolations(facts: MinorFacts, establishmentKind: EstablishmentKind, catalogue: Catalogue): Suggestion[] {
  const band = ageBand(facts.age);
  if (band === 'adult') return [];
  const who = `Cơ sở sử dụng người ${facts.age} tuổi${facts.ageEstimated ? ' (tuổi ước tính)' : ''}`;
  const input: RuleInput = { facts, band, who, establishmentKind };

  const reasons = new Map<string, string[]>();
  for (const rule of RULES) {
    if (!rule.bands.includes(band)) continue;
    const reason = rule.check(input);
    if (reason) reasons.set(rule.code, [...(reasons.get(rule.code) ?? []), reason]);
  }

  return catalogue.violationTypes
    .filter((type) => reasons.has(type.code))
    .map((type) => ({
      code: type.code,
      reason: reasons.get(type.code)!.join('. '),
      legalReference: type.legalReference,
      verified: type.verified,
    }));
}

export interface MinorAlert {
  code: string;
  /** The fact that triggers the suggestion, without the person: "Làm việc 6 giờ/ngày, vượt quá 4 giờ/ngày (Khoản 1 Điều 146 BLLĐ)". */
  text: string;
}

/**
 * The facts recorded for one minor that trigger a suggested violation, one line each, for the
 * minors' "Cảnh báo" column (the person is the row itself, so the line starts with the fact).
 * Same rules and catalogue as `suggestViolations`.
 */
export function minorAlerts(facts: MinorFacts, establishmentKind: EstablishmentKind, catalogue: Catalogue): MinorAlert[] {
  const band = ageBand(facts.age);
  if (band === 'adult') return [];
  const known = new Set(catalogue.violationTypes.map((t) => t.code));
  const input: RuleInput = { facts, band, who: '', establishmentKind };
  const alerts: MinorAlert[] = [];
  for (const rule of RULES) {
    if (!rule.bands.includes(band) || !known.has(rule.code)) continue;
    const reason = rule.check(input)?.trim();
    if (reason) alerts.push({ code: rule.code, text: reason.charAt(0).toLocaleUpperCase('vi') + reason.slice(1) });
  }
  return alerts;
}
