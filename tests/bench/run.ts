import { benchEstablishmentSearch } from './establishment-search.bench';
import { benchReportFigures } from './report-figures.bench';

/** `npm run bench`: performance figures, never part of `npm test`. BENCH=search|report runs one. */
async function main() {
  const only = process.env.BENCH;
  if (!only || only === 'search') await benchEstablishmentSearch();
  if (!only || only === 'report') await benchReportFigures();
}

void main();
