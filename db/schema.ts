import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Columns every synchronised row carries (architecture rule 4, exchange.md §2): `updated_at`
 * is a hybrid logical clock value (shared/sync/hlc.ts), `version` counts this laptop's edits
 * for optimistic concurrency, `device_id` is the device that wrote the row last. Only the
 * write path (db/write-path.ts) sets them.
 */
const rowMeta = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
  updatedBy: text('updated_by').notNull(),
  version: integer('version').notNull().default(1),
  deviceId: text('device_id'),
};

/** Row metadata added to a table that predates it (migration 0006): NOT NULL columns need a default there. */
const addedRowMeta = {
  createdAt: text('created_at').notNull().default(''),
  updatedAt: text('updated_at').notNull().default(''),
  deletedAt: text('deleted_at'),
  updatedBy: text('updated_by').notNull().default(''),
  version: integer('version').notNull().default(1),
  deviceId: text('device_id'),
};

/** A list once kept as JSON in its parent row, now a child table; the column stays because migrations are additive. */
const supersededJsonList = (name: string) => text(name, { mode: 'json' }).notNull().$default(() => []);

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
    /** male | female: "Ông" or "Bà" in the papers. */
    sex: text('sex'),
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
    /** The signed-in account (users.id) beside its name in `actor`; null for entries made before accounts or by the app itself. */
    userId: text('user_id'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_action_at_idx').on(t.action, t.at)],
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
    /** Superseded by plan_communes (migration 0006). */
    legacyCommuneCodes: supersededJsonList('commune_codes'),
    place: text('place'),
    status: text('status').notNull(),
    /** The date the plan is signed and issued (not the day a document is generated). */
    issueDate: text('issue_date'),
    /** The decision approving the plan, cited by the minutes. */
    decisionNumber: text('decision_number'),
    decisionDate: text('decision_date'),
    /** The decision setting up the joint team. */
    teamDecisionNumber: text('team_decision_number'),
    teamDecisionDate: text('team_decision_date'),
    /** Who signs the team decision, and as what: KT. (on behalf) or Q. (acting), or in their own right. */
    decisionSignerName: text('decision_signer_name'),
    decisionSignerPosition: text('decision_signer_position'),
    decisionSignerAuthority: text('decision_signer_authority'),
    /** "Căn cứ Quyết định … quy định chức năng, nhiệm vụ … của Sở Nội vụ". */
    competenceBasis: text('competence_basis'),
    /** "Theo đề nghị của …". */
    proposedBy: text('proposed_by'),
    /** The plan's Kinh phí and Chế độ báo cáo sections. */
    budget: text('budget'),
    reportingRegime: text('reporting_regime'),
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
    ...addedRowMeta,
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
    createdBy: text('created_by').notNull(),
    ...addedRowMeta,
    // created_at predates the rest of the metadata, without a default.
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('documents_source_idx').on(t.sourceKind, t.sourceId)],
);

/** Imported versions of the legal catalogue (checklist items, violation types, fines), kept whole as JSON. */
export const catalogueVersions = sqliteTable('catalogue_versions', {
  version: text('version').primaryKey(),
  effectiveDate: text('effective_date').notNull(),
  title: text('title').notNull(),
  data: text('data', { mode: 'json' }).notNull(),
  importedAt: text('imported_at').notNull(),
  importedBy: text('imported_by').notNull(),
  /** SHA-256 of the catalogue's canonical JSON: the same version with other content is refused. */
  contentHash: text('content_hash'),
  /** SHA-256 of the imported file, for the audit trail. */
  fileHash: text('file_hash'),
});

