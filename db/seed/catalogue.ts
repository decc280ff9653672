import { DEFAULT_CATALOGUE } from '../../shared/catalogue/default-catalogue';
import type { Db } from '../client';

/** The built-in legal catalogue; a newer one is imported from a file by the user. */
export function seedCatalogue(db: Db, now: string): void {
  db.$client
    .prepare(
      "INSERT INTO catalogue_versions (version, effective_date, title, data, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, 'seed') ON CONFLICT(version) DO NOTHING",
    )
    .run(DEFAULT_CATALOGUE.version, DEFAULT_CATALOGUE.effectiveDate, DEFAULT_CATALOGUE.title, JSON.stringify(DEFAULT_CATALOGUE), now);
}
