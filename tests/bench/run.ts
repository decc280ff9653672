import { benchBackup } from './backup.bench';
import { benchEncryptedOpen } from './encrypted-open.bench';
import { benchEstablishmentSearch } from './establishment-search.bench';
import { benchExchange, benchExchangeFiles } from './exchange.bench';
import { benchReportFigures } from './report-figures.bench';
import { benchWritePath } from './write-path.bench';

/** `npm run bench`: performance figures, never part of `npm test`. BENCH=search|report|write|exchange|exchange-files|encrypted|backup runs one. */
async function main() {
  const only = process.env.BENCH;
  if (!only || only === 'search') await benchEstablishmentSearch();
  if (!only || only === 'report') await benchReportFigures();
  if (!only || only === 'write') await benchWritePath();
  if (!only || only === 'exchange') await benchExchange();
  if (!only || only === 'exchange' || only === 'exchange-files') await benchExchangeFiles();
  if (!only || only === 'encrypted') await benchEncryptedOpen();
  if (!only || only === 'backup') await benchBackup();
}

void main();