export const inspections = sqliteTable(
  'inspections',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id').references(() => plans.id),
    planTargetId: text('plan_target_id').references(() => planTargets.id),
    establishmentId: text('establishment_id')
      .notNull()
      .references(() => establishments.id),
    catalogueVersion: text('catalogue_version')
      .notNull()
      .references(() => catalogueVersions.version),
    number: text('number'),
    inspectionDate: text('inspection_date').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place'),
    /** Superseded by inspection_team_members (migration 0006). */
    legacyTeamPresent: supersededJsonList('team_present'),
    /** Superseded by inspection_representatives (migration 0006). */
    legacyRepresentatives: supersededJsonList('representatives'),
    /** Superseded by inspection_participants (migration 0006). */
    legacyOtherParticipants: supersededJsonList('other_participants'),
    /** JSON: list of documents reviewed. */
    documentsReviewed: text('documents_reviewed', { mode: 'json' }).notNull(),
    requests: text('requests'),
    employerStatement: text('employer_statement'),
    refusedToSign: integer('refused_to_sign', { mode: 'boolean' }).notNull().default(false),
    refusalReason: text('refusal_reason'),
    copies: integer('copies').notNull().default(2),
    status: text('status').notNull(),
    finalisedAt: text('finalised_at'),
    finalisedBy: text('finalised_by'),
    /**
     * The establishment as it was when the record was finalised (kind, sector, place): a closed
     * period's figures do not change when the establishment is edited later.
     */
    frozenKind: text('frozen_kind'),
    frozenSector: text('frozen_sector'),
    frozenProvinceCode: text('frozen_province_code'),
    frozenCommuneCode: text('frozen_commune_code'),
    /** The craft village the establishment belonged to when the record was finalised (reports count establishments of craft villages). */
    frozenCraftVillageId: text('frozen_craft_village_id'),
    /** Who witnessed the refusal to sign (the commune official, or another witness): Art. 58, Law on Handling Administrative Violations. */
    refusalWitnessName: text('refusal_witness_name'),
    /** A re-inspection (tái kiểm tra) names the inspection whose commitments it verifies. */
    followsInspectionId: text('follows_inspection_id').references((): AnySQLiteColumn => inspections.id),
    refusalWitnessPosition: text('refusal_witness_position'),
    ...rowMeta,
  },
  (t) => [
    index('inspections_establishment_idx').on(t.establishmentId, t.inspectionDate),
    index('inspections_date_idx').on(t.inspectionDate),
    index('inspections_plan_idx').on(t.planId),
  ],
);

export const inspectionAmendments = sqliteTable(
  'inspection_amendments',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    reason: text('reason').notNull(),
    openedAt: text('opened_at').notNull(),
    openedBy: text('opened_by').notNull(),
    closedAt: text('closed_at'),
    ...addedRowMeta,
  },
  (t) => [index('inspection_amendments_inspection_idx').on(t.inspectionId)],
);

export const checklistResults = sqliteTable(
  'checklist_results',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    itemCode: text('item_code').notNull(),
    result: text('result').notNull(),
    note: text('note'),
    ...rowMeta,
  },
  (t) => [uniqueIndex('checklist_results_item_idx').on(t.inspectionId, t.itemCode)],
);

/** Children and minors found working. Sensitive personal data: never logged, pseudonymised in exports. */
export const minors = sqliteTable(
  'minors',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    fullName: text('full_name').notNull(),
    sex: text('sex').notNull(),
    dateOfBirth: text('date_of_birth'),
    estimatedAge: integer('estimated_age'),
    /** Completed years at the inspection date, stored so reports need no recomputation. */
    ageAtInspection: integer('age_at_inspection').notNull(),
    ageBand: text('age_band').notNull(),
    ethnicity: text('ethnicity'),
    homeAddress: text('home_address'),
    job: text('job'),
    hoursPerDay: real('hours_per_day'),
    hoursPerWeek: real('hours_per_week'),
    nightWork: integer('night_work', { mode: 'boolean' }),
    overtime: integer('overtime', { mode: 'boolean' }),
    schooling: text('schooling'),
    writtenContract: integer('written_contract', { mode: 'boolean' }),
    guardianConsent: integer('guardian_consent', { mode: 'boolean' }),
    healthCertificate: integer('health_certificate', { mode: 'boolean' }),
    inRegister: integer('in_register', { mode: 'boolean' }),
    jobInLightWorkList: integer('job_in_light_work_list', { mode: 'boolean' }),
    /** 15–<18: the job is in a trade where overtime and night work are allowed (Circular 09/2020 Phụ lục V). */
    jobInOvertimeNightList: integer('job_in_overtime_night_list', { mode: 'boolean' }),
    hazardousJob: integer('hazardous_job', { mode: 'boolean' }),
    hazardousWorkplace: integer('hazardous_workplace', { mode: 'boolean' }),
    artSportWork: integer('art_sport_work', { mode: 'boolean' }),
    provincialConsent: integer('provincial_consent', { mode: 'boolean' }),
    notes: text('notes'),
    /** Kept when the retention purge drops the exact date of birth (electron/services/retention.ts). */
    birthYear: integer('birth_year'),
    /** When the retention purge reduced the name, date of birth and address; null while the identity is whole. */
    identityPurgedAt: text('identity_purged_at'),
    ...rowMeta,
  },
  // Covering the report's one pass over minors (band × sex, children under 16).
  (t) => [
    index('minors_report_idx').on(t.inspectionId, t.deletedAt, t.ageBand, t.sex, t.ageAtInspection),
    // The report's count of minors in hazardous work (issue 11): only those rows, so the pass is a probe per inspection.
    index('minors_hazardous_idx').on(t.inspectionId).where(sql`deleted_at IS NULL AND (hazardous_job = 1 OR hazardous_workplace = 1)`),
  ],
);

