import { describe, expect, it } from 'vitest';
import { monthsBetween, riskPriority, type RiskFacts } from '../../shared/plans/risk-priority';

const base: RiskFacts = { kind: 'household_business', inspectionsWithViolations: 0, openCommitments: 0, overdueCommitments: 0 };
const codes = (f: Partial<RiskFacts>) => riskPriority({ ...base, ...f }, '2026-11-23').reasons.map((r) => `${r.code}:${r.points}`);

describe('riskPriority', () => {
  it('scores an establishment never inspected', () => {
    expect(codes({})).toEqual(['never_inspected:30']);
  });

  it('scores a long-ago inspection by how long ago, not a recent one', () => {
    expect(codes({ lastInspectionDate: '2026-06-01' })).toEqual([]);
    expect(codes({ lastInspectionDate: '2025-11-23' })).toEqual(['inspected_long_ago:10']);
    expect(codes({ lastInspectionDate: '2024-11-24' })).toEqual(['inspected_long_ago:10']);
    expect(codes({ lastInspectionDate: '2024-11-23' })).toEqual(['inspected_long_ago:20']);
  });

  it('adds past violations (capped), commitments (overdue first), minors, craft village and sector', () => {
    expect(codes({ lastInspectionDate: '2026-10-01', inspectionsWithViolations: 3, overdueCommitments: 1, openCommitments: 2, workersUnder18: 1, craftVillageName: 'X', sector: 'agriculture' })).toEqual([
      'past_violations:40', 'overdue_commitments:25', 'minors_reported:20', 'craft_village:10', 'sector_at_risk:10',
    ]);
    expect(codes({ lastInspectionDate: '2026-10-01', openCommitments: 2 })).toEqual(['open_commitments:10']);
    expect(codes({ lastInspectionDate: '2026-10-01', sector: 'services' })).toEqual([]);
  });

  it('sums the points into the score', () => {
    expect(riskPriority({ ...base, workersUnder18: 3, sector: 'handicraft' }, '2026-11-23').score).toBe(60);
  });

  it('counts whole months', () => {
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2026-01-15', '2026-02-15')).toBe(1);
  });
});
