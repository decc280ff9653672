import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type HostClient, type TestHost } from '../helpers/test-host';

/**
 * 20 clients write through one host at once for 30 s (WRITERS_SECONDS to change it): creates,
 * updates with and without the version they read, and reads. Every answer is ok or an
 * expected CONFLICT: never INTERNAL, never "database is locked", and nothing acknowledged is lost.
 */
const WRITERS = 20;
const SECONDS = Number(process.env.WRITERS_SECONDS ?? 30);

let t: TestHost;
let client: HostClient;
beforeAll(async () => {
  t = await startTestHost();
  client = t.admin;
});
afterAll(async () => t.close());

type Answer = { ok: boolean; data?: { establishment: { id: string; version: number; workersTotal?: number } }; error?: { code: string; message: string } };

const call = async (name: string, input: unknown): Promise<Answer> => (await client.send(name, input)) as Answer;

describe(`${WRITERS} parallel writers on one host`, () => {
  it(`for ${SECONDS} s: no INTERNAL, no "locked", every acknowledged write kept`, { timeout: (SECONDS + 60) * 1000 }, async () => {
    const shared = (await call('establishments.create', { name: 'Cơ sở dùng chung', kind: 'enterprise', workersTotal: 0 })).data!.establishment;
    const created: string[] = [];
    const failures: Answer['error'][] = [];
    let acknowledgedBumps = 0;
    let conflicts = 0;
    const until = Date.now() + SECONDS * 1000;

    async function writer(n: number): Promise<void> {
      let i = 0;
      while (Date.now() < until) {
        i++;
        const mine = await call('establishments.create', { name: `Hộ kinh doanh ${n}-${i}`, kind: 'household_business', trade: `Nghề ${i}` });
        if (mine.ok) created.push(mine.data!.establishment.id);
        else failures.push(mine.error);
        // Read-modify-write of one shared record, with the version read: the loser is told.
        const current = await call('establishments.get', { id: shared.id });
        const e = current.data!.establishment;
        const bump = await call('establishments.update', { id: shared.id, expectedVersion: e.version, workersTotal: (e.workersTotal ?? 0) + 1 });
        if (bump.ok) acknowledgedBumps++;
        else if (bump.error!.code === 'CONFLICT') conflicts++;
        else failures.push(bump.error);
        const partial = await call('establishments.update', { id: mine.data?.establishment.id ?? shared.id, notes: `lần ${i}` });
        if (!partial.ok) failures.push(partial.error);
      }
    }
    await Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(n)));

    expect(failures.filter((f) => f?.code === 'INTERNAL')).toEqual([]);
    expect(failures.filter((f) => /locked|busy/i.test(f?.message ?? ''))).toEqual([]);
    expect(failures).toEqual([]);
    const final = (await call('establishments.get', { id: shared.id })).data!.establishment;
    // Each acknowledged read-modify-write added exactly one: none was silently overwritten.
    expect(final.workersTotal).toBe(acknowledgedBumps);
    const count = t.host.service.session.database!.$client.prepare("SELECT count(*) AS n FROM establishments WHERE kind = 'household_business'").get() as { n: number };
    expect(count.n).toBe(created.length);
    expect(created.length).toBeGreaterThan(WRITERS);
    console.log(`${created.length} creates, ${acknowledgedBumps} versioned updates, ${conflicts} conflicts answered, 0 failures`);
  });
});
