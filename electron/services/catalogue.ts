import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leanPrepared } from '../../db/fast-read';
import { preparedQuery } from '../../db/prepared';
import { catalogueVersions } from '../../db/schema';
import { catalogueContentHash, sha256Hex } from '../../db/seed/catalogue';
import { writeTx } from '../../db/write-path';
import { compareCatalogueVersions, parseCatalogue } from '../../shared/catalogue/schema';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { CatalogueVersionInfo } from '../../shared/schemas/catalogue';
import { formatShortDate } from '../documents/plan-labels';
import { writeAudit } from './audit';
import { todayInVietnam, type ServiceContext } from './context';
import { notFound } from './rows';

const VERSION_INFO = {
  version: catalogueVersions.version,
  effectiveDate: catalogueVersions.effectiveDate,
  title: catalogueVersions.title,
  importedAt: catalogueVersions.importedAt,
  importedBy: catalogueVersions.importedBy,
  contentHash: catalogueVersions.contentHash,
  fileHash: catalogueVersions.fileHash,
};

type VersionRow = { version: string; effectiveDate: string; title: string; importedAt: string; importedBy: string; contentHash: string | null; fileHash: string | null };

/** Every imported version without its data, oldest first (read on each new inspection: prepared once). */
function versions(db: Db): VersionRow[] {
  const all = preparedQuery(db, 'catalogue.versions', () => leanPrepared(db, db.select(VERSION_INFO).from(catalogueVersions)));
  return all.all().sort((a, b) => compareCatalogueVersions(a.version, b.version));
}

/** Later effective date first decides; on the same date the higher version number. */
const byEffectiveDate = (a: VersionRow, b: VersionRow) => (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : compareCatalogueVersions(a.version, b.version));

/**
 * The catalogue in force on a date: the version with the latest effective date on or before
 * it (the higher number on the same date); before every effective date, the earliest one.
 */
export function currentVersion(db: Db, onDate: string): string {
  const all = versions(db).sort(byEffectiveDate);
  const chosen = all.filter((v) => v.effectiveDate <= onDate).at(-1) ?? all[0];
  if (!chosen) throw new CommandError('INTERNAL', 'Chưa có danh mục pháp lý trong cơ sở dữ liệu');
  return chosen.version;
}

/**
 * Parsed catalogues by connection and content hash: a version's content never changes once
 * imported (a re-import with other content is refused), and parsing it costs more than the rest of
 * a write that reads it (a minor's alerts). Frozen, so no caller can change the shared copy.
 */
const parsed = new WeakMap<Db, Map<string, Catalogue>>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function loadCatalogue(db: Db, version: string): Catalogue {
  const hashOf = preparedQuery(db, 'catalogue.hash', () =>
    leanPrepared(db, db.select({ hash: catalogueVersions.contentHash }).from(catalogueVersions).where(eq(catalogueVersions.version, sql.placeholder('version')))),
  );
  const hash = hashOf.get({ version })?.hash;
  let cache = parsed.get(db);
  if (!cache) parsed.set(db, (cache = new Map()));
  const key = `${version} ${hash}`;
  const cached = hash ? cache.get(key) : undefined;
  if (cached) return cached;
  const byVersion = preparedQuery(db, 'catalogue.data', () =>
    leanPrepared(db, db
      .select({ data: catalogueVersions.data })
      .from(catalogueVersions)
      .where(eq(catalogueVersions.version, sql.placeholder('version')))),
  );
  const row = byVersion.get({ version });
  if (!row) notFound(`danh mục pháp lý phiên bản ${version}`);
  const catalogue = deepFreeze(row.data as Catalogue);
  // A version imported before hashes were kept is parsed each time.
  if (hash) cache.set(key, catalogue);
  return catalogue;
}

export function getCatalogue(db: Db, input: CommandParsedInput<'catalogue.get'>, ctx: ServiceContext): Catalogue {
  return loadCatalogue(db, input.version ?? currentVersion(db, todayInVietnam(ctx)));
}