export const violations = sqliteTable(
  'violations',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    typeCode: text('type_code').notNull(),
    facts: text('facts'),
    fineMin: integer('fine_min').notNull(),
    fineMax: integer('fine_max').notNull(),
    proposedFine: integer('proposed_fine').notNull(),
    finedAsOrganisation: integer('fined_as_organisation', { mode: 'boolean' }).notNull(),
    remedialRequest: text('remedial_request'),
    recordMade: integer('record_made', { mode: 'boolean' }).notNull().default(false),
    recordedByOfficialId: text('recorded_by_official_id').references(() => officials.id),
    origin: text('origin').notNull(),
    ...rowMeta,
  },
  // Covering the report's passes over violations (by code, by establishment).
  (t) => [
    index('violations_report_idx').on(t.inspectionId, t.deletedAt, t.typeCode, t.proposedFine),
    index('violations_type_idx').on(t.typeCode),
    // The report's count of violation records made (issue 11).
    index('violations_record_idx').on(t.inspectionId).where(sql`deleted_at IS NULL AND record_made = 1`),
  ],
);

/** Which minors a violation concerns; id = UUIDv5 of the pair, so two laptops linking the same pair make one row. */
export const violationMinors = sqliteTable(
  'violation_minors',
  {
    id: text('id').primaryKey(),
    violationId: text('violation_id')
      .notNull()
      .references(() => violations.id),
    minorId: text('minor_id')
      .notNull()
      .references(() => minors.id),
    ...rowMeta,
  },
  (t) => [uniqueIndex('violation_minors_pair_idx').on(t.violationId, t.minorId), index('violation_minors_minor_idx').on(t.minorId)],
);

/** Suggestions the inspector dismissed, so they are not proposed again. */
export const dismissedSuggestions = sqliteTable(
  'dismissed_suggestions',
  {
    /** UUIDv5 of inspection, minor and type code. */
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    minorId: text('minor_id')
      .notNull()
      .references(() => minors.id),
    typeCode: text('type_code').notNull(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    ...rowMeta,
  },
  (t) => [uniqueIndex('dismissed_suggestions_key_idx').on(t.inspectionId, t.minorId, t.typeCode)],
);

export const commitments = sqliteTable(
  'commitments',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    signerName: text('signer_name').notNull(),
    signerPosition: text('signer_position'),
    signedDate: text('signed_date').notNull(),
    ...rowMeta,
  },
  (t) => [index('commitments_inspection_idx').on(t.inspectionId)],
);

export const commitmentItems = sqliteTable(
  'commitment_items',
  {
    id: text('id').primaryKey(),
    commitmentId: text('commitment_id')
      .notNull()
      .references(() => commitments.id),
    content: text('content').notNull(),
    deadline: text('deadline').notNull(),
    /** open | fulfilled | breached; "overdue" is derived from the deadline, never stored. */
    status: text('status').notNull(),
    statusDate: text('status_date'),
    note: text('note'),
    sortOrder: integer('sort_order').notNull(),
    ...rowMeta,
  },
  (t) => [index('commitment_items_commitment_idx').on(t.commitmentId), index('commitment_items_deadline_idx').on(t.status, t.deadline)],
);

/** Officials present at an inspection (was inspections.team_present); id = UUIDv5 of inspection and official. */
export const inspectionTeamMembers = sqliteTable(
  'inspection_team_members',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    officialId: text('official_id')
      .notNull()
      .references(() => officials.id),
    role: text('role').notNull(),
    sortOrder: integer('sort_order').notNull(),
    ...rowMeta,
  },
  (t) => [uniqueIndex('inspection_team_members_key_idx').on(t.inspectionId, t.officialId)],
);

