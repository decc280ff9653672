import { benchEstablishmentSearch } from './establishment-search.bench';

/** `npm run bench`: performance figures, never part of `npm test`. */
async function main() {
  await benchEstablishmentSearch();
}

void main();
