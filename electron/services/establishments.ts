import { and, asc, count, eq, getTableColumns, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { leanPrepared, leanRecords } from '../../db/fast-read';
import { preparedQuery } from '../../db/prepared';
import { communes, establishments, provinces } from '../../db/schema';
import { insertRow, patchRow, writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { DUPLICATE_REASON_LABELS } from '../../shared/labels/establishment';
import type { DuplicateWarning, Establishment, EstablishmentInput } from '../../shared/schemas/establishment';
import { establishmentRuleIssues } from '../../shared/schemas/establishment';
import { sentFields } from '../../shared/schemas/patch';
import { foldVietnamese } from '../../shared/text/fold';
import type { ServiceContext } from './context';
import { establishmentSearchText, ftsQuery } from './establishment-search-text';
import { invalid, notFound, nullsToUndefined, refuse, toRecord } from './rows';
import { setDeletedState } from './soft-delete';

type Fields = Omit<CommandParsedInput<'establishments.create'>, never>;
type EstablishmentRow = typeof establishments.$inferSelect & { provinceName: string | null; communeName: string | null; parentName: string | null };

const parent = alias(establishments, 'parent');

function selectEstablishments(db: Db) {
  return db
    .select({ ...getTableColumns(establishments), provinceName: provinces.name, communeName: communes.name, parentName: parent.name })
    .from(establishments)
    .leftJoin(provinces, eq(provinces.code, establishments.provinceCode))
    .leftJoin(communes, eq(communes.code, establishments.communeCode))
    .leftJoin(parent, eq(parent.id, establishments.parentId));
}

/** Columns kept for the machine, not part of the contract. */
const INTERNAL = ['nameFolded', 'searchRowid', 'deviceId', 'updatedBy'];
const INTERNAL_SET = new Set(INTERNAL);

export function toEstablishment(row: EstablishmentRow): Establishment {
  return toRecord<Establishment>(row, INTERNAL_SET);
}

/** Reads that answer records as the contract shows them, prepared once per connection. */
function recordQueries(db: Db) {
  return preparedQuery(db, 'establishments.records', () => ({
    byId: leanRecords<Establishment>(db, selectEstablishments(db).where(eq(establishments.id, sql.placeholder('id'))), { omit: INTERNAL }),
    members: leanRecords<Establishment>(
      db,
      selectEstablishments(db)
        .where(and(eq(establishments.parentId, sql.placeholder('id')), isNull(establishments.deletedAt)))
        .orderBy(asc(establishments.nameFolded)),
      { omit: INTERNAL },
    ),
    searchRowid: leanPrepared(db, db.select({ searchRowid: establishments.searchRowid }).from(establishments).where(eq(establishments.id, sql.placeholder('id')))),
  }));
}

const requireRecord = (db: Db, id: string): Establishment => recordQueries(db).byId.get({ id }) ?? notFound('cơ sở');

/** Lookups run on every save: prepared once per connection. */
function lookups(db: Db) {
  return preparedQuery(db, 'establishments.lookups', () => {
    const live = and(ne(establishments.id, sql.placeholder('selfId')), isNull(establishments.deletedAt));
    const twin = { id: establishments.id, name: establishments.name };
    return {
      province: leanPrepared(db, db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, sql.placeholder('code')))),
      commune: leanPrepared(db, db.select({ provinceCode: communes.provinceCode }).from(communes).where(eq(communes.code, sql.placeholder('code')))),
      village: leanPrepared(db, db
        .select({ kind: establishments.kind })
        .from(establishments)
        .where(and(eq(establishments.id, sql.placeholder('id')), isNull(establishments.deletedAt)))),
      sameTaxCode: leanPrepared(db, db.select(twin).from(establishments).where(and(eq(establishments.taxCode, sql.placeholder('taxCode')), live)).limit(5)),
      sameNameInCommune: leanPrepared(db, db
        .select(twin)
        .from(establishments)
        .where(and(eq(establishments.communeCode, sql.placeholder('communeCode')), eq(establishments.nameFolded, sql.placeholder('nameFolded')), live))
        .limit(5)),
    };
  });
}