/** Representatives of the inspected establishment (was inspections.representatives). */
export const inspectionRepresentatives = sqliteTable(
  'inspection_representatives',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    name: text('name').notNull(),
    position: text('position'),
    idNumber: text('id_number'),
    /** male | female: "Ông" or "Bà". */
    sex: text('sex'),
    sortOrder: integer('sort_order').notNull(),
    ...rowMeta,
  },
  (t) => [index('inspection_representatives_inspection_idx').on(t.inspectionId)],
);

/** Other people present, e.g. the commune official (was inspections.other_participants). */
export const inspectionParticipants = sqliteTable(
  'inspection_participants',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    name: text('name').notNull(),
    position: text('position'),
    organisation: text('organisation'),
    /** male | female: "Ông" or "Bà". */
    sex: text('sex'),
    sortOrder: integer('sort_order').notNull(),
    ...rowMeta,
  },
  (t) => [index('inspection_participants_inspection_idx').on(t.inspectionId)],
);

/** Communes of a plan's area (was plans.commune_codes); id = UUIDv5 of plan and commune. */
export const planCommunes = sqliteTable(
  'plan_communes',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.code),
    sortOrder: integer('sort_order').notNull(),
    ...rowMeta,
  },
  (t) => [uniqueIndex('plan_communes_key_idx').on(t.planId, t.communeCode)],
);

/** Laptops known to this one; exactly one row is this installation (`is_local`). */
export const devices = sqliteTable('devices', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  isLocal: integer('is_local', { mode: 'boolean' }).notNull().default(false),
  /** Ed25519 public key (PEM, SPKI). */
  publicKey: text('public_key'),
  /** This installation's private key (PEM, PKCS#8); only on the local device's row, inside the encrypted database. */
  privateKey: text('private_key'),
  createdAt: text('created_at').notNull(),
});

/**
 * The change log (exchange.md §4): one row per changed field of a synced table, written in
 * the same transaction as the row by the write path. It is the outbox for team exchange and
 * the field-level history shown to users. Values are JSON; children's data in it is protected
 * like the rows themselves (it lives only inside the database).
 */
export const changes = sqliteTable(
  'changes',
  {
    id: text('id').primaryKey(),
    hlc: text('hlc').notNull(),
    deviceId: text('device_id').notNull(),
    userId: text('user_id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    /** insert | update | delete | restore */
    op: text('op').notNull(),
  },
  (t) => [index('changes_hlc_idx').on(t.hlc), index('changes_row_idx').on(t.tableName, t.rowId, t.field, t.hlc)],
);

/**
 * Accounts on this laptop (security.md "Users and roles"): each is an official of the
 * directory. Local, never synced: a password hash stays on the laptop it was set on.
 */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  officialId: text('official_id')
    .notNull()
    .unique()
    .references(() => officials.id),
  /** Lower case, unique. */
  login: text('login').notNull().unique(),
  role: text('role').notNull(),
  /** scrypt$N$r$p$salt$hash (node:crypto). */
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  disabledAt: text('disabled_at'),
  lastLoginAt: text('last_login_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

/**
 * A team that exchanges packages (exchange.md §6): usually a plan's joint team. The team key
 * encrypts its packages; it lives only inside the encrypted database. Local: each laptop keeps
 * its own copy of the teams it belongs to.
 */
export const teams = sqliteTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The plan whose records the team's packages carry; null for a standing team (everything). */
  planId: text('plan_id').references(() => plans.id),
  teamKey: text('team_key').notNull(),
  leaderDeviceId: text('leader_device_id').notNull(),
  createdAt: text('created_at').notNull(),
  leftAt: text('left_at'),
});

/** The roster: every laptop of a team, with its key and what this laptop last received from it. */
export const teamDevices = sqliteTable(
  'team_devices',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id),
    deviceId: text('device_id').notNull(),
    publicKey: text('public_key').notNull(),
    label: text('label').notNull(),
    officialName: text('official_name').notNull(),
    /** pending (asked to join) | accepted */
    status: text('status').notNull(),
    joinedAt: text('joined_at').notNull(),
    /**
     * What the device had when it made its last package here: per origin device, the highest
     * HLC of that device's changes ({ deviceId: hlc }). A package "for the team" leaves out
     * what every member already has.
     */
    known: text('known', { mode: 'json' }).$type<Record<string, string>>(),
    lastExchangeAt: text('last_exchange_at'),
    /** How far ahead of this laptop's clock the device's clock was at the last import (ms). */
    clockAheadMs: integer('clock_ahead_ms'),
    /**
     * The device's place in the team's number series (1 = the leader), given by the leader when it
     * accepts the device and announced in its roster: minutes numbers come from that slot's blocks
     * (services/exchange/number-series.ts), so two laptops never issue the same number.
     */
    numberSlot: integer('number_slot'),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.deviceId] })],
);

