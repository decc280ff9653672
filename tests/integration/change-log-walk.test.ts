import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import { waitForJob } from '../../electron/services/reports/export-jobs';
import type { ServiceContext } from '../../electron/services/context';
import { commandNames, type CommandInput, type CommandName, type CommandOutput } from '../../shared/commands';
import { authCommands } from '../../shared/commands/auth';
import { craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, type TestApp } from '../helpers/test-db';

/**
 * Walks the whole command table: every command that changes a synced table must leave one
 * `changes` row per changed field, with the acting user, this device and an HLC later than
 * anything before it. A command missing from both lists below fails the test, so a new
 * write command cannot slip in without proving it.
 */
const READS = new Set<CommandName>([
  'establishments.get', 'establishments.search', 'establishments.violations', 'agencies.list', 'officials.list', 'officials.get', 'reference.provinces',
  'reference.communes', 'reference.legacyProvinces', 'plans.get', 'plans.list', 'plans.suggestTargets', 'plans.legalBases',
  'catalogue.get', 'catalogue.versions', 'inspections.get', 'inspections.list', 'violations.suggest', 'commitments.due',
  'documents.list', 'documents.open', 'documents.content', 'reports.periodic', 'reports.getAssessment', 'reports.commitmentItems', 'reports.exportStatus', 'history.list',
  'users.list', 'settings.get', 'audit.childAccess', 'retention.preview', 'exchange.teams', 'exchange.conflicts', 'exchange.preview',
  'exchange.history', 'attachments.list', 'attachments.ofInspection', 'attachments.thumbnail', 'attachments.content', 'attachments.open',
  'backup.overview', 'backup.list', 'backup.inspect', 'backup.status',
  'followUp.listCases', 'followUp.getCase', 'followUp.todo', 'followUp.todoCount',
  'verification.get', 'sanctions.list',
]);
/**
 * Commands that write files or local, unsynced tables only (the legal catalogue, the audit
 * trail, export jobs, this laptop's accounts and settings), and the sign-in flow.
 */
const LOCAL = new Set<CommandName>([
  'catalogue.import', 'documents.pdf', 'reports.cancelExport', 'users.create', 'users.update', 'users.resetPassword', 'settings.update',
  'exchange.createTeam', 'exchange.invitation', 'exchange.join', 'exchange.acceptJoin', 'exchange.export',
  'drafts.get', 'drafts.save', 'drafts.discard',
  // Backups write files and this laptop's settings; a restore replaces the whole data folder (backup-restore.test.ts).
  'backup.updateSettings', 'backup.create', 'backup.check', 'backup.restore', 'backup.cancel',
  ...(Object.keys(authCommands) as CommandName[]),
]);
/**
 * Team exchange merges changes made by others (logged with their user, device and stamp) and
 * settles conflicts found that way: proved in tests/integration/exchange.test.ts and
 * exchange-convergence.test.ts.
 */
const MERGES = new Set<CommandName>(['exchange.import', 'exchange.resolveConflict']);