/** Rules the schema cannot see because they need the database. */
function checkReferences(db: Db, input: Partial<Fields>, selfId?: string): void {
  const q = lookups(db);
  if (input.provinceCode && !q.province.get({ code: input.provinceCode })) invalid('provinceCode', 'Tỉnh/thành phố không có trong danh mục');
  if (input.communeCode) {
    const commune = q.commune.get({ code: input.communeCode });
    if (!commune) invalid('communeCode', 'Xã/phường không có trong danh mục');
    if (input.provinceCode && commune.provinceCode !== input.provinceCode) invalid('communeCode', 'Xã/phường không thuộc tỉnh/thành phố đã chọn');
  }
  if (input.parentId) {
    if (input.parentId === selfId) invalid('parentId', 'Cơ sở không thể là thành viên của chính nó');
    if (input.kind === 'craft_village') invalid('parentId', 'Làng nghề không thể là thành viên của làng nghề khác');
    const village = q.village.get({ id: input.parentId });
    if (!village || village.kind !== 'craft_village') invalid('parentId', 'Chỉ chọn được một làng nghề đang có trong danh sách');
  }
}

export function duplicateWarnings(db: Db, input: Partial<Fields>, selfId: string): DuplicateWarning[] {
  const q = lookups(db);
  const warnings: DuplicateWarning[] = [];
  if (input.taxCode) {
    for (const r of q.sameTaxCode.all({ taxCode: input.taxCode, selfId })) {
      warnings.push({ reason: 'same_tax_code', establishmentId: r.id, name: r.name, message: `${DUPLICATE_REASON_LABELS.same_tax_code} với cơ sở «${r.name}»` });
    }
  }
  if (input.communeCode && input.name) {
    for (const r of q.sameNameInCommune.all({ communeCode: input.communeCode, nameFolded: foldVietnamese(input.name), selfId })) {
      if (warnings.some((w) => w.establishmentId === r.id)) continue;
      warnings.push({ reason: 'same_name_in_commune', establishmentId: r.id, name: r.name, message: `${DUPLICATE_REASON_LABELS.same_name_in_commune} với cơ sở «${r.name}»` });
    }
  }
  return warnings;
}

/** The FTS row is local (not synced): rewritten from the record after each change. Answers the record. */
export function writeSearchRow(db: Db, id: string): Establishment {
  const sqlite = db.$client;
  const e = requireRecord(db, id);
  const text = establishmentSearchText({ ...e, deleted: e.deletedAt !== null });
  const { searchRowid } = recordQueries(db).searchRowid.get({ id })!;
  if (searchRowid === null) {
    const info = sqlite.prepare('INSERT INTO establishments_fts (name, details, facets) VALUES (?, ?, ?)').run(text.name, text.details, text.facets);
    db.update(establishments).set({ searchRowid: Number(info.lastInsertRowid) }).where(eq(establishments.id, id)).run();
  } else {
    sqlite.prepare('UPDATE establishments_fts SET name = ?, details = ?, facets = ? WHERE rowid = ?').run(text.name, text.details, text.facets, searchRowid);
  }
  return e;
}

export function createEstablishment(db: Db, input: CommandParsedInput<'establishments.create'>, ctx: ServiceContext) {
  return writeTx(db, () => {
    checkReferences(db, input);
    const row = insertRow(db, ctx, establishments, { ...input, nameFolded: foldVietnamese(input.name) });
    const warnings = duplicateWarnings(db, input, row.id);
    return { establishment: writeSearchRow(db, row.id), warnings };
  });
}

/** Changes only the fields sent; rules about several fields are checked on the record as it will be. */
export function updateEstablishment(db: Db, input: CommandParsedInput<'establishments.update'>, ctx: ServiceContext) {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    const before = requireRecord(db, id);
    if (before.deletedAt) throw new CommandError('CONFLICT', 'Cơ sở đã bị xóa; hãy khôi phục trước khi sửa');
    const sent = sentFields(patch);
    const merged = { ...(before as EstablishmentInput), ...nullsToUndefined(sent) } as Fields;
    refuse(establishmentRuleIssues(merged));
    if (before.kind === 'craft_village' && merged.kind !== 'craft_village') {
      const [members] = db
        .select({ n: count() })
        .from(establishments)
        .where(and(eq(establishments.parentId, id), isNull(establishments.deletedAt)))
        .all();
      if (members!.n > 0) invalid('kind', `Làng nghề đang có ${members!.n} cơ sở thành viên; không thể đổi loại`);
    }
    checkReferences(db, merged, id);
    // A duplicate is worth a warning when what identifies the establishment changes.
    const identifying = sent.name !== undefined || sent.taxCode !== undefined || sent.communeCode !== undefined;
    const warnings = identifying ? duplicateWarnings(db, merged, id) : [];
    patchRow(db, ctx, establishments, id, { ...sent, ...(sent.name ? { nameFolded: foldVietnamese(sent.name) } : {}) }, { expectedVersion, what: 'cơ sở' });
    return { establishment: writeSearchRow(db, id), warnings };
  });
}

