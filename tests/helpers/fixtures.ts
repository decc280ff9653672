import { inspectionDetail } from '../../electron/services/inspections';
import type { TestApp } from './test-db';

/** Lạng Sơn (province code 20 after 2025) and one of its communes, from the seeded units. */
export function langSon(app: TestApp): { provinceCode: string; communeCode: string; communeName: string } {
  const row = app.db.$client
    .prepare("SELECT p.code AS provinceCode, c.code AS communeCode, c.name AS communeName FROM provinces p JOIN communes c ON c.province_code = p.code WHERE p.name = 'Tỉnh Lạng Sơn' ORDER BY c.code LIMIT 1")
    .get() as { provinceCode: string; communeCode: string; communeName: string };
  return row;
}

/** A craft village with `households` member households in one commune. */
export async function craftVillage(app: TestApp, households = 5) {
  const area = langSon(app);
  const { establishment: village } = await app.run('establishments.create', {
    name: 'Làng nghề mây tre đan Bắc Sơn',
    kind: 'craft_village',
    sector: 'handicraft',
    ...area,
  });
  const members = [];
  for (let i = 1; i <= households; i++) {
    const { establishment } = await app.run('establishments.create', {
      name: `Hộ sản xuất mây tre số ${i}`,
      kind: 'household',
      sector: 'handicraft',
      parentId: village.id,
      ...area,
    });
    members.push(establishment);
  }
  return { village, members, area };
}

/** One official in each of the first `count` seeded agencies. */
export async function officialsFromAgencies(app: TestApp, count: number) {
  const agencies = (await app.run('agencies.list', {})).slice(0, count);
  const names = ['Hoàng Văn Thắng', 'Nông Thị Lan', 'Lương Văn Đức', 'Vi Thị Hạnh', 'Lộc Văn Quý', 'Hà Thị Mai', 'Triệu Văn Sơn'];
  const officials = [];
  for (const [i, agency] of agencies.entries()) {
    officials.push(await app.run('officials.create', { fullName: names[i]!, position: 'Chuyên viên', agencyId: agency.id }));
  }
  return officials;
}

/**
 * Answers every checklist item still "Chưa kiểm tra" (compliant when it applies, not applicable
 * otherwise) and finalises: a record is finalised only with its checklist assessed (issue 10).
 */
export async function assessAndFinalise(app: Pick<TestApp, 'run'> & Partial<TestApp>, id: string) {
  // Read through the service where there is one, not inspections.get: a helper is not a person viewing the record.
  const detail = app.db && app.ctx ? inspectionDetail(app.db, id, app.ctx) : await app.run('inspections.get', { id });
  const items = detail.checklist
    .filter((row) => row.result === 'not_checked')
    .map((row) => ({ itemCode: row.itemCode, result: row.applies ? ('compliant' as const) : ('not_applicable' as const) }));
  if (items.length > 0) await app.run('inspections.setChecklist', { inspectionId: id, items });
  return app.run('inspections.finalise', { id });
}
