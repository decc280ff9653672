import { useSearchParams } from 'react-router';
import { ESTABLISHMENT_KINDS, type EstablishmentKind } from '../../../../shared/schemas/establishment';

export interface ListFilters {
  query: string;
  kind?: EstablishmentKind;
  provinceCode?: string;
  communeCode?: string;
  includeDeleted: boolean;
  page: number;
}

function parse(params: URLSearchParams): ListFilters {
  const kind = params.get('kind');
  return {
    query: params.get('q') ?? '',
    kind: ESTABLISHMENT_KINDS.find((k) => k === kind),
    provinceCode: params.get('province') ?? undefined,
    communeCode: params.get('commune') ?? undefined,
    includeDeleted: params.get('deleted') === '1',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

function serialise(f: ListFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.query) out.q = f.query;
  if (f.kind) out.kind = f.kind;
  if (f.provinceCode) out.province = f.provinceCode;
  if (f.communeCode) out.commune = f.communeCode;
  if (f.includeDeleted) out.deleted = '1';
  if (f.page > 1) out.page = String(f.page);
  return out;
}

/** The list's filters live in the URL, so coming back from a detail page finds the same list. */
export function useListFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parse(params);
  // Any change but paging itself goes back to the first page.
  const update = (patch: Partial<ListFilters>) => setParams(serialise({ ...filters, page: 1, ...patch }), { replace: true });
  const hasFilters = Boolean(filters.query || filters.kind || filters.provinceCode || filters.communeCode);
  return { filters, update, hasFilters };
}
