import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/default-catalogue';
import type { Catalogue } from '../../shared/catalogue/schema';
import { type MinorFacts, suggestViolations } from '../../shared/minors/suggest-violations';

const suggest = (facts: MinorFacts, catalogue: Catalogue = DEFAULT_CATALOGUE) => suggestViolations(facts, 'household_business', catalogue);
const codes = (facts: MinorFacts) => suggest(facts).map((s) => s.code);

describe('suggestViolations', () => {
  describe('nothing recorded → nothing suggested', () => {
    it.each([5, 12, 13, 14, 15, 16, 17])('age %i with only the age', (age) => {
      expect(suggest({ age })).toEqual([]);
    });

    it('explicitly compliant facts suggest nothing', () => {
      expect(
        suggest({
          age: 14,
          hoursPerDay: 4,
          hoursPerWeek: 20,
          nightWork: false,
          overtime: false,
          guardianConsent: true,
          writtenContract: true,
          healthCertificate: true,
          inRegister: true,
          jobInLightWorkList: true,
          hazardousJob: false,
          hazardousWorkplace: false,
          schooling: 'in_school',
        }),
      ).toEqual([]);
    });

    it('adults are out of scope whatever the facts', () => {
      expect(suggest({ age: 18, hoursPerDay: 12, nightWork: true, hazardousWorkplace: true, inRegister: false })).toEqual([]);
    });
  });

  describe('working hours (Điều 146 BLLĐ → LDCTN-04)', () => {
    it('14 years, 6 h/day → LDCTN-04 with the limit in the reason', () => {
      expect(suggest({ age: 14, hoursPerDay: 6 })).toEqual([
        {
          code: 'LDCTN-04',
          reason: 'Cơ sở sử dụng người 14 tuổi làm việc 6 giờ/ngày, vượt quá 4 giờ/ngày (Khoản 1 Điều 146 BLLĐ)',
          legalReference: 'Điểm c Khoản 2 Điều 29 Nghị định 12/2022/NĐ-CP',
          verified: true,
        },
      ]);
    });

    it('14 years, exactly 4 h/day and 20 h/week → none', () => {
      expect(codes({ age: 14, hoursPerDay: 4, hoursPerWeek: 20 })).toEqual([]);
    });

    it('12 years, 21 h/week → LDCTN-04 (same limit below 13)', () => {
      expect(suggest({ age: 12, hoursPerWeek: 21 })[0]?.reason).toBe(
        'Cơ sở sử dụng người 12 tuổi làm việc 21 giờ/tuần, vượt quá 20 giờ/tuần (Khoản 1 Điều 146 BLLĐ)',
      );
    });

    it('both daily and weekly limits exceeded → one suggestion naming both', () => {
      const result = suggest({ age: 13, hoursPerDay: 4.5, hoursPerWeek: 27 });
      expect(result).toHaveLength(1);
      expect(result[0]!.reason).toBe('Cơ sở sử dụng người 13 tuổi làm việc 4,5 giờ/ngày và 27 giờ/tuần, vượt quá 4 giờ/ngày và 20 giờ/tuần (Khoản 1 Điều 146 BLLĐ)');
    });

    it('16 years, 8 h/day and 40 h/week → none; 9 h/day → LDCTN-04; 41 h/week → LDCTN-04', () => {
      expect(codes({ age: 16, hoursPerDay: 8, hoursPerWeek: 40 })).toEqual([]);
      expect(suggest({ age: 16, hoursPerDay: 9 })[0]).toMatchObject({
        code: 'LDCTN-04',
        reason: 'Cơ sở sử dụng người 16 tuổi làm việc 9 giờ/ngày, vượt quá 8 giờ/ngày (Khoản 2 Điều 146 BLLĐ)',
      });
      expect(codes({ age: 17, hoursPerWeek: 41 })).toEqual(['LDCTN-04']);
    });

    it('15 years uses the 15–18 limit, not the under-15 one', () => {
      expect(codes({ age: 15, hoursPerDay: 6 })).toEqual([]);
      expect(codes({ age: 14, hoursPerDay: 6 })).toEqual(['LDCTN-04']);
    });
  });

  describe('overtime and night work', () => {
    it('14 years at night → LDCTN-05', () => {
      expect(suggest({ age: 14, nightWork: true })).toEqual([
        expect.objectContaining({
          code: 'LDCTN-05',
          legalReference: 'Điểm d Khoản 2 Điều 29 Nghị định 12/2022/NĐ-CP',
          reason: expect.stringContaining('làm việc vào ban đêm'),
        }),
      ]);
    });

    it('12 years overtime → LDCTN-05; no night work and no overtime → none', () => {
      expect(codes({ age: 12, overtime: true })).toEqual(['LDCTN-05']);
      expect(codes({ age: 14, overtime: false, nightWork: false })).toEqual([]);
    });

    it('16 years at night: LDCTN-06 only when the trade is not on Phụ lục V', () => {
      expect(codes({ age: 16, nightWork: true })).toEqual([]);
      expect(codes({ age: 16, nightWork: true, jobInOvertimeNightList: true })).toEqual([]);
      expect(codes({ age: 16, nightWork: true, jobInOvertimeNightList: false })).toEqual(['LDCTN-06']);
      expect(codes({ age: 17, overtime: true, jobInOvertimeNightList: false })).toEqual(['LDCTN-06']);
      expect(codes({ age: 16, overtime: false, nightWork: false, jobInOvertimeNightList: false })).toEqual([]);
    });

    it('15 years at night is not the under-15 code', () => {
      expect(codes({ age: 15, nightWork: true, jobInOvertimeNightList: false })).toEqual(['LDCTN-06']);
    });
  });

  describe('forbidden work and workplaces', () => {
    it('16 years serving in a karaoke room → LDCTN-09b', () => {
      expect(suggest({ age: 16, hazardousWorkplace: true })).toEqual([
        expect.objectContaining({ code: 'LDCTN-09b', legalReference: 'Điểm c Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP' }),
      ]);
    });

    it('17 years in a forbidden job → LDCTN-09a; not hazardous → none', () => {
      expect(codes({ age: 17, hazardousJob: true })).toEqual(['LDCTN-09a']);
      expect(codes({ age: 17, hazardousJob: false, hazardousWorkplace: false })).toEqual([]);
    });

    it('18 years at a karaoke → none (adult)', () => {
      expect(codes({ age: 18, hazardousWorkplace: true })).toEqual([]);
    });

    it('14 years outside the light-work list → LDCTN-07; on the list → none', () => {
      expect(codes({ age: 14, jobInLightWorkList: false })).toEqual(['LDCTN-07']);
      expect(codes({ age: 13, jobInLightWorkList: true })).toEqual([]);
    });

    it('14 years at a karaoke → LDCTN-07 (k3 a), not LDCTN-09b (worded for 15–18)', () => {
      expect(codes({ age: 14, hazardousWorkplace: true })).toEqual(['LDCTN-07']);
    });

    it('several reasons for the same code are merged into one suggestion', () => {
      const result = suggest({ age: 14, jobInLightWorkList: false, hazardousJob: true });
      expect(result).toHaveLength(1);
      expect(result[0]!.reason.split('. ')).toHaveLength(2);
    });

    it('the light-work fact does not apply outside 13–<15', () => {
      expect(codes({ age: 12, jobInLightWorkList: false })).toEqual([]);
      expect(codes({ age: 15, jobInLightWorkList: false })).toEqual([]);
    });
  });

  describe('under 13 (Khoản 3 Điều 145 BLLĐ)', () => {
    it('12 years, not art/sport → LDCTN-08a', () => {
      expect(suggest({ age: 12, artSportWork: false })).toEqual([
        expect.objectContaining({ code: 'LDCTN-08a', legalReference: 'Điểm b Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP' }),
      ]);
    });

    it('12 years, art/sport without provincial consent → LDCTN-08b; with consent → none', () => {
      expect(codes({ age: 12, artSportWork: true, provincialConsent: false })).toEqual(['LDCTN-08b']);
      expect(codes({ age: 12, artSportWork: true, provincialConsent: true })).toEqual([]);
    });

    it('missing provincial consent alone does not say which point applies', () => {
      expect(codes({ age: 10, provincialConsent: false })).toEqual([]);
    });

    it('12 years in a forbidden job with art/sport unrecorded → LDCTN-08a', () => {
      expect(codes({ age: 12, hazardousJob: true })).toEqual(['LDCTN-08a']);
    });

    it('13 years, not art/sport → the under-13 rule no longer applies', () => {
      expect(codes({ age: 13, artSportWork: false })).toEqual([]);
    });
  });

  describe('consent, contract, health certificate, register', () => {
    it('no guardian consent → LDCTN-02 for every minor band', () => {
      for (const age of [8, 14, 17]) expect(codes({ age, guardianConsent: false })).toEqual(['LDCTN-02']);
    });

    it('16 years with a contract but no guardian consent → LDCTN-02 and HDLD-15-18 (unverified)', () => {
      const result = suggest({ age: 16, guardianConsent: false, writtenContract: true });
      expect(result.map((s) => s.code)).toEqual(['LDCTN-02', 'HDLD-15-18']);
      expect(result[1]!.verified).toBe(false);
    });

    it('14 years without a written contract → LDCTN-03a; 16 years → no under-15 code', () => {
      expect(codes({ age: 14, writtenContract: false })).toEqual(['LDCTN-03a']);
      expect(codes({ age: 16, writtenContract: false })).toEqual([]);
    });

    it('14 years without health certificate → LDCTN-03c; 15 years → none', () => {
      expect(codes({ age: 14, healthCertificate: false })).toEqual(['LDCTN-03c']);
      expect(codes({ age: 15, healthCertificate: false })).toEqual([]);
    });

    it('not in the separate register → LDCTN-01 at any minor age', () => {
      expect(codes({ age: 17, inRegister: false })).toEqual(['LDCTN-01']);
      expect(codes({ age: 9, inRegister: false })).toEqual(['LDCTN-01']);
      expect(codes({ age: 9, inRegister: true })).toEqual([]);
    });

    it('schooling alone triggers nothing', () => {
      expect(codes({ age: 14, schooling: 'dropped_out' })).toEqual([]);
      expect(codes({ age: 12, schooling: 'never' })).toEqual([]);
    });
  });

  it('an estimated age still triggers, and the reason says so', () => {
    expect(suggest({ age: 14, ageEstimated: true, hoursPerDay: 6 })[0]?.reason).toBe(
      'Cơ sở sử dụng người 14 tuổi (tuổi ước tính) làm việc 6 giờ/ngày, vượt quá 4 giờ/ngày (Khoản 1 Điều 146 BLLĐ)',
    );
  });

  it('returns suggestions in catalogue order', () => {
    expect(codes({ age: 14, hoursPerDay: 7, nightWork: true, inRegister: false, guardianConsent: false, jobInLightWorkList: false })).toEqual([
      'LDCTN-01', 'LDCTN-02', 'LDCTN-04', 'LDCTN-05', 'LDCTN-07',
    ]);
  });

  it('uses the given catalogue: codes it lacks are not suggested, its references are used', () => {
    const next = structuredClone(DEFAULT_CATALOGUE);
    next.violationTypes = next.violationTypes
      .filter((t) => t.code !== 'LDCTN-05')
      .map((t) => (t.code === 'LDCTN-04' ? { ...t, legalReference: 'Điểm c Khoản 2 Điều 27 Nghị định mới' } : t));
    const result = suggest({ age: 14, hoursPerDay: 6, nightWork: true }, next);
    expect(result).toEqual([expect.objectContaining({ code: 'LDCTN-04', legalReference: 'Điểm c Khoản 2 Điều 27 Nghị định mới' })]);
  });

  it('refuses an invalid age', () => {
    expect(() => suggest({ age: -1 })).toThrow(RangeError);
    expect(() => suggest({ age: 14.5 })).toThrow(RangeError);
  });
});
