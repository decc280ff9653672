import type { DateRange } from '../reports/period';
import { reportSectionLink, type ReportSectionKey } from '../reports/sections';
import { scopeParams, type ReportScope } from '../reports/useReportScope';

/** Where the dashboard's numbers lead: the records behind them. */
export function dashboardLinks(scope: ReportScope) {
  return {
    /** The inspections list counts the same records as the report: done inspections dated in the range. */
    inspections: (range: DateRange = scope.range) =>
      `/inspections?${new URLSearchParams({ from: range.from, to: range.to, status: 'done', ...(scope.provinceCode ? { province: scope.provinceCode } : {}) }).toString()}`,
    report: (section: ReportSectionKey) => reportSectionLink(scope, section),
    /** The commitments page narrowed to the items these figures count, judged on the same day. */
    commitments: (status: 'open' | 'fulfilled' | 'overdue' | 'breached') => {
      const params = scopeParams(scope, { withFilters: false });
      params.set('status', status);
      return `/commitments?${params.toString()}`;
    },
  };
}

export type DashboardLinks = ReturnType<typeof dashboardLinks>;