export function listCatalogueVersions(db: Db, _input: unknown, ctx: ServiceContext): CatalogueVersionInfo[] {
  const today = todayInVietnam(ctx);
  const current = currentVersion(db, today);
  return versions(db).map(({ contentHash, fileHash, ...v }) => ({
    ...v,
    ...(contentHash ? { contentHash } : {}),
    ...(fileHash ? { fileHash } : {}),
    current: v.version === current,
    upcoming: v.effectiveDate > today,
  }));
}

function parseFile(text: string): Catalogue {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CommandError('VALIDATION', 'Tệp danh mục không phải JSON hợp lệ', [{ path: ['json'], message: 'Tệp danh mục không phải JSON hợp lệ' }]);
  }
  const parsed = parseCatalogue(json);
  if (!parsed.ok) {
    const first = parsed.issues[0]!;
    throw new CommandError('VALIDATION', `Danh mục không hợp lệ — ${first.path.join('.')}: ${first.message}`, parsed.issues.map((i) => ({ ...i, path: ['json', ...i.path] })));
  }
  return parsed.catalogue;
}

/**
 * Version numbers and effective dates must tell the same order, so that "the newest version"
 * and "the version in force" never disagree: a version numbered above another may not take
 * effect before it (nor one numbered below take effect after it).
 */
function checkOrder(existing: VersionRow[], catalogue: Catalogue): void {
  for (const other of existing) {
    const newer = compareCatalogueVersions(catalogue.version, other.version) > 0;
    if (newer ? catalogue.effectiveDate < other.effectiveDate : catalogue.effectiveDate > other.effectiveDate) {
      const message = `Ngày hiệu lực ${formatShortDate(catalogue.effectiveDate)} trái thứ tự phiên bản: phiên bản ${other.version} ${newer ? 'cũ hơn' : 'mới hơn'} có hiệu lực từ ${formatShortDate(other.effectiveDate)}`;
      throw new CommandError('VALIDATION', message, [{ path: ['json', 'effectiveDate'], message }]);
    }
  }
}

/**
 * Imports a catalogue from a JSON file (admin only, by the command table). A version once
 * imported is never replaced: the same version with the same content is a no-op, with other
 * content it is refused. The import is audited with the file's and the content's SHA-256.
 */
export function importCatalogue(db: Db, input: CommandParsedInput<'catalogue.import'>, ctx: ServiceContext) {
  const fileHash = sha256Hex(input.json);
  const catalogue = parseFile(input.json);
  const contentHash = catalogueContentHash(catalogue);
  const infoOf = (unchanged: boolean) => ({ ...listCatalogueVersions(db, {}, ctx).find((v) => v.version === catalogue.version)!, unchanged });
  return writeTx(db, () => {
    const all = versions(db);
    const same = db
      .select({ contentHash: catalogueVersions.contentHash, data: catalogueVersions.data })
      .from(catalogueVersions)
      .where(eq(catalogueVersions.version, catalogue.version))
      .get();
    if (same) {
      if ((same.contentHash ?? catalogueContentHash(same.data)) === contentHash) return infoOf(true);
      const message = `Danh mục phiên bản ${catalogue.version} đã có với nội dung khác; một phiên bản đã nhập không bao giờ bị thay thế — hãy đặt số phiên bản mới`;
      throw new CommandError('CONFLICT', message, [{ path: ['json', 'version'], message }]);
    }
    checkOrder(all, catalogue);
    // A local table (each laptop imports the file itself): a plain insert, not the synced write path.
    db.insert(catalogueVersions)
      .values({
        version: catalogue.version,
        effectiveDate: catalogue.effectiveDate,
        title: catalogue.title,
        data: catalogue,
        importedAt: ctx.now().toISOString(),
        importedBy: ctx.actor,
        contentHash,
        fileHash,
      })
      .run();
    writeAudit(db, ctx, {
      action: 'import',
      entity: 'catalogue',
      entityId: catalogue.version,
      changes: { version: catalogue.version, effectiveDate: catalogue.effectiveDate, fileName: input.fileName ?? null, fileHash, contentHash },
      note: `Nhập danh mục pháp lý phiên bản ${catalogue.version} «${catalogue.title}», hiệu lực từ ${formatShortDate(catalogue.effectiveDate)}; tệp ${input.fileName ? `«${input.fileName}» ` : ''}SHA-256 ${fileHash}; nội dung SHA-256 ${contentHash}`,
    });
    return infoOf(false);
  });
}
