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

export const plans = sqliteTable(
  'plans',
  {
    id: text('id').primaryKey(),
    number: text('number'),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    issuingAgencyId: text('issuing_agency_id').references(() => agencies.id),
    /** JSON array of strings: the căn cứ, edited by the user. */
    legalBases: text('legal_bases', { mode: 'json' }).notNull(),
    purpose: text('purpose'),
    content: text('content'),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    provinceCode: text('province_code').references(() => provinces.code),
    /** JSON array of commune codes in the plan's area. */
    communeCodes: text('commune_codes', { mode: 'json' }).notNull(),
    place: text('place'),
    status: text('status').notNull(),
    ...rowMeta,
  },
  (t) => [index('plans_status_idx').on(t.status, t.periodStart)],
);

export const planStatusLog = sqliteTable(
  'plan_status_log',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    note: text('note'),
  },
  (t) => [index('plan_status_log_plan_idx').on(t.planId)],
);

export const planMembers = sqliteTable(
  'plan_members',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    officialId: text('official_id')
      .notNull()
      .references(() => officials.id),
    role: text('role').notNull(),
    subTeam: text('sub_team'),
    sortOrder: integer('sort_order').notNull(),
    ...rowMeta,
  },
  (t) => [index('plan_members_plan_idx').on(t.planId), index('plan_members_official_idx').on(t.officialId)],
);

export const planTargets = sqliteTable(
  'plan_targets',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    establishmentId: text('establishment_id')
      .notNull()
      .references(() => establishments.id),
    visitDate: text('visit_date'),
    timeSlot: text('time_slot').notNull(),
    subTeam: text('sub_team'),
    priorityScore: integer('priority_score'),
    /** JSON array of the reasons shown for the score when the target was added. */
    priorityReasons: text('priority_reasons', { mode: 'json' }),
    notes: text('notes'),
    ...rowMeta,
  },
  (t) => [index('plan_targets_plan_idx').on(t.planId, t.visitDate), index('plan_targets_establishment_idx').on(t.establishmentId)],
);

export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    number: text('number'),
    sourceKind: text('source_kind').notNull(),
    sourceId: text('source_id').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('documents_source_idx').on(t.sourceKind, t.sourceId)],
);
