import type { Db } from '../../db/client';
import { compareCatalogueVersions, parseCatalogue } from '../../shared/catalogue/schema';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { writeAudit } from './audit';
import { todayInVietnam, type ServiceContext } from './context';
import { notFound } from './rows';

interface VersionRow {
  version: string;
  effectiveDate: string;
  title: string;
  importedAt: string;
  importedBy: string;
}

function versions(db: Db): VersionRow[] {
  return (
    db.$client
      .prepare('SELECT version, effective_date AS effectiveDate, title, imported_at AS importedAt, imported_by AS importedBy FROM catalogue_versions')
      .all() as VersionRow[]
  ).sort((a, b) => compareCatalogueVersions(a.version, b.version));
}

/** The catalogue in force on a date: the newest version already effective, else the oldest one. */
export function currentVersion(db: Db, onDate: string): string {
  const all = versions(db);
  const effective = all.filter((v) => v.effectiveDate <= onDate);
  const chosen = effective.at(-1) ?? all[0];
  if (!chosen) throw new CommandError('INTERNAL', 'Chưa có danh mục pháp lý trong cơ sở dữ liệu');
  return chosen.version;
}

export function loadCatalogue(db: Db, version: string): Catalogue {
  const row = db.$client.prepare('SELECT data FROM catalogue_versions WHERE version = ?').get(version) as { data: string } | undefined;
  if (!row) notFound(`danh mục pháp lý phiên bản ${version}`);
  return JSON.parse(row.data) as Catalogue;
}

export function getCatalogue(db: Db, input: CommandParsedInput<'catalogue.get'>, ctx: ServiceContext): Catalogue {
  return loadCatalogue(db, input.version ?? currentVersion(db, todayInVietnam(ctx)));
}

export function listCatalogueVersions(db: Db, _input: unknown, ctx: ServiceContext) {
  const current = currentVersion(db, todayInVietnam(ctx));
  return versions(db).map((v) => ({ ...v, current: v.version === current }));
}

/** Imports a newer catalogue from a JSON file; existing versions are never overwritten. */
export function importCatalogue(db: Db, input: CommandParsedInput<'catalogue.import'>, ctx: ServiceContext) {
  let json: unknown;
  try {
    json = JSON.parse(input.json);
  } catch {
    throw new CommandError('VALIDATION', 'Tệp danh mục không phải JSON hợp lệ', [{ path: ['json'], message: 'Tệp danh mục không phải JSON hợp lệ' }]);
  }
  const parsed = parseCatalogue(json);
  if (!parsed.ok) {
    const first = parsed.issues[0]!;
    throw new CommandError('VALIDATION', `Danh mục không hợp lệ — ${first.path.join('.')}: ${first.message}`, parsed.issues.map((i) => ({ ...i, path: ['json', ...i.path] })));
  }
  const catalogue = parsed.catalogue;
  return db.$client.transaction(() => {
    if (db.$client.prepare('SELECT 1 FROM catalogue_versions WHERE version = ?').get(catalogue.version)) {
      throw new CommandError('CONFLICT', `Danh mục phiên bản ${catalogue.version} đã có; hãy đặt số phiên bản mới`);
    }
    db.$client
      .prepare('INSERT INTO catalogue_versions (version, effective_date, title, data, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(catalogue.version, catalogue.effectiveDate, catalogue.title, JSON.stringify(catalogue), ctx.now().toISOString(), ctx.actor);
    writeAudit(db, ctx, { action: 'create', entity: 'catalogue', entityId: catalogue.version });
    return listCatalogueVersions(db, {}, ctx).find((v) => v.version === catalogue.version)!;
  })();
}
