import { useSearchParams } from 'react-router';
import { PLAN_STATUSES, type PlanStatus } from '../../../../shared/schemas/plan';

export interface PlanListFilters {
  query: string;
  status?: PlanStatus;
  includeDeleted: boolean;
}

/** The plan list's filters live in the URL, so coming back from a plan finds the same list. */
export function usePlanListFilters() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filters: PlanListFilters = {
    query: params.get('q') ?? '',
    status: PLAN_STATUSES.find((s) => s === status),
    includeDeleted: params.get('deleted') === '1',
  };
  const update = (patch: Partial<PlanListFilters>) => {
    const next = { ...filters, ...patch };
    const out: Record<string, string> = {};
    if (next.query) out.q = next.query;
    if (next.status) out.status = next.status;
    if (next.includeDeleted) out.deleted = '1';
    setParams(out, { replace: true });
  };
  return { filters, update, hasFilters: Boolean(filters.query || filters.status) };
}
