import { scopeParams, type ReportScope } from './useReportScope';

/** The parts of the report page another page may link to. */
export const REPORT_SECTIONS = ['inspections', 'establishments', 'violations', 'minors', 'commitments', 'violators'] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number];

export const sectionElementId = (section: ReportSectionKey): string => `report-${section}`;

/** The report page on the same period and area, opened at one section. */
export function reportSectionLink(scope: ReportScope, section: ReportSectionKey): string {
  const params = scopeParams(scope, { withFilters: false });
  params.set('section', section);
  return `/reports?${params.toString()}`;
}
