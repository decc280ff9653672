import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Columns every synchronisable row carries (architecture rule 4). */
const rowMeta = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
  updatedBy: text('updated_by').notNull(),
};

export const provinces = sqliteTable('provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
});

export const communes = sqliteTable(
  'communes',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
  },
  (t) => [index('communes_province_idx').on(t.provinceCode)],
);

/** Pre-2025 provinces by name, mapped to the current one, for historic records. */
export const legacyProvinces = sqliteTable('legacy_provinces', {
  name: text('name').primaryKey(),
  currentProvinceName: text('current_province_name').notNull(),
});

export const agencies = sqliteTable('agencies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').notNull(),
  provinceCode: text('province_code').references(() => provinces.code),
  ...rowMeta,
});

export const officials = sqliteTable(
  'officials',
  {
    id: text('id').primaryKey(),
    fullName: text('full_name').notNull(),
    position: text('position'),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    phone: text('phone'),
    email: text('email'),
    notes: text('notes'),
    ...rowMeta,
  },
  (t) => [index('officials_agency_idx').on(t.agencyId)],
);

export const establishments = sqliteTable(
  'establishments',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Folded name (no diacritics, đ→d), for duplicate detection. */
    nameFolded: text('name_folded').notNull(),
    kind: text('kind').notNull(),
    taxCode: text('tax_code'),
    businessRegNo: text('business_reg_no'),
    address: text('address'),
    provinceCode: text('province_code').references(() => provinces.code),
    communeCode: text('commune_code').references(() => communes.code),
    sector: text('sector'),
    trade: text('trade'),
    supplyChainNote: text('supply_chain_note'),
    legalRepName: text('legal_rep_name'),
    legalRepTitle: text('legal_rep_title'),
    legalRepPhone: text('legal_rep_phone'),
    workersTotal: integer('workers_total'),
    workersUnder18: integer('workers_under_18'),
    notes: text('notes'),
    parentId: text('parent_id').references((): AnySQLiteColumn => establishments.id),
    /** Row of this establishment in establishments_fts (FTS5 rowids survive VACUUM; implicit rowids do not). */
    searchRowid: integer('search_rowid').unique(),
    ...rowMeta,
  },
  (t) => [
    index('establishments_tax_code_idx').on(t.taxCode),
    index('establishments_commune_name_idx').on(t.communeCode, t.nameFolded),
    index('establishments_province_idx').on(t.provinceCode, t.kind),
    index('establishments_parent_idx').on(t.parentId),
  ],
);

/** Who changed what and when; also records bulk reads and exports of children's data. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    changes: text('changes', { mode: 'json' }),
    note: text('note'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);

export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});
