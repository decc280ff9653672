import type * as z from 'zod';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { DuplicateWarning, Establishment, EstablishmentUpdateInput } from '../../shared/schemas/establishment';
import { foldVietnamese } from '../../shared/text/fold';
import { diffFields, writeAudit } from './audit';
import type { ServiceContext } from './context';
import { establishmentSearchText, ftsQuery } from './establishment-search-text';
import { notFound, nullsToUndefined, undefinedToNull } from './rows';
import { setRowDeleted } from './soft-delete';

type EstablishmentFields = Omit<z.output<typeof EstablishmentUpdateInput>, 'id'>;

const COLUMNS = `
  SELECT e.id, e.name, e.kind, e.tax_code AS taxCode, e.business_reg_no AS businessRegNo, e.address,
         e.province_code AS provinceCode, e.commune_code AS communeCode, e.sector, e.trade,
         e.supply_chain_note AS supplyChainNote, e.legal_rep_name AS legalRepName, e.legal_rep_title AS legalRepTitle,
         e.legal_rep_phone AS legalRepPhone, e.workers_total AS workersTotal, e.workers_under_18 AS workersUnder18,
         e.notes, e.parent_id AS parentId, e.created_at AS createdAt, e.updated_at AS updatedAt, e.deleted_at AS deletedAt,
         p.name AS provinceName, c.name AS communeName, parent.name AS parentName`;

const NAMES = `
  LEFT JOIN provinces p ON p.code = e.province_code
  LEFT JOIN communes c ON c.code = e.commune_code
  LEFT JOIN establishments parent ON parent.id = e.parent_id`;

const SELECT = `${COLUMNS} FROM establishments e ${NAMES}`;

type Row = Record<string, unknown> & { deletedAt: string | null };

function toEstablishment(row: Row): Establishment {
  const { deletedAt, ...rest } = row;
  return { ...(nullsToUndefined(rest) as unknown as Establishment), deletedAt };
}

function findRow(db: Db, id: string): Row | undefined {
  return db.$client.prepare(`${SELECT} WHERE e.id = ?`).get(id) as Row | undefined;
}

function requireRow(db: Db, id: string): Row {
  return findRow(db, id) ?? notFound('cơ sở');
}

function invalid(field: string, message: string): never {
  throw new CommandError('VALIDATION', message, [{ path: [field], message }]);
}

/** Rules the schema cannot see because they need the database. */
function checkReferences(db: Db, input: EstablishmentFields, selfId?: string): void {
  const sqlite = db.$client;
  if (input.provinceCode && !sqlite.prepare('SELECT 1 FROM provinces WHERE code = ?').get(input.provinceCode)) {
    invalid('provinceCode', 'Tỉnh/thành phố không có trong danh mục');
  }
  if (input.communeCode) {
    const commune = sqlite.prepare('SELECT province_code AS provinceCode FROM communes WHERE code = ?').get(input.communeCode) as
      | { provinceCode: string }
      | undefined;
    if (!commune) invalid('communeCode', 'Xã/phường không có trong danh mục');
    if (input.provinceCode && commune.provinceCode !== input.provinceCode) {
      invalid('communeCode', 'Xã/phường không thuộc tỉnh/thành phố đã chọn');
    }
  }
  if (input.parentId) {
    if (input.parentId === selfId) invalid('parentId', 'Cơ sở không thể là thành viên của chính nó');
    if (input.kind === 'craft_village') invalid('parentId', 'Làng nghề không thể là thành viên của làng nghề khác');
    const parent = sqlite.prepare('SELECT kind FROM establishments WHERE id = ? AND deleted_at IS NULL').get(input.parentId) as
      | { kind: string }
      | undefined;
    if (!parent || parent.kind !== 'craft_village') invalid('parentId', 'Chỉ chọn được một làng nghề đang có trong danh sách');
  }
}

