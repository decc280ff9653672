import { benchEstablishmentSearch } from './establishment-search.bench';
import { benchReportFigures } from './report-figures.bench';
import { benchWritePath } from './write-path.bench';

/** `npm run bench`: performance figures, never part of `npm test`. BENCH=search|report|write runs one. */
async function main() {
  const only = process.env.BENCH;
  if (!only || only === 'search') await benchEstablishmentSearch();
  if (!only || only === 'report') await benchReportFigures();
  if (!only || only === 'write') await benchWritePath();
}

void main();