/** The record, and its member households when it is a craft village (only villages have members). */
export function getEstablishment(db: Db, input: { id: string }) {
  const establishment = requireRecord(db, input.id);
  const members = establishment.kind === 'craft_village' ? recordQueries(db).members.all({ id: input.id }) : [];
  return { establishment, members };
}

function setDeleted(db: Db, input: CommandParsedInput<'establishments.remove'>, ctx: ServiceContext, deleted: boolean): Establishment {
  return writeTx(db, () => {
    setDeletedState(db, ctx, establishments, input.id, deleted, { what: 'cơ sở', expectedVersion: input.expectedVersion });
    return writeSearchRow(db, input.id);
  });
}

export const removeEstablishment = (db: Db, input: CommandParsedInput<'establishments.remove'>, ctx: ServiceContext) => setDeleted(db, input, ctx, true);
export const restoreEstablishment = (db: Db, input: CommandParsedInput<'establishments.restore'>, ctx: ServiceContext) => setDeleted(db, input, ctx, false);

/** Text search runs inside FTS5 (filters are facet tokens); only the page's rows are read from the table. */
function searchText(db: Db, match: string, input: CommandParsedInput<'establishments.search'>) {
  // FTS5 and bm25 have no builder: a hand-written statement with a typed row.
  const hits = db.$client
    .prepare(
      `SELECT rowid, count(*) OVER () AS total FROM (
         SELECT rowid, bm25(establishments_fts, 10.0, 1.0, 0.0) AS score FROM establishments_fts WHERE establishments_fts MATCH ?
       ) ORDER BY score, rowid LIMIT ? OFFSET ?`,
    )
    .all(match, input.limit, input.offset) as { rowid: number; total: number }[];
  if (hits.length === 0) {
    const count = db.$client.prepare('SELECT count(*) AS n FROM establishments_fts WHERE establishments_fts MATCH ?');
    return { items: [], total: input.offset > 0 ? (count.get(match) as { n: number }).n : 0 };
  }
  const byRowids = preparedQuery(db, 'establishments.byRowids', () =>
    leanPrepared(db, selectEstablishments(db).where(sql`${establishments.searchRowid} IN (SELECT value FROM json_each(${sql.placeholder('rowids')}))`)),
  );
  const rows = byRowids.all({ rowids: JSON.stringify(hits.map((h) => h.rowid)) });
  const byRowid = new Map(rows.map((row) => [row.searchRowid, row]));
  const items = hits.map((h) => byRowid.get(h.rowid)).filter((r): r is EstablishmentRow => r !== undefined);
  return { items: items.map(toEstablishment), total: hits[0]!.total };
}

const FILTERS = ['kind', 'provinceCode', 'communeCode', 'parentId'] as const;

/** The count and the page for one combination of filters, built once with placeholders. */
function listQueries(db: Db, input: CommandParsedInput<'establishments.search'>) {
  const used = FILTERS.filter((f) => input[f] !== undefined);
  return preparedQuery(db, `establishments.list:${used.join(',')}:${input.includeDeleted}`, () => {
    const where = and(input.includeDeleted ? undefined : isNull(establishments.deletedAt), ...used.map((f) => eq(establishments[f], sql.placeholder(f))));
    return {
      count: leanPrepared(db, db.select({ total: count() }).from(establishments).where(where)),
      page: leanRecords<Establishment>(db, selectEstablishments(db).where(where).orderBy(asc(establishments.nameFolded)).limit(sql.placeholder('limit')).offset(sql.placeholder('offset')), { omit: INTERNAL }),
    };
  });
}

export function searchEstablishments(db: Db, input: CommandParsedInput<'establishments.search'>) {
  const facets = { ...input, deleted: input.includeDeleted ? undefined : false };
  const match = input.query ? ftsQuery(input.query, facets) : null;
  if (match) return searchText(db, match, input);
  const q = listQueries(db, input);
  const values = { kind: input.kind, provinceCode: input.provinceCode, communeCode: input.communeCode, parentId: input.parentId, limit: input.limit, offset: input.offset };
  return { items: q.page.all(values), total: q.count.get(values)!.total };
}