/** A 1×1 PNG, for the evidence attached during the walk. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

type ChangeRow = { hlc: string; deviceId: string; userId: string };
const changesSince = (hlc: string) =>
  app.db.$client.prepare('SELECT hlc, device_id AS deviceId, user_id AS userId FROM changes WHERE hlc > ? ORDER BY hlc').all(hlc) as ChangeRow[];
const lastHlc = () => (app.db.$client.prepare('SELECT max(hlc) AS hlc FROM changes').get() as { hlc: string | null }).hlc ?? '';

describe('the change log, walked over the whole command table', () => {
  it('every write command logs its changes with the acting user, this device and a rising HLC', async () => {
    const seen = new Set<CommandName>();
    let step = 0;
    let previous = lastHlc();
    async function write<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
      step++;
      const actor = `Cán bộ ${step}`;
      const ctx: ServiceContext = { ...app.ctx, actor, now: () => new Date(Date.parse('2026-11-23T08:00:00Z') + step * 60_000) };
      const result = await dispatch(name, input, app.db, ctx);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
      if (name === 'reports.export') await waitForJob((result.data as { jobId: string }).jobId);
      const log = changesSince(previous);
      expect(log.length, `${name} wrote no change rows`).toBeGreaterThan(0);
      expect(new Set(log.map((c) => c.userId)), name).toEqual(new Set([actor]));
      expect(new Set(log.map((c) => c.deviceId)), name).toEqual(new Set([app.ctx.deviceId]));
      expect(log.every((c) => c.hlc > previous), name).toBe(true);
      previous = log.at(-1)!.hlc;
      seen.add(name);
      return result.data as CommandOutput<K>;
    }

    const { village, members, area } = await craftVillage(app, 2);
    const officials = await officialsFromAgencies(app, 3);
    previous = lastHlc();

    const { establishment: e } = await write('establishments.create', { name: 'Hộ ông Lò Văn Tư', kind: 'household', parentId: village.id, ...area });
    await write('establishments.update', { id: e.id, trade: 'Đan mây' });
    await write('establishments.remove', { id: e.id });
    await write('establishments.restore', { id: e.id });

    const agency = await write('agencies.create', { name: 'Phòng Văn hóa - Xã hội', kind: 'other' });
    await write('agencies.update', { id: agency.id, shortName: 'VHXH' });
    await write('agencies.remove', { id: agency.id });
    await write('agencies.restore', { id: agency.id });
    const official = await write('officials.create', { fullName: 'Đinh Văn Mười', agencyId: agency.id });
    await write('officials.update', { id: official.id, position: 'Chuyên viên' });
    await write('officials.remove', { id: official.id });
    await write('officials.restore', { id: official.id });

    const { plan } = await write('plans.create', { title: 'Kiểm tra làng nghề mây tre', kind: 'thematic', periodStart: '2026-11-01', periodEnd: '2026-12-31', ...area, communeCodes: [area.communeCode] });
    await write('plans.update', { id: plan.id, purpose: 'Phát hiện trẻ em làm việc' });
    await write('plans.setTeam', { planId: plan.id, members: [{ officialId: officials[0]!.id, role: 'leader' }, { officialId: officials[1]!.id, role: 'member' }] });
    const { targets } = await write('plans.addTargets', { planId: plan.id, targets: [{ establishmentId: members[0]!.id, visitDate: '2026-11-20', timeSlot: 'morning' }, { establishmentId: members[1]!.id, timeSlot: 'morning' }] });
    await write('plans.updateTarget', { id: targets[1]!.id, visitDate: '2026-11-21', timeSlot: 'afternoon' });
    await write('plans.removeTarget', { id: targets[1]!.id });
    await write('plans.setStatus', { id: plan.id, status: 'approved' });
    await write('documents.generate', { kind: 'plan', sourceId: plan.id });
    const other = await write('plans.create', { title: 'Bỏ', kind: 'adhoc', periodStart: '2026-11-01', periodEnd: '2026-11-02' });
    await write('plans.remove', { id: other.plan.id });
    await write('plans.restore', { id: other.plan.id });

    const detail = await write('inspections.create', { planTargetId: targets[0]!.id, inspectionDate: '2026-11-20', representatives: [{ name: 'Lò Văn Chủ' }] });
    const id = detail.inspection.id;
    const spare = await write('inspections.create', { establishmentId: members[1]!.id, inspectionDate: '2026-11-21' });
    await write('inspections.remove', { id: spare.inspection.id });
    await write('inspections.restore', { id: spare.inspection.id });
    await write('inspections.update', { id, number: '7/BB' });
    await write('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: 'CK-01', result: 'violation' }] });
    const { attachment } = await write('attachments.add', { ownerTable: 'inspections', ownerId: id, fileName: 'xuong.png', base64: ONE_PIXEL_PNG });
    await write('attachments.update', { id: attachment.id, caption: 'Xưởng đan', inMinutesAnnex: true });
    await write('attachments.remove', { id: attachment.id });
    await write('attachments.restore', { id: attachment.id });
    const m = await write('minors.create', { inspectionId: id, fullName: 'Lò Văn Bảy', sex: 'male', dateOfBirth: '2014-03-01', job: 'Đan giỏ', hoursPerDay: 6 });
    await write('minors.update', { id: m.id, job: 'Phơi mây' });
    const gone = await write('minors.create', { inspectionId: id, fullName: 'Lò Văn Chín', sex: 'male', estimatedAge: 12 });
    await write('violations.dismiss', { inspectionId: id, typeCode: 'LDCTN-04', minorIds: [gone.id] });
    await write('minors.remove', { id: gone.id });
    const v = await write('violations.create', { inspectionId: id, typeCode: 'LDCTN-04', minorIds: [m.id] });
    await write('violations.update', { id: v.id, facts: 'Làm 6 giờ/ngày' });
    const extra = await write('violations.create', { inspectionId: id, typeCode: 'LDCTN-01' });
    await write('violations.remove', { id: extra.id });
    const c = await write('commitments.create', { inspectionId: id, signerName: 'Lò Văn Chủ', signedDate: '2026-11-20', items: [{ content: 'Cho cháu thôi việc', deadline: '2026-11-30' }] });
    await write('commitments.update', { id: c.id, signerPosition: 'Chủ hộ' });
    await write('commitments.setItemStatus', { id: c.items[0]!.id, status: 'fulfilled', statusDate: '2026-11-25' });
    const dropped = await write('commitments.create', { inspectionId: id, signerName: 'B', signedDate: '2026-11-20', items: [{ content: 'X', deadline: '2026-11-30' }] });
    await write('commitments.remove', { id: dropped.id });
    const unanswered = (await app.run('inspections.get', { id })).checklist.filter((r) => r.result === 'not_checked');
    await write('inspections.setChecklist', { inspectionId: id, items: unanswered.map((r) => ({ itemCode: r.itemCode, result: r.applies ? ('compliant' as const) : ('not_applicable' as const) })) });
    await write('inspections.finalise', { id });
    // The child found has a case (opened by the finalisation): its work, closure and reopening.
    const [followed] = await app.run('followUp.listCases', { inspectionId: id });
    await write('followUp.updateCase', { id: followed!.id, traffickingSuspected: true });
    const referral = await write('followUp.addReferral', { caseId: followed!.id, target: 'commune_committee', agencyName: 'UBND xã', referredOn: '2026-11-21', method: 'in_person' });
    await write('followUp.updateReferral', { id: referral.id, outcome: 'Đã tiếp nhận', outcomeOn: '2026-11-22' });
    await write('followUp.removeReferral', { id: referral.id });
    await write('followUp.restoreReferral', { id: referral.id });
    const support = await write('followUp.addSupport', { caseId: followed!.id, kind: 'back_to_school', providedBy: 'Trường THCS', providedOn: '2026-11-21' });
    await write('followUp.updateSupport', { id: support.id, note: 'Miễn học phí' });
    await write('followUp.removeSupport', { id: support.id });
    await write('followUp.restoreSupport', { id: support.id });
    const visit = await write('followUp.addVisit', { caseId: followed!.id, visitedOn: '2026-11-21', visitedBy: 'Cán bộ xã', situation: 'in_school' });
    await write('followUp.updateVisit', { id: visit.id, notes: 'Đi học đều' });
    await write('followUp.removeVisit', { id: visit.id });
    await write('followUp.restoreVisit', { id: visit.id });
    await write('followUp.addVisit', { caseId: followed!.id, visitedOn: '2026-11-22', visitedBy: 'Cán bộ xã', situation: 'in_school' });
    await write('followUp.closeCase', { id: followed!.id, closedOn: '2026-11-23', reason: 'in_school' });
    await write('followUp.reopenCase', { id: followed!.id, reason: 'Kiểm tra lại' });
    // The sanction decision on the finalised record, and a re-inspection verifying the commitment (issue 11).
    const decision = await write('sanctions.create', { inspectionId: id, number: '05/QĐ-XPHC', decidedOn: '2026-11-22', amount: 45_000_000 });
    await write('sanctions.update', { id: decision.id, paid: true, paidOn: '2026-11-23' });
    await write('sanctions.remove', { id: decision.id });
    await write('sanctions.restore', { id: decision.id });
    const re = await write('inspections.startReinspection', { followsInspectionId: id, inspectionDate: '2026-11-23' });
    await write('verification.record', { reinspectionId: re.inspection.id, commitmentItemId: c.items[0]!.id, kept: false, evidence: 'Cháu vẫn đan giỏ' });
    await write('verification.remove', { reinspectionId: re.inspection.id, commitmentItemId: c.items[0]!.id });
    await write('inspections.amend', { id, reason: 'Ghi sai giờ làm' });
    await write('reports.export', { format: 'json', period: { from: '2026-01-01', to: '2026-12-31' }, area: { communeCodes: [] }, filters: {}, includeChildDetails: false } as CommandInput<'reports.export'>);
    await write('reports.saveAssessment', { period: { from: '2026-01-01', to: '2026-12-31' }, results: 'Kiểm tra 12 cơ sở', difficulties: 'Địa bàn rộng' });
    // A record older than the retention period (5 years), so that the purge has a minor to reduce.
    const old = await write('inspections.create', { establishmentId: members[1]!.id, inspectionDate: '2020-03-02' });
    await write('minors.create', { inspectionId: old.inspection.id, fullName: 'Lò Thị Mười', sex: 'female', dateOfBirth: '2008-05-01', homeAddress: 'Bản Hon, xã Tả Phìn' });
    const due = await app.run('retention.preview', {});
    expect(due.minors).toBe(1);
    await write('retention.purge', { expectedMinors: due.minors });
    // One establishment registered twice (on two laptops): every linked record moves to the one kept.
    const { establishment: twin } = await write('establishments.create', { name: 'Hộ ông Lò Văn Tư (trùng)', kind: 'household', parentId: village.id, ...area });
    await write('exchange.mergeEstablishments', { id: twin.id, intoId: e.id });

    const writes = commandNames.filter((n) => !READS.has(n) && !LOCAL.has(n) && !MERGES.has(n));
    expect([...seen].sort()).toEqual([...writes].sort());
  });

  it('reads and local commands leave the change log alone', async () => {
    const before = lastHlc();
    await app.run('establishments.search', { query: 'mây' });
    await app.run('catalogue.versions', {});
    await app.run('reports.periodic', { period: { from: '2026-01-01', to: '2026-12-31' }, area: { communeCodes: [] }, filters: {} } as CommandInput<'reports.periodic'>);
    expect(changesSince(before)).toEqual([]);
  });
});
