/**
 * Issue 9 "Done when": each role is tested against the command table. Dispatch answers
 * FORBIDDEN exactly when the table says the role may not run the command; then the finer rules
 * of security.md: a member cannot approve a plan nor finalise or amend minutes, a viewer cannot
 * write anything nor export children's details, only the admin imports a catalogue, manages
 * users and settings, reads the access log and purges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { waitForJob } from '../../electron/services/reports/export-jobs';
import { commandNames, commands, isPublicCommand, type CommandName } from '../../shared/commands';
import { ROLE_LABELS } from '../../shared/labels/user';
import { ADMINS, LEADERS, ROLES, type Role } from '../../shared/schemas/user';
import { openTestApp, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeAll(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterAll(() => app.close());

const as = (role: Role): ServiceContext => ({ ...app.ctx, role, actor: `Người dùng ${role}`, userId: `user-${role}` });
const dataCommands = commandNames.filter((name) => !isPublicCommand(name));

describe('the command table, walked with each role', () => {
  it.each(ROLES)('%s: FORBIDDEN exactly where the table says so', async (role) => {
    const wrong: string[] = [];
    for (const name of dataCommands) {
      const allowed = commands[name].roles.includes(role);
      // An empty input: an allowed command answers its own validation error (or runs a read), never FORBIDDEN.
      const answer = await dispatch(name, {}, app.db, as(role));
      const forbidden = !answer.ok && answer.error.code === 'FORBIDDEN';
      if (forbidden === allowed) wrong.push(`${name}: ${forbidden ? 'FORBIDDEN' : 'not refused'}`);
      if (forbidden && !answer.ok) {
        expect(answer.error.message).toContain(`(vai trò ${ROLE_LABELS[role]}) không được`);
        expect(answer.error.message).toContain(commands[name].summary.charAt(0).toLowerCase() + commands[name].summary.slice(1));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every command declares at least the admin, and the sign-in flow alone is public', () => {
    expect(dataCommands.filter((name) => !commands[name].roles.includes('admin'))).toEqual([]);
    expect(commandNames.filter((name) => commands[name].public).every((name) => name.startsWith('auth.'))).toBe(true);
  });
});

const rolesOf = (name: CommandName) => [...commands[name].roles].sort();
const allowedTo = (role: Role) => dataCommands.filter((name) => commands[name].roles.includes(role));

describe('the finer rules of security.md', () => {
  it('a member records but cannot approve a plan nor finalise or amend minutes', async () => {
    for (const name of ['plans.setStatus', 'inspections.finalise', 'inspections.amend'] as const) {
      expect(rolesOf(name), name).toEqual([...LEADERS].sort());
      expect(await dispatch(name, { id: 'x', status: 'approved', reason: 'x' }, app.db, as('member')), name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    for (const name of ['inspections.create', 'minors.create', 'violations.create', 'plans.create'] as const) expect(commands[name].roles).toContain('member');
  });

  /**
   * What a viewer may run: reads, and the pseudonymised report (its export writes a file of the
   * figures a viewer already sees, nothing of the records). Anything else a viewer could run is
   * a write and fails here.
   */
  const VIEWER_MAY = new Set<string>([
    'establishments.get', 'establishments.search', 'establishments.violations', 'agencies.list', 'officials.list', 'officials.get',
    'reference.provinces', 'reference.communes', 'reference.legacyProvinces', 'plans.get', 'plans.list', 'plans.legalBases',
    'catalogue.get', 'catalogue.versions', 'inspections.get', 'inspections.list', 'violations.suggest', 'commitments.due',
    'documents.list', 'documents.open', 'documents.pdf', 'documents.content', 'reports.periodic', 'reports.getAssessment', 'reports.commitmentItems', 'reports.export',
    'reports.exportStatus', 'reports.cancelExport', 'history.list', 'settings.get', 'exchange.teams', 'exchange.conflicts',
    'exchange.history', 'attachments.list', 'attachments.ofInspection', 'attachments.thumbnail', 'attachments.content', 'attachments.open',
    // Follow-up (issue 11): the case list (initials), a case (a logged view, like inspections.get), the reminders.
    'followUp.listCases', 'followUp.getCase', 'followUp.todo', 'followUp.todoCount',
    // Commitment verification at a re-inspection, and the sanction decisions of an inspection.
    'verification.get', 'sanctions.list',
  ]);

  it('a viewer cannot write anything', () => {
    expect(allowedTo('viewer').filter((name) => !VIEWER_MAY.has(name))).toEqual([]);
  });

  it('a viewer cannot export children’s details (nor can a member), a leader can', async () => {
    const input = {
      format: 'csv',
      period: { from: '2026-01-01', to: '2026-06-30' },
      includeChildDetails: true,
      legalBasis: { kind: 'other', otherGround: 'Khoản 1 Điều 17 Nghị định 13/2023/NĐ-CP theo đề nghị bằng văn bản' },
    };
    for (const role of ['viewer', 'member'] as const) {
      expect(await dispatch('reports.export', input, app.db, as(role)), role).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const started = await dispatch('reports.export', input, app.db, as('leader'));
    expect(started).toMatchObject({ ok: true });
    if (started.ok) expect(await waitForJob(started.data.jobId)).toMatchObject({ state: 'done' });
  });

  it('only the admin imports a catalogue, manages users and settings, reads the access log, purges, backs up and restores', () => {
    const adminOnly = dataCommands.filter((name) => rolesOf(name).join() === 'admin');
    expect(adminOnly.sort()).toEqual(
      [
        'catalogue.import', 'users.list', 'users.create', 'users.update', 'users.resetPassword', 'settings.update', 'audit.childAccess', 'retention.preview', 'retention.purge',
        // Backups carry every record and a restore replaces them all (issue 13).
        'backup.overview', 'backup.list', 'backup.updateSettings', 'backup.create', 'backup.inspect', 'backup.check', 'backup.restore', 'backup.status', 'backup.cancel',
      ].sort(),
    );
    for (const name of adminOnly) expect(commands[name].roles).toBe(ADMINS);
    expect(dataCommands.filter((name) => name.startsWith('users.')).every((name) => adminOnly.includes(name))).toBe(true);
  });
});
