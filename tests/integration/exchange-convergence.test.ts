import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changes, conflicts } from '../../db/schema';
import { concurrent, type SyncChange } from '../../shared/sync/merge';
import { checkpoint, exchange, exchangeUntilStill, openLaptop, syncedHash, type Laptop } from '../helpers/exchange-laptops';

/**
 * Three laptops of one standing team on skewed clocks (−3 h, +3 h, +1 day) do random creates,
 * edits, deletes and restores of every synced kind and exchange packages in random orders
 * (relays through a third laptop included). After everyone has received everyone's packages,
 * every synced table is identical on every laptop, and every field edited concurrently has an
 * entry in the conflict inbox. EXCHANGE_RUNS sets the number of random runs (npm run bench
 * runs many more).
 */
const RUNS = Number(process.env.EXCHANGE_RUNS ?? 25);
const SKEWS = [-3 * 3600_000, 3 * 3600_000, 24 * 3600_000];
const NAMES = ['Nguyễn Thị Hoa', 'Trần Văn Minh', 'Lò Văn Tám'];

let templates: string[] = [];
let teamId = '';
let inspectionId = '';
let planId = '';
const keep: Laptop[] = [];

beforeAll(async () => {
  let t = Date.parse('2026-11-23T01:00:00Z');
  const clock = () => (t += 1000);
  const [a, b, c] = NAMES.map((n, i) => openLaptop(n, clock, SKEWS[i]!));
  keep.push(a!, b!, c!);
  const agency = (await a!.run('agencies.list', {}))[0]!;
  const official = await a!.run('officials.create', { fullName: 'Nguyễn Thị Hoa', agencyId: agency.id });
  const { establishment } = await a!.run('establishments.create', { name: 'Hộ sản xuất mây tre Đông Phú', kind: 'household' });
  planId = (await a!.run('plans.create', { title: 'Kiểm tra làng nghề', kind: 'thematic', periodStart: '2026-11-01', periodEnd: '2026-12-31' })).plan.id;
  const detail = await a!.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20', teamPresent: [{ officialId: official.id, role: 'leader' }] });
  inspectionId = detail.inspection.id;
  const team = await a!.run('exchange.createTeam', { name: 'Đoàn liên ngành thường trực' });
  teamId = team.id;
  for (const joiner of [b!, c!]) {
    const invitation = await a!.run('exchange.invitation', { teamId });
    const request = await joiner.run('exchange.join', { invitation: invitation.base64, code: invitation.code });
    await a!.run('exchange.import', { file: request.base64 });
    await a!.run('exchange.acceptJoin', { teamId, deviceId: joiner.ctx.deviceId });
  }
  await exchange(a!, b!, teamId);
  await exchange(a!, c!, teamId);
  for (const l of keep) checkpoint(l);
  templates = keep.map((l) => l.path);
}, 120_000);

afterAll(() => keep.forEach((l) => l.close()));

const JOBS = ['Đan giỏ', 'Phơi mây', 'Bốc vác', 'Chẻ nan'];
const TEXTS = ['Nhà ông Chủ', 'Xưởng sau nhà', 'Sân phơi', 'Kho mây'];

type Op =
  | { kind: 'establishment'; laptop: number; action: 'create' | 'update' | 'delete' | 'restore'; pick: number; value: number }
  | { kind: 'minor'; laptop: number; action: 'create' | 'update' | 'remove'; pick: number; value: number }
  | { kind: 'inspection'; laptop: number; field: 'place' | 'requests' | 'startTime'; value: number }
  | { kind: 'violation'; laptop: number; action: 'create' | 'update' | 'remove'; pick: number; value: number }
  | { kind: 'commitment'; laptop: number; action: 'create' | 'update'; pick: number; value: number }
  | { kind: 'plan'; laptop: number; field: 'purpose' | 'content'; value: number }
  | { kind: 'checklist'; laptop: number; item: number; value: number }
  | { kind: 'exchange'; from: number; to: number };

const laptopArb = fc.integer({ min: 0, max: 2 });
const small = fc.integer({ min: 0, max: 3 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('establishment' as const), laptop: laptopArb, action: fc.constantFrom('create' as const, 'update' as const, 'delete' as const, 'restore' as const), pick: small, value: small }),
  fc.record({ kind: fc.constant('minor' as const), laptop: laptopArb, action: fc.constantFrom('create' as const, 'update' as const, 'update' as const, 'remove' as const), pick: small, value: small }),
  fc.record({ kind: fc.constant('inspection' as const), laptop: laptopArb, field: fc.constantFrom('place' as const, 'requests' as const, 'startTime' as const), value: small }),
  fc.record({ kind: fc.constant('violation' as const), laptop: laptopArb, action: fc.constantFrom('create' as const, 'update' as const, 'remove' as const), pick: small, value: small }),
  fc.record({ kind: fc.constant('commitment' as const), laptop: laptopArb, action: fc.constantFrom('create' as const, 'update' as const), pick: small, value: small }),
  fc.record({ kind: fc.constant('plan' as const), laptop: laptopArb, field: fc.constantFrom('purpose' as const, 'content' as const), value: small }),
  fc.record({ kind: fc.constant('checklist' as const), laptop: laptopArb, item: small, value: small }),
  fc.record({ kind: fc.constant('exchange' as const), from: laptopArb, to: laptopArb }),
);

