import type { ReportFigures } from '../../../../shared/schemas/report';
import { SECTORS } from '../../../../shared/schemas/establishment';

type Groups = ReportFigures['minorsByBandSexSector'];

const SECTOR_ORDER: readonly string[] = [...SECTORS, 'unspecified'];

/** The number of minors in the groups matching every given key (a missing key matches all). */
export function countMinors(groups: Groups, match: { ageBand?: string; sex?: string; sector?: string }): number {
  return groups
    .filter((g) => (!match.ageBand || g.ageBand === match.ageBand) && (!match.sex || g.sex === match.sex) && (!match.sector || g.sector === match.sector))
    .reduce((n, g) => n + g.count, 0);
}

/** The sectors that have minors, in the order of the establishment form. */
export function sectorsWithMinors(groups: Groups): string[] {
  const present = new Set(groups.map((g) => g.sector));
  const rank = (s: string) => (SECTOR_ORDER.includes(s) ? SECTOR_ORDER.indexOf(s) : SECTOR_ORDER.length);
  return [...present].sort((a, b) => rank(a) - rank(b));
}
