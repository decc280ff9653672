import type Database from 'better-sqlite3';
import { formatHlc } from '../../shared/sync/hlc';
import { newId, stableId } from '../ids';
import { ensureLocalDevice } from '../local-device';

/** Tables whose rows had ISO `updated_at` before 0006 and get HLC stamps and this device's id. */
const STAMPED = [
  'agencies', 'officials', 'establishments', 'plans', 'plan_members', 'plan_targets', 'inspections', 'checklist_results',
  'minors', 'violations', 'violation_minors', 'dismissed_suggestions', 'commitments', 'commitment_items',
];

/** An inspection's JSON lists, as text. */
interface InspectionLists {
  id: string;
  teamPresent: string;
  representatives: string;
  otherParticipants: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/**
 * Carries the data of migration 0006: HLC stamps and the device id on every synced row, the
 * JSON lists into their child tables, and stable ids for rows two laptops must create alike.
 */
export function rowMetadataStep(sqlite: Database.Database): void {
  const deviceId = ensureLocalDevice(sqlite);
  const hlcOf = (iso: string | null) => formatHlc({ wallMs: iso ? Date.parse(iso) || 0 : 0, counter: 0, deviceId });
  sqlite.function('ldte_hlc_0006', { deterministic: true }, (iso: unknown) => hlcOf(typeof iso === 'string' ? iso : null));

  sqlite.prepare("UPDATE plan_status_log SET created_at = at, updated_at = at, updated_by = actor").run();
  sqlite.prepare("UPDATE inspection_amendments SET created_at = opened_at, updated_at = coalesce(closed_at, opened_at), updated_by = opened_by").run();
  sqlite.prepare("UPDATE documents SET updated_at = created_at, updated_by = created_by").run();
  for (const table of [...STAMPED, 'plan_status_log', 'inspection_amendments', 'documents']) {
    sqlite.prepare(`UPDATE ${table} SET device_id = ?, updated_at = ldte_hlc_0006(updated_at)`).run(deviceId);
  }

  const rekey = (table: string, keyColumns: string[]) => {
    const rows = sqlite.prepare(`SELECT rowid AS r, ${keyColumns.join(', ')} FROM ${table}`).all() as Record<string, string>[];
    const set = sqlite.prepare(`UPDATE ${table} SET id = ? WHERE rowid = ?`);
    for (const row of rows) set.run(stableId(table, ...keyColumns.map((c) => row[c]!)), row.r);
  };
  rekey('checklist_results', ['inspection_id', 'item_code']);
  rekey('violation_minors', ['violation_id', 'minor_id']);
  rekey('dismissed_suggestions', ['inspection_id', 'minor_id', 'type_code']);

  const meta = (parent: { createdAt: string; updatedAt: string; updatedBy: string }) => [parent.createdAt, parent.updatedAt, parent.updatedBy, deviceId];
  const inspections = sqlite
    .prepare(
      `SELECT id, team_present AS teamPresent, representatives, other_participants AS otherParticipants,
              created_at AS createdAt, updated_at AS updatedAt, updated_by AS updatedBy FROM inspections`,
    )
    .all() as InspectionLists[];
  const member = sqlite.prepare(
    'INSERT INTO inspection_team_members (id, inspection_id, official_id, role, sort_order, created_at, updated_at, updated_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const representative = sqlite.prepare(
    'INSERT INTO inspection_representatives (id, inspection_id, name, position, id_number, sort_order, created_at, updated_at, updated_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const participant = sqlite.prepare(
    'INSERT INTO inspection_participants (id, inspection_id, name, position, organisation, sort_order, created_at, updated_at, updated_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const i of inspections) {
    const team = JSON.parse(i.teamPresent) as { officialId: string; role: string }[];
    team.forEach((m, n) => member.run(stableId('inspection_team_members', i.id, m.officialId), i.id, m.officialId, m.role, n, ...meta(i)));
    (JSON.parse(i.representatives) as { name: string; position?: string; idNumber?: string }[]).forEach((p, n) =>
      representative.run(newId(), i.id, p.name, p.position ?? null, p.idNumber ?? null, n, ...meta(i)),
    );
    (JSON.parse(i.otherParticipants) as { name: string; position?: string; organisation?: string }[]).forEach((p, n) =>
      participant.run(newId(), i.id, p.name, p.position ?? null, p.organisation ?? null, n, ...meta(i)),
    );
  }

  const plans = sqlite
    .prepare('SELECT id, commune_codes AS communeCodes, created_at AS createdAt, updated_at AS updatedAt, updated_by AS updatedBy FROM plans')
    .all() as { id: string; communeCodes: string; createdAt: string; updatedAt: string; updatedBy: string }[];
  const commune = sqlite.prepare(
    'INSERT INTO plan_communes (id, plan_id, commune_code, sort_order, created_at, updated_at, updated_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const p of plans) {
    (JSON.parse(p.communeCodes) as string[]).forEach((code, n) => commune.run(stableId('plan_communes', p.id, code), p.id, code, n, ...meta(p)));
  }
}