/** Packages made and imported here: who, which team, when, how much. */
export const exchangeLog = sqliteTable('exchange_log', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull(),
  direction: text('direction').notNull(),
  deviceId: text('device_id').notNull(),
  at: text('at').notNull(),
  userName: text('user_name').notNull(),
  fileName: text('file_name'),
  counts: text('counts', { mode: 'json' }).notNull(),
});

/**
 * The conflict inbox (exchange.md §7): the same field changed on two laptops, a delete against
 * an edit, a change reaching a finalised record, a likely duplicate establishment. Synced, with
 * an id both laptops compute alike, so resolving it on one laptop resolves it on the other.
 */
export const conflicts = sqliteTable(
  'conflicts',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field').notNull(),
    /** Each side: JSON value, HLC, device, user. "a" is the earlier HLC. */
    aValue: text('a_value'),
    aHlc: text('a_hlc').notNull(),
    aDeviceId: text('a_device_id').notNull(),
    aUser: text('a_user').notNull(),
    bValue: text('b_value'),
    bHlc: text('b_hlc').notNull(),
    bDeviceId: text('b_device_id').notNull(),
    bUser: text('b_user').notNull(),
    /** kept_a | kept_b | edited | merged | dismissed */
    resolution: text('resolution'),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
    ...rowMeta,
  },
  (t) => [index('conflicts_open_idx').on(t.resolvedAt, t.tableName, t.rowId)],
);

/**
 * The assessment a department writes with a periodic report (kết quả, thuận lợi, khó khăn,
 * nguyên nhân, giải pháp, kiến nghị), kept with the report's period and scope.
 */
export const reportAssessments = sqliteTable(
  'report_assessments',
  {
    id: text('id').primaryKey(),
    /** The report it belongs to: period and scope as one key (see services/reports). */
    scopeKey: text('scope_key').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    periodLabel: text('period_label'),
    results: text('results'),
    advantages: text('advantages'),
    difficulties: text('difficulties'),
    causes: text('causes'),
    solutions: text('solutions'),
    recommendations: text('recommendations'),
    ...rowMeta,
  },
  (t) => [uniqueIndex('report_assessments_scope_idx').on(t.scopeKey)],
);

// ---- follow-up of children and commitments (issue 11) --------------------------------------

/**
 * One child's case, opened when the inspection that found the child is finalised (under 16,
 * or 15–17 in forbidden work or hours): risk, referrals, support, visits, closure.
 */
export const followUpCases = sqliteTable(
  'follow_up_cases',
  {
    id: text('id').primaryKey(),
    minorId: text('minor_id')
      .notNull()
      .references(() => minors.id),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    /** emergency | high | normal */
    riskLevel: text('risk_level').notNull(),
    /** JSON: the facts that set the level (hazardous work, night work, under 13 in other than art or sport…). */
    riskReasons: text('risk_reasons', { mode: 'json' }).$type<string[]>().notNull(),
    openedAt: text('opened_at').notNull(),
    /** For an emergency: the instant by which the child must be protected (12 hours, Decree 56/2017). */
    emergencyDeadline: text('emergency_deadline'),
    /** active | closed (shared/schemas/follow-up.ts CASE_STATUSES) */
    status: text('status').notNull(),
    closedOn: text('closed_on'),
    /** in_school | in_training | moved_with_handover | reached_18 | exception */
    closureReason: text('closure_reason'),
    closureNote: text('closure_note'),
    /** Set by the team: a suspicion of trafficking or exploitation makes the case an emergency. */
    traffickingSuspected: integer('trafficking_suspected', { mode: 'boolean' }).notNull().default(false),
    /**
     * When an amendment of the finalised record removed the minor (or left them outside the
     * criteria): the case stays, with its history, marked so (cleared if the minor comes back).
     */
    minorRemovedAt: text('minor_removed_at'),
    ...rowMeta,
  },
  (t) => [
    uniqueIndex('follow_up_cases_minor_idx').on(t.minorId),
    index('follow_up_cases_status_idx').on(t.status, t.riskLevel),
    // The report's children indicators, by the inspections in scope.
    index('follow_up_cases_inspection_idx').on(t.inspectionId),
  ],
);

