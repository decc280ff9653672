import { foldVietnamese } from '../../shared/text/fold';

/** What the FTS row holds: folded name (weighted high) and the other searchable facts. */
export function establishmentSearchText(e: {
  name: string;
  trade?: string | null;
  address?: string | null;
  taxCode?: string | null;
  businessRegNo?: string | null;
  legalRepName?: string | null;
  communeName?: string | null;
}): { name: string; details: string } {
  const details = [e.trade, e.address, e.taxCode, e.businessRegNo, e.legalRepName, e.communeName]
    .filter((v): v is string => Boolean(v))
    .join(' ');
  return { name: foldVietnamese(e.name), details: foldVietnamese(details) };
}

/** User text → FTS5 query: every folded word must match as a prefix, quoted so no syntax leaks in. */
export function ftsQuery(text: string): string | null {
  const words = foldVietnamese(text).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