function duplicateWarnings(db: Db, input: EstablishmentFields, selfId: string): DuplicateWarning[] {
  const sqlite = db.$client;
  const warnings: DuplicateWarning[] = [];
  if (input.taxCode) {
    const rows = sqlite
      .prepare('SELECT id, name FROM establishments WHERE tax_code = ? AND id <> ? AND deleted_at IS NULL LIMIT 5')
      .all(input.taxCode, selfId) as { id: string; name: string }[];
    for (const r of rows) {
      warnings.push({ reason: 'same_tax_code', establishmentId: r.id, name: r.name, message: `Trùng mã số thuế với cơ sở «${r.name}»` });
    }
  }
  if (input.communeCode) {
    const rows = sqlite
      .prepare('SELECT id, name FROM establishments WHERE commune_code = ? AND name_folded = ? AND id <> ? AND deleted_at IS NULL LIMIT 5')
      .all(input.communeCode, foldVietnamese(input.name), selfId) as { id: string; name: string }[];
    for (const r of rows) {
      if (warnings.some((w) => w.establishmentId === r.id)) continue;
      warnings.push({ reason: 'same_name_in_commune', establishmentId: r.id, name: r.name, message: `Trùng tên với cơ sở «${r.name}» trong cùng xã/phường` });
    }
  }
  return warnings;
}

function columnsOf(input: EstablishmentFields) {
  const v = undefinedToNull(input);
  return [
    v.name, foldVietnamese(input.name), v.kind, v.taxCode, v.businessRegNo, v.address, v.provinceCode, v.communeCode,
    v.sector, v.trade, v.supplyChainNote, v.legalRepName, v.legalRepTitle, v.legalRepPhone, v.workersTotal,
    v.workersUnder18, v.notes, v.parentId,
  ];
}

function writeSearchRow(db: Db, id: string): void {
  const sqlite = db.$client;
  const e = toEstablishment(requireRow(db, id));
  const text = establishmentSearchText({ ...e, deleted: e.deletedAt !== null });
  const { searchRowid } = sqlite.prepare('SELECT search_rowid AS searchRowid FROM establishments WHERE id = ?').get(id) as {
    searchRowid: number | null;
  };
  if (searchRowid === null) {
    const info = sqlite.prepare('INSERT INTO establishments_fts (name, details, facets) VALUES (?, ?, ?)').run(text.name, text.details, text.facets);
    sqlite.prepare('UPDATE establishments SET search_rowid = ? WHERE id = ?').run(info.lastInsertRowid, id);
  } else {
    sqlite
      .prepare('UPDATE establishments_fts SET name = ?, details = ?, facets = ? WHERE rowid = ?')
      .run(text.name, text.details, text.facets, searchRowid);
  }
}

export function createEstablishment(db: Db, input: CommandParsedInput<'establishments.create'>, ctx: ServiceContext) {
  const id = newId();
  const now = ctx.now().toISOString();
  return db.$client.transaction(() => {
    checkReferences(db, input);
    const warnings = duplicateWarnings(db, input, id);
    db.$client
      .prepare(
        `INSERT INTO establishments (name, name_folded, kind, tax_code, business_reg_no, address, province_code, commune_code,
          sector, trade, supply_chain_note, legal_rep_name, legal_rep_title, legal_rep_phone, workers_total, workers_under_18,
          notes, parent_id, id, created_at, updated_at, updated_by)
         VALUES (${Array(22).fill('?').join(', ')})`,
      )
      .run(...columnsOf(input), id, now, now, ctx.actor);
    writeSearchRow(db, id);
    writeAudit(db, ctx, { action: 'create', entity: 'establishment', entityId: id });
    return { establishment: toEstablishment(requireRow(db, id)), warnings };
  })();
}