/** A referral of a case: to the commune People's Committee, or to a service (education, health…). */
export const caseReferrals = sqliteTable(
  'case_referrals',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => followUpCases.id),
    /** commune_committee | education | social_protection | health | legal_aid | police */
    target: text('target').notNull(),
    agencyName: text('agency_name').notNull(),
    referredOn: text('referred_on').notNull(),
    /** in_person | letter | phone | other */
    method: text('method').notNull(),
    contact: text('contact'),
    outcome: text('outcome'),
    outcomeOn: text('outcome_on'),
    ...rowMeta,
  },
  (t) => [index('case_referrals_case_idx').on(t.caseId)],
);

/** Support given to the child (back to school, vocational training, allowance, health care…). */
export const caseSupports = sqliteTable(
  'case_supports',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => followUpCases.id),
    kind: text('kind').notNull(),
    providedBy: text('provided_by').notNull(),
    providedOn: text('provided_on').notNull(),
    note: text('note'),
    ...rowMeta,
  },
  (t) => [index('case_supports_case_idx').on(t.caseId)],
);

/** A follow-up visit and the child's situation then. */
export const caseVisits = sqliteTable(
  'case_visits',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => followUpCases.id),
    visitedOn: text('visited_on').notNull(),
    visitedBy: text('visited_by').notNull(),
    /** in_school | in_training | still_working | moved_away | not_found */
    situation: text('situation').notNull(),
    workPlace: text('work_place'),
    workDescription: text('work_description'),
    notes: text('notes'),
    ...rowMeta,
  },
  (t) => [index('case_visits_case_idx').on(t.caseId)],
);

/**
 * A re-inspection's verdict on one commitment item: kept or breached, with the evidence, and the
 * next step proposed on the escalation ladder when breached.
 */
export const commitmentChecks = sqliteTable(
  'commitment_checks',
  {
    /** UUIDv5 of the re-inspection and the item: one verdict per item and visit. */
    id: text('id').primaryKey(),
    reinspectionId: text('reinspection_id')
      .notNull()
      .references(() => inspections.id),
    commitmentItemId: text('commitment_item_id')
      .notNull()
      .references(() => commitmentItems.id),
    kept: integer('kept', { mode: 'boolean' }).notNull(),
    evidence: text('evidence'),
    /** reminder | new_inspection | sanction_proposal */
    nextStep: text('next_step'),
    ...rowMeta,
  },
  (t) => [index('commitment_checks_item_idx').on(t.commitmentItemId)],
);

/** A sanction decision issued on violations found (number, date, amount decided, paid or not). */
export const sanctionDecisions = sqliteTable(
  'sanction_decisions',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => inspections.id),
    number: text('number').notNull(),
    decidedOn: text('decided_on').notNull(),
    issuedBy: text('issued_by'),
    amount: integer('amount').notNull(),
    paid: integer('paid', { mode: 'boolean' }).notNull().default(false),
    paidOn: text('paid_on'),
    ...rowMeta,
  },
  (t) => [index('sanction_decisions_inspection_idx').on(t.inspectionId)],
);

// ---- evidence (issue 13) -------------------------------------------------------------------

/**
 * A photo or PDF attached to a record (an inspection, a minor, a violation, a commitment item, a
 * follow-up visit). The file is stored encrypted, named by its hash (the same file twice is
 * stored once); the row is the caption and where it belongs.
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    /** inspections | minors | violations | commitment_items | case_visits */
    ownerTable: text('owner_table').notNull(),
    ownerId: text('owner_id').notNull(),
    /** SHA-256 of the stored content (after location data is removed). */
    contentHash: text('content_hash').notNull(),
    /** image/jpeg | image/png | application/pdf */
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    fileName: text('file_name').notNull(),
    caption: text('caption'),
    takenAt: text('taken_at'),
    width: integer('width'),
    height: integer('height'),
    /** Chosen for the photo annex of the minutes. */
    inMinutesAnnex: integer('in_minutes_annex', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    ...rowMeta,
  },
  (t) => [index('attachments_owner_idx').on(t.ownerTable, t.ownerId), index('attachments_hash_idx').on(t.contentHash)],
);
