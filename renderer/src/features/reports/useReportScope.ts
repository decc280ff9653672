import { useSearchParams } from 'react-router';
import type { CommandInput } from '../../../../shared/commands';
import { presetPeriod } from '../../../../shared/schemas/report';
import { DEFAULT_PRESET, LEGACY_PRESETS, PERIOD_PRESETS, currentYear, presetRange, type DateRange, type PeriodPreset } from './period';

export type ReportInput = CommandInput<'reports.periodic'>;

/** What a report or the dashboard counts over: a period, an area and (report page only) a plan or lead agency. */
export interface ReportScope {
  preset: PeriodPreset;
  year: number;
  range: DateRange;
  provinceCode?: string;
  communeCodes: string[];
  planId?: string;
  leadAgencyId?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(params: URLSearchParams): ReportScope {
  const period = params.get('period');
  const preset = PERIOD_PRESETS.find((p) => p === period) ?? (period ? LEGACY_PRESETS[period] : undefined) ?? DEFAULT_PRESET;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : currentYear();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const customValid = preset === 'custom' && ISO_DATE.test(from) && ISO_DATE.test(to) && from <= to;
  return {
    preset,
    year,
    range: customValid ? { from, to } : presetRange(preset, year),
    provinceCode: params.get('province') || undefined,
    communeCodes: (params.get('communes') ?? '').split(',').filter(Boolean),
    planId: params.get('plan') || undefined,
    leadAgencyId: params.get('agency') || undefined,
  };
}

/** The scope as URL parameters: only what differs from a preset is written. */
export function scopeParams(scope: ReportScope, { withFilters = true } = {}): URLSearchParams {
  const out = new URLSearchParams({ period: scope.preset, year: String(scope.year) });
  if (scope.preset === 'custom') {
    out.set('from', scope.range.from);
    out.set('to', scope.range.to);
  }
  if (scope.provinceCode) out.set('province', scope.provinceCode);
  if (scope.communeCodes.length > 0) out.set('communes', scope.communeCodes.join(','));
  if (withFilters && scope.planId) out.set('plan', scope.planId);
  if (withFilters && scope.leadAgencyId) out.set('agency', scope.leadAgencyId);
  return out;
}

/**
 * The scope lives in the URL, so the dashboard and the report page share it, a click-through
 * keeps it, and coming back finds the same figures.
 */
export function useReportScope({ withFilters = true } = {}) {
  const [params, setParams] = useSearchParams();
  const scope = parse(params);

  const update = (patch: Partial<ReportScope>) => {
    const next = { ...scope, ...patch };
    if ((patch.preset && patch.preset !== 'custom') || patch.year !== undefined) next.range = presetRange(next.preset, next.year);
    setParams(scopeParams(next, { withFilters }), { replace: true });
  };

  // The label goes into exported official documents, which are always in Vietnamese (the preset's own).
  const input: ReportInput = {
    period: { ...scope.range, preset: scope.preset, label: presetPeriod(scope.preset, scope.year)?.label },
    area: { provinceCode: scope.provinceCode, communeCodes: scope.communeCodes },
    filters: withFilters ? { planId: scope.planId, leadAgencyId: scope.leadAgencyId } : {},
  };

  return { scope, input, update };
}
