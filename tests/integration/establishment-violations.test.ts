/**
 * Issue 10 item 16: an establishment's page lists the violations recorded there across its
 * inspections (newest first), counting the children concerned without naming them, so reading
 * it is not a view of a child's record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { craftVillage } from '../helpers/fixtures';
import { openTestApp, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeAll(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterAll(() => app.close());

const childViews = () => (app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'view_children'").get() as { n: number }).n;

describe('establishments.violations', () => {
  it('lists the violations of every inspection of the establishment, newest first, children counted', async () => {
    const { members } = await craftVillage(app, 2);
    const [home, other] = members;
    const older = await app.run('inspections.create', { establishmentId: home!.id, inspectionDate: '2026-03-02' });
    const child = await app.run('minors.create', { inspectionId: older.inspection.id, fullName: 'Lò Thị Hoa', sex: 'female', dateOfBirth: '2014-01-05', job: 'Đan giỏ', hoursPerDay: 6 });
    await app.run('violations.create', { inspectionId: older.inspection.id, typeCode: 'LDCTN-04', minorIds: [child.id] });
    const newer = await app.run('inspections.create', { establishmentId: home!.id, inspectionDate: '2026-10-12' });
    await app.run('violations.create', { inspectionId: newer.inspection.id, typeCode: 'LDCTN-01' });
    const elsewhere = await app.run('inspections.create', { establishmentId: other!.id, inspectionDate: '2026-10-13' });
    await app.run('violations.create', { inspectionId: elsewhere.inspection.id, typeCode: 'LDCTN-01' });
    const removed = await app.run('violations.create', { inspectionId: newer.inspection.id, typeCode: 'LDCTN-02' });
    await app.run('violations.remove', { id: removed.id });

    const before = childViews();
    const listed = await app.run('establishments.violations', { id: home!.id });
    expect(listed.map((v) => [v.inspectionDate, v.typeCode, v.minorCount])).toEqual([
      ['2026-10-12', 'LDCTN-01', 0],
      ['2026-03-02', 'LDCTN-04', 1],
    ]);
    expect(listed[1]).toMatchObject({ inspectionId: older.inspection.id, inspectionStatus: 'draft', recordMade: false });
    expect(listed[1]!.title.length).toBeGreaterThan(10);
    expect(JSON.stringify(listed)).not.toContain('Hoa');
    expect(childViews()).toBe(before);
    expect(await app.run('establishments.violations', { id: 'no-such-id' })).toEqual([]);
  });
});
