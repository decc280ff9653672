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
