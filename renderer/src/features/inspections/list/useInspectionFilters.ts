import { useSearchParams } from 'react-router';
import { INSPECTION_STATUSES, type InspectionStatus } from '../../../../../shared/schemas/inspection';

export interface InspectionFilters {
  status?: InspectionStatus;
  from?: string;
  to?: string;
}

/** The list's filters live in the URL, so coming back from a record finds the same list. */
export function useInspectionFilters() {
  const [params, setParams] = useSearchParams();
  const status = INSPECTION_STATUSES.find((s) => s === params.get('status'));
  const filters: InspectionFilters = { status, from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const update = (patch: Partial<InspectionFilters>) => {
    const next = { ...filters, ...patch };
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) if (value) out[key] = value;
    setParams(out, { replace: true });
  };
  return { filters, update, hasFilters: Boolean(status || filters.from || filters.to) };
}
