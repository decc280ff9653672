/**
 * Issue 10, "one truth for counts": the commitments page opened from the dashboard lists the
 * items the dashboard's commitment figures count, each with the status it had on the day the
 * figures are judged on, so "Quá hạn" is the same number on both pages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands';
import { craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-07-20T03:00:00Z'));
});
afterEach(() => app.close());

type Input = CommandInput<'reports.periodic'>;
const scope = (from: string, to: string, provinceCode?: string): Input => ({ period: { from, to }, area: { provinceCode, communeCodes: [] }, filters: {} });

let leaderId = '';

async function inspectionWithItems(establishmentId: string, date: string, deadlines: string[]) {
  const { inspection } = await app.run('inspections.create', {
    establishmentId,
    inspectionDate: date,
    teamPresent: [{ officialId: leaderId, role: 'leader' }],
    representatives: [{ name: 'Chủ hộ' }],
  });
  const c = await app.run('commitments.create', {
    inspectionId: inspection.id,
    signerName: 'Chủ hộ',
    signedDate: date,
    items: deadlines.map((deadline, i) => ({ content: `Nội dung ${i + 1}`, deadline })),
  });
  const detail = await app.run('inspections.get', { id: inspection.id });
  const rows = detail.checklist.map((r) => ({ itemCode: r.itemCode, result: r.applies ? ('compliant' as const) : ('not_applicable' as const) }));
  await app.run('inspections.setChecklist', { inspectionId: inspection.id, items: rows });
  await app.run('inspections.finalise', { id: inspection.id });
  return c.items;
}

describe('commitment items in a report scope', () => {
  it('are the items the figures count, with the status they had on the figures’ day', async () => {
    const { members, area } = await craftVillage(app, 3);
    leaderId = (await officialsFromAgencies(app, 1))[0]!.id;
    const first = await inspectionWithItems(members[0]!.id, '2026-03-02', ['2026-04-01', '2026-05-01', '2026-09-01']);
    const second = await inspectionWithItems(members[1]!.id, '2026-06-10', ['2026-06-20', '2026-08-01']);
    // Outside the first half-year: counted in neither.
    await inspectionWithItems(members[2]!.id, '2026-07-02', ['2026-07-10']);
    await app.run('commitments.setItemStatus', { id: first[0]!.id, status: 'fulfilled', statusDate: '2026-03-20' });
    // Fulfilled after the half-year ended: still overdue in its figures.
    await app.run('commitments.setItemStatus', { id: first[1]!.id, status: 'fulfilled', statusDate: '2026-07-15' });
    await app.run('commitments.setItemStatus', { id: second[0]!.id, status: 'breached', statusDate: '2026-06-25' });

    for (const input of [scope('2026-01-01', '2026-06-30'), scope('2026-01-01', '2026-12-31'), scope('2026-01-01', '2026-12-31', area.provinceCode), scope('2025-12-15', '2026-06-14')]) {
      const { figures } = await app.run('reports.periodic', input);
      const listed = await app.run('reports.commitmentItems', input);
      const count = (status: string) => listed.items.filter((r) => r.item.displayStatus === status).length;
      expect(listed.asOf).toBe(figures.commitments.asOf);
      expect(listed.asOfNote).toBe(figures.commitments.asOfNote);
      expect({ items: listed.items.length, fulfilled: count('fulfilled'), open: count('open'), overdue: count('overdue'), breached: count('breached') }).toEqual({
        items: figures.commitments.items,
        fulfilled: figures.commitments.fulfilled,
        open: figures.commitments.open,
        overdue: figures.commitments.overdue,
        breached: figures.commitments.breached,
      });
    }

    const half = await app.run('reports.commitmentItems', scope('2026-01-01', '2026-06-30'));
    expect(half.asOf).toBe('2026-06-30');
    const byContent = Object.fromEntries(half.items.map((r) => [`${r.inspectionDate} ${r.item.content}`, r.item]));
    expect(byContent['2026-03-02 Nội dung 2']).toMatchObject({ status: 'fulfilled', displayStatus: 'overdue', statusDate: '2026-07-15' });
    expect(byContent['2026-03-02 Nội dung 1']).toMatchObject({ displayStatus: 'fulfilled' });
    expect(byContent['2026-06-10 Nội dung 1']).toMatchObject({ displayStatus: 'breached' });
    expect(half.items[0]!.item.displayStatus).toBe('overdue');

    // The running year is judged today (20/07/2026), and says so.
    const year = await app.run('reports.commitmentItems', scope('2026-01-01', '2026-12-31'));
    expect(year.asOf).toBe('2026-07-20');
    expect(year.asOfNote).toContain('20/07/2026');
  });
});
