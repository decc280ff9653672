import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessAndFinalise, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

async function textOf(kind: 'plan' | 'inspection_minutes', sourceId: string): Promise<string> {
  const doc = await app.run('documents.generate', { kind, sourceId });
  return (await mammoth.extractRawText({ buffer: app.readStored(doc.fileName) })).value;
}

describe('draft marking', () => {
  it('marks a plan DỰ THẢO until it is approved', async () => {
    const plan = (await app.run('plans.create', { title: 'Kế hoạch kiểm tra', kind: 'adhoc', periodStart: '2026-12-01', periodEnd: '2026-12-05' })).plan;
    expect(await textOf('plan', plan.id)).toMatch(/^DỰ THẢO/);
    const [leader] = await officialsFromAgencies(app, 1);
    await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: leader!.id, role: 'leader' }] });
    await app.run('plans.setStatus', { id: plan.id, status: 'approved' });
    expect(await textOf('plan', plan.id)).not.toContain('DỰ THẢO');
  });

  it('marks inspection minutes DỰ THẢO until the record is finalised', async () => {
    const { establishment } = await app.run('establishments.create', { name: 'Hộ A', kind: 'household' });
    const [leader] = await officialsFromAgencies(app, 1);
    const d = await app.run('inspections.create', {
      establishmentId: establishment.id, inspectionDate: '2026-11-20',
      teamPresent: [{ officialId: leader!.id, role: 'leader' }], representatives: [{ name: 'Chủ hộ' }],
    });
    expect(await textOf('inspection_minutes', d.inspection.id)).toMatch(/^DỰ THẢO/);
    await assessAndFinalise(app, d.inspection.id);
    expect(await textOf('inspection_minutes', d.inspection.id)).not.toContain('DỰ THẢO');
  });
});
