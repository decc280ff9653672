/**
 * Issue 11 over team exchange: two laptops that record the verdict on the same commitment item at
 * the same re-inspection make one row (deterministic id), and every table ends the same on both;
 * a sanction decision recorded on one and marked paid on the other converges.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { assessAndFinalise } from '../helpers/fixtures';
import { exchange, exchangeUntilStill, openLaptop, syncedHash, type Laptop } from '../helpers/exchange-laptops';

const open: Laptop[] = [];
afterEach(() => open.splice(0).forEach((l) => l.close()));

describe('verification and sanctions across two laptops', () => {
  it('one verdict per re-inspection and item, one decision, the same tables on both', async () => {
    let t = Date.parse('2026-11-23T01:00:00Z');
    const clock = () => (t += 1000);
    const [a, b] = [openLaptop('Máy A', clock, 0), openLaptop('Máy B', clock, 2_000)];
    open.push(a, b);
    const agency = (await a.run('agencies.list', {}))[0]!;
    const official = await a.run('officials.create', { fullName: 'Nguyễn Thị Hoa', agencyId: agency.id });
    const { establishment } = await a.run('establishments.create', { name: 'Hộ sản xuất mây tre Đông Phú', kind: 'household' });
    const { inspection } = await a.run('inspections.create', {
      establishmentId: establishment.id,
      inspectionDate: '2026-11-02',
      teamPresent: [{ officialId: official.id, role: 'leader' }],
      representatives: [{ name: 'Chủ hộ' }],
    });
    const commitment = await a.run('commitments.create', { inspectionId: inspection.id, signerName: 'Chủ hộ', signedDate: '2026-11-02', items: [{ content: 'Cho trẻ em thôi việc', deadline: '2026-11-10' }] });
    await a.run('violations.create', { inspectionId: inspection.id, typeCode: 'LDCTN-01', minorIds: [] });
    await assessAndFinalise({ run: a.run, db: a.db, ctx: a.ctx }, inspection.id);
    const re = (await a.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-11-20' })).inspection;

    const team = await a.run('exchange.createTeam', { name: 'Đoàn liên ngành' });
    const invitation = await a.run('exchange.invitation', { teamId: team.id });
    const request = await b.run('exchange.join', { invitation: invitation.base64, code: invitation.code });
    await a.run('exchange.import', { file: request.base64 });
    await a.run('exchange.acceptJoin', { teamId: team.id, deviceId: b.ctx.deviceId });
    await exchange(a, b, team.id, 'all');

    // Offline, both record the verdict on the same item; A records a decision that B then marks paid.
    const itemId = commitment.items[0]!.id;
    await a.run('verification.record', { reinspectionId: re.id, commitmentItemId: itemId, kept: false, evidence: 'Trẻ em vẫn làm việc' });
    await b.run('verification.record', { reinspectionId: re.id, commitmentItemId: itemId, kept: false, evidence: 'Trẻ em vẫn đan giỏ' });
    const decision = await a.run('sanctions.create', { inspectionId: inspection.id, number: '01/QĐ-XPHC', decidedOn: '2026-11-15', amount: 1_500_000 });
    await exchangeUntilStill([a, b], team.id);
    await b.run('sanctions.update', { id: decision.id, paid: true, paidOn: '2026-11-22' });
    await exchangeUntilStill([a, b], team.id);

    for (const l of [a, b]) {
      expect(l.db.$client.prepare('SELECT count(*) AS n FROM commitment_checks').get(), l.name).toEqual({ n: 1 });
      expect(l.db.$client.prepare('SELECT status FROM commitment_items WHERE id = ?').get(itemId), l.name).toEqual({ status: 'breached' });
      expect((await l.run('sanctions.list', { inspectionId: inspection.id })).decisions, l.name).toMatchObject([{ id: decision.id, paid: true, paidOn: '2026-11-22' }]);
      const v = await l.run('verification.get', { inspectionId: re.id });
      expect(v.items[0]!.check, l.name).toMatchObject({ kept: false, nextStep: 'reminder' });
    }
    expect(syncedHash(b.db)).toEqual(syncedHash(a.db));
  });
});
