/**
 * Which minors found working get a follow-up case, and at which risk (issue 11): every child
 * under 16, and each 15–17-year-old in forbidden work or forbidden hours. The facts are those the
 * inspector recorded; the hour limits are the suggestion rules' own (suggest-violations.ts).
 *
 * - emergency (12 hours, Decree 56/2017): a forbidden job or workplace (Art. 147 BLLĐ), forbidden
 *   night work, under 13 in other work than art or sport (Art. 145.3), a suspicion of trafficking;
 * - high: hours over the limit, forbidden overtime, 13–14 outside the light-work list, out of school;
 * - normal: the other children.
 */
import type { Catalogue } from '../../../shared/catalogue/schema';
import { suggestViolations, type Schooling } from '../../../shared/minors/suggest-violations';
import type { EstablishmentKind } from '../../../shared/schemas/establishment';
import type { CaseRiskLevel } from '../../../shared/schemas/follow-up';

export interface CaseFacts {
  ageAtInspection: number;
  hoursPerDay: number | null;
  hoursPerWeek: number | null;
  nightWork: boolean | null;
  overtime: boolean | null;
  jobInLightWorkList: boolean | null;
  jobInOvertimeNightList: boolean | null;
  hazardousJob: boolean | null;
  hazardousWorkplace: boolean | null;
  artSportWork: boolean | null;
  schooling: string | null;
}

export interface CaseAssessment {
  opens: boolean;
  level: CaseRiskLevel;
  reasons: string[];
}

const HOURS_CODE = 'LDCTN-04';
export const TRAFFICKING_REASON = 'Nghi vấn bị mua bán, bóc lột';

const has = (v: boolean | null): v is true => v === true;

export function assessMinor(m: CaseFacts, kind: EstablishmentKind, catalogue: Catalogue, traffickingSuspected = false): CaseAssessment {
  const age = m.ageAtInspection;
  const codes = new Set(
    suggestViolations(
      {
        age,
        ...(m.hoursPerDay !== null ? { hoursPerDay: m.hoursPerDay } : {}),
        ...(m.hoursPerWeek !== null ? { hoursPerWeek: m.hoursPerWeek } : {}),
      },
      kind,
      catalogue,
    ).map((s) => s.code),
  );
  // 15–17: night work and overtime are allowed only in the trades of Phụ lục V (Circular 09/2020).
  const permittedTrade = age >= 15 && m.jobInOvertimeNightList === true;
  const forbiddenNight = has(m.nightWork) && !permittedTrade;
  const forbiddenOvertime = has(m.overtime) && !permittedTrade;
  const hoursOver = codes.has(HOURS_CODE);

  const emergency: string[] = [];
  if (has(m.hazardousJob)) emergency.push('Làm công việc nặng nhọc, độc hại, nguy hiểm bị cấm (Khoản 1 Điều 147 Bộ luật Lao động năm 2019)');
  if (has(m.hazardousWorkplace)) emergency.push('Làm việc tại nơi làm việc bị cấm sử dụng người chưa thành niên (Khoản 2 Điều 147 Bộ luật Lao động năm 2019)');
  if (forbiddenNight) emergency.push('Làm việc vào ban đêm');
  if (age < 13 && m.artSportWork !== true) emergency.push('Chưa đủ 13 tuổi, làm công việc không phải nghệ thuật, thể dục, thể thao (Khoản 3 Điều 145 Bộ luật Lao động năm 2019)');
  if (traffickingSuspected) emergency.push(TRAFFICKING_REASON);

  const high: string[] = [];
  if (hoursOver) high.push('Làm việc quá số giờ cho phép (Điều 146 Bộ luật Lao động năm 2019)');
  if (forbiddenOvertime) high.push('Làm thêm giờ');
  if (age >= 13 && age < 15 && m.jobInLightWorkList === false) high.push('Làm công việc không thuộc danh mục công việc nhẹ (Phụ lục II Thông tư số 09/2020/TT-BLĐTBXH)');
  const schooling = m.schooling as Schooling | null;
  if (schooling === 'dropped_out') high.push('Đã bỏ học');
  if (schooling === 'never') high.push('Chưa từng đi học');

  const forbidden15to17 = has(m.hazardousJob) || has(m.hazardousWorkplace) || forbiddenNight || forbiddenOvertime || hoursOver;
  const opens = age < 16 || (age < 18 && (forbidden15to17 || traffickingSuspected));
  const level: CaseRiskLevel = emergency.length > 0 ? 'emergency' : high.length > 0 ? 'high' : 'normal';
  const reasons = [...emergency, ...high];
  if (reasons.length === 0) reasons.push(`Trẻ em ${age} tuổi làm việc`);
  return { opens, level, reasons };
}
