/**
 * Minutes numbers from a per-device series (issue 12 item 3): three laptops of a team finalising
 * minutes offline at the same time never give the same number, and after exchanging, every
 * laptop holds every record with its own number; the numbers stay plain ("05/BB-ĐKT").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextInSeries, SERIES_BLOCK, SERIES_SLOTS, slotOfNumber } from '../../electron/services/exchange/number-series';
import { exchange, exchangeUntilStill, joinTeam } from '../helpers/exchange-laptops';
import { assessAndFinalise, craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import type { TestApp } from '../helpers/test-db';
import { testLaptops } from '../helpers/test-laptops';

const laptop = testLaptops();

/** A leader's laptop with a plan of nine visits and its team; two more laptops joined and accepted. */
async function team() {
  const a = laptop('Nguyễn Thị Hoa');
  const b = laptop('Trần Văn Minh');
  const c = laptop('Lò Văn Tám');
  const { members, area } = await craftVillage(a, 9);
  const officials = await officialsFromAgencies(a, 3);
  const { plan } = await a.run('plans.create', { title: 'Kế hoạch kiểm tra làng nghề', kind: 'thematic', periodStart: '2026-11-01', periodEnd: '2026-12-31', ...area, communeCodes: [area.communeCode] });
  await a.run('plans.setTeam', { planId: plan.id, members: officials.map((o, i) => ({ officialId: o.id, role: i === 0 ? ('leader' as const) : ('member' as const) })) });
  const { targets } = await a.run('plans.addTargets', { planId: plan.id, targets: members.map((m) => ({ establishmentId: m.id, visitDate: '2026-11-20', timeSlot: 'morning' as const })) });
  const t = await a.run('exchange.createTeam', { name: 'Đoàn kiểm tra làng nghề', planId: plan.id });
  for (const joiner of [b, c]) await joinTeam(a, joiner, t.id);
  await exchange(a, b, t.id);
  await exchange(a, c, t.id);
  return { laptops: [a, b, c], teamId: t.id, targets, officials };
}

/** Records and finalises one inspection on a laptop; its number as given. */
async function finaliseOne(app: TestApp, planTargetId: string, officialId: string): Promise<string | undefined> {
  const detail = await app.run('inspections.create', {
    planTargetId,
    inspectionDate: '2026-11-20',
    teamPresent: [{ officialId, role: 'leader' }],
    representatives: [{ name: 'Lò Văn Chủ', sex: 'male' }],
  });
  return (await assessAndFinalise(app, detail.inspection.id)).inspection.number;
}