/** Runs one operation; a refusal by the services (an edit of a deleted record…) is part of the game. */
async function perform(laptops: Laptop[], op: Op): Promise<void> {
  if (op.kind === 'exchange') {
    if (op.from !== op.to) await exchange(laptops[op.from]!, laptops[op.to]!, teamId);
    return;
  }
  const l = laptops[op.laptop]!;
  const nth = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  switch (op.kind) {
    case 'establishment': {
      const list = (await l.run('establishments.search', { includeDeleted: true, limit: 50 })).items;
      const e = nth(list, op.pick);
      if (op.action === 'create') await l.send('establishments.create', { name: `Hộ kinh doanh ${l.name} ${op.value}`, kind: 'household_business' });
      else if (e && op.action === 'update') await l.send('establishments.update', { id: e.id, trade: JOBS[op.value] });
      else if (e && op.action === 'delete') await l.send('establishments.remove', { id: e.id });
      else if (e) await l.send('establishments.restore', { id: e.id });
      return;
    }
    case 'minor': {
      const detail = await l.run('inspections.get', { id: inspectionId });
      const m = nth(detail.minors, op.pick);
      if (op.action === 'create') await l.send('minors.create', { inspectionId, fullName: `Trẻ ${NAMES[op.laptop]} ${op.value}`, sex: 'male', estimatedAge: 12 + op.value, job: JOBS[op.value] });
      else if (m && op.action === 'update') await l.send('minors.update', { id: m.id, job: JOBS[op.value], hoursPerDay: 4 + op.value });
      else if (m) await l.send('minors.remove', { id: m.id });
      return;
    }
    case 'inspection':
      await l.send('inspections.update', { id: inspectionId, [op.field]: op.field === 'startTime' ? `0${7 + op.value}:30` : TEXTS[op.value] });
      return;
    case 'violation': {
      const detail = await l.run('inspections.get', { id: inspectionId });
      const v = nth(detail.violations, op.pick);
      const m = nth(detail.minors, op.pick);
      if (op.action === 'create') await l.send('violations.create', { inspectionId, typeCode: op.value % 2 ? 'LDCTN-01' : 'LDCTN-04', minorIds: m && op.value % 2 === 0 ? [m.id] : [] });
      else if (v && op.action === 'update') await l.send('violations.update', { id: v.id, facts: TEXTS[op.value] });
      else if (v) await l.send('violations.remove', { id: v.id });
      return;
    }
    case 'commitment': {
      const detail = await l.run('inspections.get', { id: inspectionId });
      const c = nth(detail.commitments, op.pick);
      if (op.action === 'create') await l.send('commitments.create', { inspectionId, signerName: 'Lò Văn Chủ', signedDate: '2026-11-20', items: [{ content: TEXTS[op.value]!, deadline: '2026-12-20' }] });
      else if (c) await l.send('commitments.update', { id: c.id, signerPosition: TEXTS[op.value] });
      return;
    }
    case 'plan':
      await l.send('plans.update', { id: planId, [op.field]: TEXTS[op.value] });
      return;
    case 'checklist':
      await l.send('inspections.setChecklist', { inspectionId, items: [{ itemCode: `CK-0${op.item + 1}`, result: (['compliant', 'violation', 'not_applicable', 'not_checked'] as const)[op.value]! }] });
      return;
  }
}

function loggedChanges(l: Laptop): SyncChange[] {
  return l.db.select().from(changes).all().map((c) => ({ ...c, op: c.op as SyncChange['op'] }));
}

/**
 * Fields where a change was written without seeing the value just before it in HLC order,
 * by another laptop: an edit that would be lost silently without the inbox.
 */
function concurrentFields(log: SyncChange[]): Set<string> {
  const byField = new Map<string, SyncChange[]>();
  for (const c of log) {
    const key = `${c.tableName}|${c.rowId}|${c.field}`;
    byField.set(key, [...(byField.get(key) ?? []), c]);
  }
  const out = new Set<string>();
  for (const [key, list] of byField) {
    list.sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.deviceId !== list[i - 1]!.deviceId && concurrent(list[i - 1]!, list[i]!)) out.add(key);
    }
  }
  return out;
}

describe('team exchange converges', () => {
  it(`three laptops on skewed clocks, random edits of every kind and random exchange orders (${RUNS} runs): identical tables, every concurrent edit in the inbox`, { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 10, maxLength: 80 }), async (ops) => {
        let t = Date.parse('2026-11-23T02:00:00Z');
        const clock = () => (t += 1000);
        const laptops = NAMES.map((n, i) => openLaptop(n, clock, SKEWS[i]!, templates[i]));
        try {
          for (const op of ops) await perform(laptops, op);
          await exchangeUntilStill(laptops, teamId);
          const hashes = laptops.map((l) => syncedHash(l.db));
          expect(hashes[1]).toEqual(hashes[0]);
          expect(hashes[2]).toEqual(hashes[0]);
          const reported = new Set(laptops[0]!.db.select().from(conflicts).all().map((c) => `${c.tableName}|${c.rowId}|${c.field}`));
          for (const field of concurrentFields(loggedChanges(laptops[0]!))) expect(reported, `no inbox entry for ${field}`).toContain(field);
        } finally {
          laptops.forEach((l) => l.close());
        }
      }),
      { numRuns: RUNS },
    );
  });
});
