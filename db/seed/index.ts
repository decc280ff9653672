import { HlcClock } from '../../shared/sync/hlc';
import type { Db } from '../client';
import { ADMIN_UNITS_VERSION, seedAdminUnits } from './admin-units';
import { seedAgencies } from './agencies';
import { seedCatalogue } from './catalogue';

function metaValue(db: Db, key: string): string | undefined {
  const row = db.$client.prepare('SELECT value FROM app_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

function setMeta(db: Db, key: string, value: string, now: string): void {
  db.$client
    .prepare('INSERT INTO app_meta (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
    .run(key, value, now);
}

/**
 * Starter rows are written alike on every laptop (same ids, same stamps, a "seed" device at
 * the 2025 reorganisation), so a team exchange finds them equal and any real edit wins.
 */
const seedWriter = () => ({ actor: 'seed', deviceId: 'seed', clock: new HlcClock('seed'), now: () => new Date('2025-07-01T00:00:00Z') });

/**
 * Reference data is refreshed when its version changes; starter data the user edits
 * (agencies) is written once, never again, so renames and deletions stick.
 */
export function seedDatabase(db: Db, now = new Date().toISOString()): void {
  db.$client.transaction(() => {
    if (metaValue(db, 'seed.adminUnits') !== ADMIN_UNITS_VERSION) {
      seedAdminUnits(db);
      setMeta(db, 'seed.adminUnits', ADMIN_UNITS_VERSION, now);
    }
    seedCatalogue(db, now);
    if (!metaValue(db, 'seed.agencies')) {
      seedAgencies(db, seedWriter());
      setMeta(db, 'seed.agencies', '1', now);
    }
  }).immediate();
}
