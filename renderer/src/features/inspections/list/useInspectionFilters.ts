import { useSearchParams } from 'react-router';
import { INSPECTION_LIST_STATUSES } from '../../../../../shared/schemas/inspection';

export type InspectionListStatus = (typeof INSPECTION_LIST_STATUSES)[number];

export interface InspectionFilters {
  status?: InspectionListStatus;
  province?: string;
  from?: string;
  to?: string;
  /** Words to find in the establishment's name, the plan's title or the minutes number. */
  q?: string;
}

/** The list's filters live in the URL, so coming back from a record finds the same list. */
export function useInspectionFilters() {
  const [params, setParams] = useSearchParams();
  const status = INSPECTION_LIST_STATUSES.find((s) => s === params.get('status'));
  const filters: InspectionFilters = {
    status,
    province: params.get('province') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const update = (patch: Partial<InspectionFilters>) => {
    const next = { ...filters, ...patch };
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) if (value) out[key] = value;
    setParams(out, { replace: true });
  };
  return { filters, update, hasFilters: Boolean(status || filters.province || filters.from || filters.to || filters.q) };
}
