/**
 * Issue 11 (A1): a child's case travels with the team's packages. The laptop that finalises opens
 * the case; the other receives it, both record work on it, and after the exchange both hold the
 * same case, referral and visits; an amendment finalised again on the other laptop refreshes the
 * same case (deterministic id), never a second one.
 */
import { getTableName } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseReferrals, caseVisits, followUpCases } from '../../db/schema';
import { exchange, openLaptop, syncedHash, type Laptop } from '../helpers/exchange-laptops';

let a: Laptop;
let b: Laptop;
let teamId = '';

beforeEach(async () => {
  let t = Date.parse('2026-11-23T01:00:00Z');
  const clock = () => (t += 1000);
  a = openLaptop('Nguyễn Thị Hoa', clock, 0);
  b = openLaptop('Trần Văn Minh', clock, 60_000);
  teamId = (await a.run('exchange.createTeam', { name: 'Đoàn liên ngành thường trực' })).id;
  const invitation = await a.run('exchange.invitation', { teamId });
  const request = await b.run('exchange.join', { invitation: invitation.base64, code: invitation.code });
  await a.run('exchange.import', { file: request.base64 });
  await a.run('exchange.acceptJoin', { teamId, deviceId: b.ctx.deviceId });
});
afterEach(() => {
  a.close();
  b.close();
});

const FOLLOW_UP_TABLES: string[] = [followUpCases, caseReferrals, caseVisits].map(getTableName);
const followUpHash = (l: Laptop) => Object.fromEntries(Object.entries(syncedHash(l.db)).filter(([name]) => FOLLOW_UP_TABLES.includes(name)));

async function finalise(l: Laptop, id: string) {
  const detail = await l.run('inspections.get', { id });
  const items = detail.checklist.filter((r) => r.result === 'not_checked').map((r) => ({ itemCode: r.itemCode, result: r.applies ? ('compliant' as const) : ('not_applicable' as const) }));
  if (items.length > 0) await l.run('inspections.setChecklist', { inspectionId: id, items });
  await l.run('inspections.finalise', { id });
}

describe('follow-up cases in team exchange', () => {
  it('arrive once on the other laptop, carry the work of both, and an amendment there refreshes the same case', async () => {
    const agency = (await a.run('agencies.list', {}))[0]!;
    const official = await a.run('officials.create', { fullName: 'Nguyễn Thị Hoa', agencyId: agency.id });
    const { establishment } = await a.run('establishments.create', { name: 'Hộ sản xuất mây tre Đông Phú', kind: 'household' });
    const { inspection } = await a.run('inspections.create', {
      establishmentId: establishment.id,
      inspectionDate: '2026-11-20',
      teamPresent: [{ officialId: official.id, role: 'leader' }],
      representatives: [{ name: 'Chủ hộ' }],
    });
    const minor = await a.run('minors.create', { inspectionId: inspection.id, fullName: 'Lò Thị An', sex: 'female', dateOfBirth: '2012-05-01', hoursPerDay: 6 });
    await finalise(a, inspection.id);
    const [opened] = await a.run('followUp.listCases', {});
    expect(opened).toMatchObject({ riskLevel: 'high', child: { minorId: minor.id } });

    await exchange(a, b, teamId, 'all');
    const onB = await b.run('followUp.listCases', {});
    expect(onB.map((c) => c.id)).toEqual([opened!.id]);

    await a.run('followUp.addReferral', { caseId: opened!.id, target: 'commune_committee', agencyName: 'UBND xã Đông Phú', referredOn: '2026-11-23', method: 'in_person' });
    await b.run('followUp.addVisit', { caseId: opened!.id, visitedOn: '2026-11-23', visitedBy: 'Trần Văn Minh', situation: 'in_school' });
    await exchange(a, b, teamId, 'all');
    await exchange(b, a, teamId, 'all');
    for (const l of [a, b]) expect(await l.run('followUp.listCases', {}), l.name).toMatchObject([{ id: opened!.id, referralCount: 1, visitCount: 1 }]);
    expect(followUpHash(a)).toEqual(followUpHash(b));

    // B amends the record and finalises it again: night work found, the same case becomes an emergency.
    await b.run('inspections.amend', { id: inspection.id, reason: 'Bổ sung: cháu làm việc ban đêm' });
    await b.run('minors.update', { id: minor.id, nightWork: true });
    await finalise(b, inspection.id);
    await exchange(b, a, teamId, 'all');
    await exchange(a, b, teamId, 'all');
    for (const l of [a, b]) {
      const cases = await l.run('followUp.listCases', {});
      expect(cases, l.name).toMatchObject([{ id: opened!.id, riskLevel: 'emergency', openedAt: opened!.openedAt, referralCount: 1, visitCount: 1 }]);
      expect(l.db.$client.prepare('SELECT count(*) AS n FROM follow_up_cases').get(), l.name).toEqual({ n: 1 });
    }
    expect(followUpHash(a)).toEqual(followUpHash(b));
  });
});
