import { describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/test-db';
import { testLaptops } from '../helpers/test-laptops';

const laptop = testLaptops();

describe('what the exchange page reads', () => {
  it('lists each package made here and each one imported, with the other laptop, its official, the file and what travelled', async () => {
    const a = laptop('Nguyễn Thị Hoa');
    const b = laptop('Trần Văn Minh');
    const team = await a.run('exchange.createTeam', { name: 'Đoàn liên ngành thường trực' });
    const invitation = await a.run('exchange.invitation', { teamId: team.id });
    const request = await b.run('exchange.join', { invitation: invitation.base64, code: invitation.code });
    await a.run('exchange.import', { file: request.base64, fileName: request.fileName });
    await a.run('exchange.acceptJoin', { teamId: team.id, deviceId: b.ctx.deviceId });
    // A join request is not an exchange of data.
    expect(await a.run('exchange.history', {})).toEqual([]);

    await a.run('establishments.create', { name: 'Hộ kinh doanh Mây tre Đức Thành', kind: 'household_business' });
    const pkg = await a.run('exchange.export', { teamId: team.id, mode: 'team' });
    await b.run('exchange.import', { file: pkg.base64, fileName: pkg.fileName });

    const [sent] = await a.run('exchange.history', { teamId: team.id });
    expect(sent).toMatchObject({ direction: 'export', teamName: 'Đoàn liên ngành thường trực', userName: 'Nguyễn Thị Hoa', fileName: pkg.fileName });
    expect(sent!.counts['Cơ sở']).toBeGreaterThan(0);
    expect(sent!.total).toBe(pkg.changes);

    const [received] = await b.run('exchange.history', {});
    expect(received).toMatchObject({ direction: 'import', officialName: 'Nguyễn Thị Hoa', userName: 'Trần Văn Minh', fileName: pkg.fileName, counts: { 'Cơ sở': 1 } });
    // Importing the same package again brings nothing and leaves no line.
    await b.run('exchange.import', { file: pkg.base64, fileName: pkg.fileName });
    expect(await b.run('exchange.history', {})).toHaveLength(1);
    expect(await b.run('exchange.history', { teamId: '01900000-0000-7000-8000-000000000000' })).toEqual([]);
  });

  it('an inbox entry about an inspection names the establishment visited and the day', async () => {
    const a = laptop('Nguyễn Thị Hoa');
    const b = laptop('Trần Văn Minh');
    const team = await a.run('exchange.createTeam', { name: 'Đoàn thường trực' });
    const invitation = await a.run('exchange.invitation', { teamId: team.id });
    const request = await b.run('exchange.join', { invitation: invitation.base64, code: invitation.code });
    await a.run('exchange.import', { file: request.base64 });
    await a.run('exchange.acceptJoin', { teamId: team.id, deviceId: b.ctx.deviceId });
    const { establishment } = await a.run('establishments.create', { name: 'Hộ gia đình ông Lò Văn Chủ', kind: 'household' });
    const { inspection } = await a.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20' });
    const swap = async (from: TestApp, to: TestApp) => to.run('exchange.import', { file: (await from.run('exchange.export', { teamId: team.id, mode: 'team' })).base64 });
    await swap(a, b);
    await a.run('inspections.update', { id: inspection.id, place: 'Nhà ông Chủ' });
    b.ctx.now = () => new Date('2026-11-23T08:05:00Z');
    await b.run('inspections.update', { id: inspection.id, place: 'Xưởng sau nhà' });
    await swap(a, b);
    const [entry] = await b.run('exchange.conflicts', {});
    expect(entry).toMatchObject({ tableName: 'inspections', recordLabel: 'Cuộc kiểm tra «Hộ gia đình ông Lò Văn Chủ» ngày 20/11/2026' });
  });
});
