/**
 * Risk priority of an establishment for a new inspection: a few explainable rules, each
 * adding points with the reason shown to the user. No weights learned from data.
 */
export interface RiskFacts {
  kind: string;
  sector?: string;
  workersUnder18?: number;
  craftVillageName?: string;
  /** Date of the most recent inspection, if any. */
  lastInspectionDate?: string;
  /** Inspections that found at least one violation. */
  inspectionsWithViolations: number;
  openCommitments: number;
  overdueCommitments: number;
}

export interface RiskReason {
  code: string;
  points: number;
  text: string;
}

const SECTORS_AT_RISK: Record<string, string> = {
  handicraft: 'tiểu thủ công nghiệp',
  agriculture: 'nông nghiệp',
  construction: 'xây dựng',
};

/** Whole months between two YYYY-MM-DD dates (b after a). */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  return (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0);
}

type Rule = (f: RiskFacts, today: string) => RiskReason | null;

const RULES: Rule[] = [
  (f) => (f.lastInspectionDate ? null : { code: 'never_inspected', points: 30, text: 'Chưa từng được kiểm tra' }),
  (f, today) => {
    if (!f.lastInspectionDate) return null;
    const months = monthsBetween(f.lastInspectionDate, today);
    if (months >= 24) return { code: 'inspected_long_ago', points: 20, text: `Lần kiểm tra gần nhất cách đây ${months} tháng` };
    if (months >= 12) return { code: 'inspected_long_ago', points: 10, text: `Lần kiểm tra gần nhất cách đây ${months} tháng` };
    return null;
  },
  (f) =>
    f.inspectionsWithViolations > 0
      ? { code: 'past_violations', points: Math.min(40, 20 * f.inspectionsWithViolations), text: `Đã bị phát hiện vi phạm trong ${f.inspectionsWithViolations} lần kiểm tra` }
      : null,
  (f) =>
    f.overdueCommitments > 0
      ? { code: 'overdue_commitments', points: 25, text: `Có ${f.overdueCommitments} cam kết đã quá hạn` }
      : f.openCommitments > 0
        ? { code: 'open_commitments', points: 10, text: `Có ${f.openCommitments} cam kết đang theo dõi` }
        : null,
  (f) =>
    f.workersUnder18 && f.workersUnder18 > 0
      ? { code: 'minors_reported', points: 20, text: `Có ${f.workersUnder18} lao động dưới 18 tuổi theo thông tin đăng ký` }
      : null,
  (f) => (f.craftVillageName ? { code: 'craft_village', points: 10, text: `Thuộc làng nghề «${f.craftVillageName}»` } : null),
  (f) => (f.kind === 'craft_village' ? { code: 'craft_village', points: 10, text: 'Là làng nghề' } : null),
  (f) => {
    const sector = f.sector ? SECTORS_AT_RISK[f.sector] : undefined;
    return sector ? { code: 'sector_at_risk', points: 10, text: `Lĩnh vực có nguy cơ sử dụng lao động trẻ em: ${sector}` } : null;
  },
];

export function riskPriority(facts: RiskFacts, today: string): { score: number; reasons: RiskReason[] } {
  const reasons = RULES.map((rule) => rule(facts, today)).filter((r): r is RiskReason => r !== null);
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}