describe('minutes numbers from a per-device series', () => {
  it('three laptops finalising offline at the same time never give the same number; after exchanging, every laptop holds all of them', async () => {
    const { laptops, teamId, targets, officials } = await team();
    const given: string[][] = [[], [], []];
    // Interleaved, as three sub-teams working the same morning without a network.
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        laptops.map(async (l, i) => {
          given[i]!.push((await finaliseOne(l, targets[round * 3 + i]!.id, officials[i]!.id))!);
        }),
      );
    }
    expect(given).toEqual([
      ['01/BB-ĐKT', '02/BB-ĐKT', '03/BB-ĐKT'],
      ['101/BB-ĐKT', '102/BB-ĐKT', '103/BB-ĐKT'],
      ['201/BB-ĐKT', '202/BB-ĐKT', '203/BB-ĐKT'],
    ]);
    await exchangeUntilStill(laptops, teamId, 6);
    // Every roster shows each laptop's range, as the leader gave it.
    for (const l of laptops) {
      const [shown] = await l.run('exchange.teams', {});
      expect(Object.fromEntries(shown!.devices.map((d) => [d.officialName, d.numberSeries]))).toEqual({ 'Nguyễn Thị Hoa': '01–100', 'Trần Văn Minh': '101–200', 'Lò Văn Tám': '201–300' });
    }
    for (const l of laptops) {
      const numbers = (await l.run('inspections.list', {})).map((r) => (r as { number?: string }).number);
      expect(numbers).toHaveLength(9);
      expect(new Set(numbers).size).toBe(9);
      expect(new Set(numbers)).toEqual(new Set(given.flat()));
    }
    // The next one on each laptop continues its own series, whatever the others gave meanwhile.
    const more = await laptops[1]!.run('plans.addTargets', { planId: (await laptops[1]!.run('plans.list', {}))[0]!.id, targets: [{ establishmentId: (await laptops[1]!.run('inspections.list', {}))[0]!.establishmentId, visitDate: '2026-11-21', timeSlot: 'morning' }] });
    expect(await finaliseOne(laptops[1]!, more.targets[0]!.id, officials[1]!.id)).toBe('104/BB-ĐKT');
  });

  it('a number typed by the user stays; a laptop in no team numbers 01, 02… like a single clerk', async () => {
    const alone = laptop('Nguyễn Thị Hoa');
    const { members } = await craftVillage(alone, 2);
    const [official] = await officialsFromAgencies(alone, 1);
    const typed = await alone.run('inspections.create', { establishmentId: members[0]!.id, inspectionDate: '2026-11-20', number: '07/BB-ĐKT', teamPresent: [{ officialId: official!.id, role: 'leader' }], representatives: [{ name: 'Lò Văn Chủ' }] });
    expect((await assessAndFinalise(alone, typed.inspection.id)).inspection.number).toBe('07/BB-ĐKT');
    const next = await alone.run('inspections.create', { establishmentId: members[1]!.id, inspectionDate: '2026-11-21', teamPresent: [{ officialId: official!.id, role: 'leader' }], representatives: [{ name: 'Lò Văn Chủ' }] });
    expect((await assessAndFinalise(alone, next.inspection.id)).inspection.number).toBe('08/BB-ĐKT');
  });

  it('a laptop accepted but without its place in the series yet gives no number rather than a clashing one', async () => {
    const a = laptop('Nguyễn Thị Hoa');
    const b = laptop('Trần Văn Minh');
    const { members } = await craftVillage(a, 1);
    const [official] = await officialsFromAgencies(a, 1);
    const t = await a.run('exchange.createTeam', { name: 'Đoàn liên ngành thường trực' });
    const invitation = await a.run('exchange.invitation', { teamId: t.id });
    await b.run('exchange.join', { invitation: invitation.base64, code: invitation.code });
    const detail = await a.run('inspections.create', { establishmentId: members[0]!.id, inspectionDate: '2026-11-20', teamPresent: [{ officialId: official!.id, role: 'leader' }], representatives: [{ name: 'Lò Văn Chủ' }] });
    await exchange(a, b, t.id).catch(() => 0);
    // B is not accepted yet: its own minutes get no number from a series it does not have.
    const onB = await b.run('inspections.create', { establishmentId: members[0]!.id, inspectionDate: '2026-11-21', teamPresent: [{ officialId: official!.id, role: 'leader' }], representatives: [{ name: 'Lò Văn Chủ' }] });
    expect((await assessAndFinalise(b, onB.inspection.id)).inspection.number).toBeUndefined();
    expect((await assessAndFinalise(a, detail.inspection.id)).inspection.number).toBe('01/BB-ĐKT');
  });
});

describe('the series', () => {
  it('blocks of 100 by slot, a whole cycle later when a block is used up', () => {
    expect(nextInSeries([], 1)).toBe(1);
    expect(nextInSeries([], 3)).toBe(201);
    expect(nextInSeries([1, 2, 150, 205], 1)).toBe(3);
    expect(nextInSeries(Array.from({ length: 100 }, (_, i) => i + 1), 1)).toBe(SERIES_BLOCK * SERIES_SLOTS + 1);
    expect(nextInSeries([1200], 2)).toBe(2101);
    expect(nextInSeries([3, 9], null)).toBe(10);
  });

  it('slots allocating in any order never meet', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: SERIES_SLOTS }), { maxLength: 600 }), (order) => {
        const used: number[] = [];
        for (const slot of order) {
          const n = nextInSeries(used, slot);
          if (used.includes(n) || slotOfNumber(n) !== slot) return false;
          used.push(n);
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