export function updateEstablishment(db: Db, input: CommandParsedInput<'establishments.update'>, ctx: ServiceContext) {
  const { id, ...fields } = input;
  return db.$client.transaction(() => {
    const before = requireRow(db, id);
    if (before.deletedAt) throw new CommandError('CONFLICT', 'Cơ sở đã bị xóa; hãy khôi phục trước khi sửa');
    if (before.kind === 'craft_village' && fields.kind !== 'craft_village') {
      const members = db.$client
        .prepare('SELECT count(*) AS n FROM establishments WHERE parent_id = ? AND deleted_at IS NULL')
        .get(id) as { n: number };
      if (members.n > 0) invalid('kind', `Làng nghề đang có ${members.n} cơ sở thành viên; không thể đổi loại`);
    }
    checkReferences(db, fields, id);
    const warnings = duplicateWarnings(db, fields, id);
    db.$client
      .prepare(
        `UPDATE establishments SET name = ?, name_folded = ?, kind = ?, tax_code = ?, business_reg_no = ?, address = ?,
          province_code = ?, commune_code = ?, sector = ?, trade = ?, supply_chain_note = ?, legal_rep_name = ?,
          legal_rep_title = ?, legal_rep_phone = ?, workers_total = ?, workers_under_18 = ?, notes = ?, parent_id = ?,
          updated_at = ?, updated_by = ? WHERE id = ?`,
      )
      .run(...columnsOf(fields), ctx.now().toISOString(), ctx.actor, id);
    writeSearchRow(db, id);
    const after = requireRow(db, id);
    writeAudit(db, ctx, { action: 'update', entity: 'establishment', entityId: id, changes: diffFields(before, after) });
    return { establishment: toEstablishment(after), warnings };
  })();
}

export function getEstablishment(db: Db, input: { id: string }) {
  const establishment = toEstablishment(requireRow(db, input.id));
  const members = (
    db.$client.prepare(`${SELECT} WHERE e.parent_id = ? AND e.deleted_at IS NULL ORDER BY e.name_folded`).all(input.id) as Row[]
  ).map(toEstablishment);
  return { establishment, members };
}

function setDeleted(db: Db, id: string, ctx: ServiceContext, deleted: boolean): Establishment {
  return db.$client.transaction(() => {
    setRowDeleted(db, ctx, { table: 'establishments', entity: 'establishment', label: 'cơ sở', id }, deleted);
    writeSearchRow(db, id);
    return toEstablishment(requireRow(db, id));
  })();
}

export const removeEstablishment = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, true);
export const restoreEstablishment = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, false);

/** Text search runs inside FTS5 (filters are facet tokens); only the page's rows are read from the table. */
function searchText(db: Db, match: string, input: CommandParsedInput<'establishments.search'>) {
  const sqlite = db.$client;
  // One pass over the matches gives both the page and the total (window count).
  const hits = sqlite
    .prepare(
      `SELECT rowid, count(*) OVER () AS total FROM (
         SELECT rowid, bm25(establishments_fts, 10.0, 1.0, 0.0) AS score FROM establishments_fts WHERE establishments_fts MATCH ?
       ) ORDER BY score, rowid LIMIT ? OFFSET ?`,
    )
    .all(match, input.limit, input.offset) as { rowid: number; total: number }[];
  if (hits.length === 0) {
    const count = sqlite.prepare('SELECT count(*) AS n FROM establishments_fts WHERE establishments_fts MATCH ?');
    return { items: [], total: input.offset > 0 ? (count.get(match) as { n: number }).n : 0 };
  }
  const rows = sqlite
    .prepare(`${COLUMNS}, e.search_rowid AS searchRowid FROM establishments e ${NAMES} WHERE e.search_rowid IN (${hits.map(() => '?').join(',')})`)
    .all(...hits.map((h) => h.rowid)) as (Row & { searchRowid: number })[];
  const byRowid = new Map(rows.map(({ searchRowid, ...row }) => [searchRowid, row]));
  const items = hits.map((h) => byRowid.get(h.rowid)).filter((r): r is Row => r !== undefined);
  return { items: items.map(toEstablishment), total: hits[0]!.total };
}

export function searchEstablishments(db: Db, input: CommandParsedInput<'establishments.search'>) {
  const facets = { ...input, deleted: input.includeDeleted ? undefined : false };
  const match = input.query ? ftsQuery(input.query, facets) : null;
  if (match) return searchText(db, match, input);
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeDeleted) where.push('e.deleted_at IS NULL');
  for (const [column, value] of [
    ['e.kind', input.kind],
    ['e.province_code', input.provinceCode],
    ['e.commune_code', input.communeCode],
    ['e.parent_id', input.parentId],
  ] as const) {
    if (value !== undefined) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  }
  const sqlite = db.$client;
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM establishments e ${clause}`).get(...params) as { n: number }).n;
  const items = (
    sqlite.prepare(`${SELECT} ${clause} ORDER BY e.name_folded LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as Row[]
  ).map(toEstablishment);
  return { items, total };
}
