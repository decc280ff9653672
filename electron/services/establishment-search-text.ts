import { foldVietnamese } from '../../shared/text/fold';

export interface SearchFacets {
  deleted?: boolean;
  kind?: string;
  provinceCode?: string;
  communeCode?: string;
  parentId?: string;
}

const DELETED = 'statedeleted';

/** One alphanumeric token per filter value; the tokenizer would split on '-' or '_'. */
function facetTokens(f: SearchFacets): string[] {
  const token = (prefix: string, value: string | undefined) => (value ? `${prefix}${value.replace(/[^0-9A-Za-z]/g, '')}` : null);
  return [
    // Only deleted rows carry a state token: a token on every row would make every search walk it.
    f.deleted ? DELETED : null,
    token('kind', f.kind),
    token('prov', f.provinceCode),
    token('comm', f.communeCode),
    token('parent', f.parentId),
  ].filter((t): t is string => t !== null);
}

/** What the FTS row holds: folded name (weighted high), the other searchable facts, and filter tokens. */
export function establishmentSearchText(
  e: {
    name: string;
    trade?: string | null;
    address?: string | null;
    taxCode?: string | null;
    businessRegNo?: string | null;
    legalRepName?: string | null;
    communeName?: string | null;
  } & Omit<SearchFacets, 'deleted'> & { deleted: boolean },
): { name: string; details: string; facets: string } {
  const details = [e.trade, e.address, e.taxCode, e.businessRegNo, e.legalRepName, e.communeName]
    .filter((v): v is string => Boolean(v))
    .join(' ');
  return { name: foldVietnamese(e.name), details: foldVietnamese(details), facets: facetTokens(e).join(' ') };
}

/**
 * User text and filters → FTS5 query. Every folded word must match in the name or details,
 * the last one as a prefix because the user may still be typing it; words are quoted so no
 * FTS syntax leaks in. Returns null when there is no text to search.
 */
export function ftsQuery(text: string, facets: SearchFacets = {}): string | null {
  const words = foldVietnamese(text).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const terms = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
  const filters = facetTokens({ ...facets, deleted: false }).map((t) => `"${t}"`);
  const matched = filters.length ? `({name details} : (${terms}) AND facets : (${filters.join(' ')}))` : `({name details} : (${terms}))`;
  return facets.deleted === false ? `${matched} NOT facets : "${DELETED}"` : matched;
}
