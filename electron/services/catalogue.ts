import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leanPrepared } from '../../db/fast-read';
import { preparedQuery } from '../../db/prepared';
import { catalogueVersions } from '../../db/schema';
import { writeTx } from '../../db/write-path';
import { compareCatalogueVersions, parseCatalogue } from '../../shared/catalogue/schema';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { writeAudit } from './audit';
import { todayInVietnam, type ServiceContext } from './context';
import { notFound } from './rows';

const VERSION_INFO = {
  version: catalogueVersions.version,
  effectiveDate: catalogueVersions.effectiveDate,
  title: catalogueVersions.title,
  importedAt: catalogueVersions.importedAt,
  importedBy: catalogueVersions.importedBy,
};

/** Every imported version without its data, oldest first (read on each new inspection: prepared once). */
function versions(db: Db) {
  const all = preparedQuery(db, 'catalogue.versions', () => leanPrepared(db, db.select(VERSION_INFO).from(catalogueVersions)));
  return all.all().sort((a, b) => compareCatalogueVersions(a.version, b.version));
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
  const byVersion = preparedQuery(db, 'catalogue.data', () =>
    leanPrepared(db, db
      .select({ data: catalogueVersions.data })
      .from(catalogueVersions)
      .where(eq(catalogueVersions.version, sql.placeholder('version')))),
  );
  const row = byVersion.get({ version });
  if (!row) notFound(`danh mục pháp lý phiên bản ${version}`);
  return row.data as Catalogue;
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
  return writeTx(db, () => {
    if (db.select({ version: catalogueVersions.version }).from(catalogueVersions).where(eq(catalogueVersions.version, catalogue.version)).get()) {
      throw new CommandError('CONFLICT', `Danh mục phiên bản ${catalogue.version} đã có; hãy đặt số phiên bản mới`);
    }
    // A local table (each laptop imports the file itself): a plain insert, not the synced write path.
    db.insert(catalogueVersions)
      .values({
        version: catalogue.version,
        effectiveDate: catalogue.effectiveDate,
        title: catalogue.title,
        data: catalogue,
        importedAt: ctx.now().toISOString(),
        importedBy: ctx.actor,
      })
      .run();
    writeAudit(db, ctx, { action: 'create', entity: 'catalogue', entityId: catalogue.version });
    return listCatalogueVersions(db, {}, ctx).find((v) => v.version === catalogue.version)!;
  });
}
