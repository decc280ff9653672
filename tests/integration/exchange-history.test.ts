import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/commands';
import { openTestApp, type TestApp } from '../helpers/test-db';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.close();
});

function laptop(name: string): TestApp {
  const app = openTestApp(new Date('2026-11-23T08:00:00Z'));
  app.ctx.actor = name;
  apps.push(app);
  return app;
}

async function run<K extends CommandName>(app: TestApp, name: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
  const result = await dispatch(name, input, app.db, app.ctx);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.data as CommandOutput<K>;
}

describe('what the exchange page reads', () => {
  it('lists each package made here and each one imported, with the other laptop, its official, the file and what travelled', async () => {
    const a = laptop('Nguyễn Thị Hoa');
    const b = laptop('Trần Văn Minh');
    const team = await run(a, 'exchange.createTeam', { name: 'Đoàn liên ngành thường trực' });
    const invitation = await run(a, 'exchange.invitation', { teamId: team.id });
    const request = await run(b, 'exchange.join', { invitation: invitation.base64, code: invitation.code });
    await run(a, 'exchange.import', { file: request.base64, fileName: request.fileName });
    await run(a, 'exchange.acceptJoin', { teamId: team.id, deviceId: b.ctx.deviceId });
    // A join request is not an exchange of data.
    expect(await run(a, 'exchange.history', {})).toEqual([]);

    await run(a, 'establishments.create', { name: 'Hộ kinh doanh Mây tre Đức Thành', kind: 'household_business' });
    const pkg = await run(a, 'exchange.export', { teamId: team.id, mode: 'team' });
    await run(b, 'exchange.import', { file: pkg.base64, fileName: pkg.fileName });

    const [sent] = await run(a, 'exchange.history', { teamId: team.id });
    expect(sent).toMatchObject({ direction: 'export', teamName: 'Đoàn liên ngành thường trực', userName: 'Nguyễn Thị Hoa', fileName: pkg.fileName });
    expect(sent!.counts['Cơ sở']).toBeGreaterThan(0);
    expect(sent!.total).toBe(pkg.changes);

    const [received] = await run(b, 'exchange.history', {});
    expect(received).toMatchObject({ direction: 'import', officialName: 'Nguyễn Thị Hoa', userName: 'Trần Văn Minh', fileName: pkg.fileName, counts: { 'Cơ sở': 1 } });
    // Importing the same package again brings nothing and leaves no line.
    await run(b, 'exchange.import', { file: pkg.base64, fileName: pkg.fileName });
    expect(await run(b, 'exchange.history', {})).toHaveLength(1);
    expect(await run(b, 'exchange.history', { teamId: '01900000-0000-7000-8000-000000000000' })).toEqual([]);
  });

  it('an inbox entry about an inspection names the establishment visited and the day', async () => {
    const a = laptop('Nguyễn Thị Hoa');
    const b = laptop('Trần Văn Minh');
    const team = await run(a, 'exchange.createTeam', { name: 'Đoàn thường trực' });
    const invitation = await run(a, 'exchange.invitation', { teamId: team.id });
    const request = await run(b, 'exchange.join', { invitation: invitation.base64, code: invitation.code });
    await run(a, 'exchange.import', { file: request.base64 });
    await run(a, 'exchange.acceptJoin', { teamId: team.id, deviceId: b.ctx.deviceId });
    const { establishment } = await run(a, 'establishments.create', { name: 'Hộ gia đình ông Lò Văn Chủ', kind: 'household' });
    const { inspection } = await run(a, 'inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20' });
    const swap = async (from: TestApp, to: TestApp) => run(to, 'exchange.import', { file: (await run(from, 'exchange.export', { teamId: team.id, mode: 'team' })).base64 });
    await swap(a, b);
    await run(a, 'inspections.update', { id: inspection.id, place: 'Nhà ông Chủ' });
    b.ctx.now = () => new Date('2026-11-23T08:05:00Z');
    await run(b, 'inspections.update', { id: inspection.id, place: 'Xưởng sau nhà' });
    await swap(a, b);
    const [entry] = await run(b, 'exchange.conflicts', {});
    expect(entry).toMatchObject({ tableName: 'inspections', recordLabel: 'Cuộc kiểm tra «Hộ gia đình ông Lò Văn Chủ» ngày 20/11/2026' });
  });
});
