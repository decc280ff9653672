import type { TestApp } from './test-db';
import { assessAndFinalise } from './fixtures';

/**
 * A small dataset whose report figures are known by hand: inspections inside and outside the
 * period (one day either side) and the area, a draft, an amended record, minors on each side of
 * the age boundaries, violations across codes and kinds, commitments in every state, and deleted
 * rows that must not count. The names and dates of birth of the children are returned so a test
 * can check no export leaks them.
 */
export async function seedReportDataset(app: TestApp) {
  const q = <T>(sql: string, ...p: unknown[]) => app.db.$client.prepare(sql).get(...p) as T;
  const province = q<{ code: string }>("SELECT code FROM provinces WHERE name = 'Tỉnh Lạng Sơn'").code;
  const [c1, c2] = (app.db.$client.prepare('SELECT code FROM communes WHERE province_code = ? ORDER BY code LIMIT 2').all(province) as { code: string }[]).map((r) => r.code);
  const at = { provinceCode: province, communeCode: c1! };
  const est = async (name: string, kind: string, sector: string, extra: Record<string, unknown> = {}) =>
    (await app.run('establishments.create', { name, kind, sector, ...at, ...extra } as never)).establishment;

  const village = await est('Làng nghề mây tre Bắc Sơn', 'craft_village', 'handicraft');
  const e1 = await est('Công ty TNHH Giày da Kỳ Lừa', 'enterprise', 'industry');
  const e2 = await est('Hợp tác xã Nông nghiệp Mai Pha', 'cooperative', 'agriculture');
  const e3 = await est('Quán karaoke Hoàng Đồng', 'household_business', 'services', { communeCode: c2 });
  const e4 = await est('Hộ ông Hoàng Văn Lâm', 'household', 'handicraft', { parentId: village.id });
  const e5 = await est('Hộ bà Nông Thị Vân', 'household', 'handicraft', { parentId: village.id });
  const e6 = await est('Công ty Cổ phần Dệt Hà Nội', 'enterprise', 'industry', { provinceCode: '01', communeCode: undefined });

  const [labour, police] = await app.run('agencies.list', {});
  const leader = await app.run('officials.create', { fullName: 'Hoàng Văn Thắng', position: 'Phó Giám đốc', agencyId: labour!.id });
  const member = await app.run('officials.create', { fullName: 'Lương Văn Đức', position: 'Cán bộ', agencyId: police!.id });
  const team = [{ officialId: leader.id, role: 'leader' as const }, { officialId: member.id, role: 'member' as const }];
  const plan = (await app.run('plans.create', { title: 'Kế hoạch kiểm tra định kỳ 2026', kind: 'periodic', issuingAgencyId: labour!.id, periodStart: '2025-12-01', periodEnd: '2026-12-31' })).plan;
  const targets = (await app.run('plans.addTargets', { planId: plan.id, targets: [{ establishmentId: e1.id }, { establishmentId: e4.id }] })).targets;
  const targetOf = (id: string) => targets.find((t) => t.establishmentId === id)!.id;

  const inspect = async (establishmentId: string, inspectionDate: string, fromPlan = false) =>
    (await app.run('inspections.create', {
      ...(fromPlan ? { planTargetId: targetOf(establishmentId) } : { establishmentId }),
      inspectionDate,
      teamPresent: team,
      representatives: [{ name: 'Đại diện cơ sở', position: 'Chủ cơ sở' }],
    })).inspection.id;
  const child = (inspectionId: string, fullName: string, sex: 'male' | 'female', dateOfBirth: string, facts: Record<string, unknown> = {}) =>
    app.run('minors.create', { inspectionId, fullName, sex, dateOfBirth, ...facts } as never);
  const violation = (inspectionId: string, typeCode: string, minorIds: string[] = []) => app.run('violations.create', { inspectionId, typeCode, minorIds });
  const finalise = (id: string) => assessAndFinalise(app, id);

  const children: { fullName: string; dateOfBirth: string }[] = [];
  const track = async (p: ReturnType<typeof child>) => {
    const m = await p;
    children.push({ fullName: m.fullName, dateOfBirth: m.dateOfBirth! });
    return m;
  };

  // I1: enterprise, plan, 2026-01-15: a 12-year-old boy and a 14-year-old girl.
  const i1 = await inspect(e1.id, '2026-01-15', true);
  const a12 = await track(child(i1, 'Lò Văn Một', 'male', '2013-06-01'));
  const a14 = await track(child(i1, 'Lò Thị Hai', 'female', '2011-03-03'));
  const gone = await track(child(i1, 'Lò Văn Xóa', 'male', '2012-01-01'));
  await app.run('minors.remove', { id: gone.id });
  await violation(i1, 'LDCTN-08a', [a12.id]);
  await violation(i1, 'LDCTN-04', [a14.id]);
  await app.run('commitments.create', {
    inspectionId: i1, signerName: 'Giám đốc', signedDate: '2026-01-15',
    items: [{ content: 'Cho trẻ thôi việc', deadline: '2026-02-15' }, { content: 'Lập sổ theo dõi', deadline: '2026-06-01' }],
  }).then((c) => app.run('commitments.setItemStatus', { id: c.items[0]!.id, status: 'fulfilled', statusDate: '2026-02-10' }));
  await finalise(i1);

  // I2: cooperative, ad hoc: 15 exactly (still a child), 17.
  const i2 = await inspect(e2.id, '2026-03-10');
  await track(child(i2, 'Hà Văn Ba', 'male', '2011-03-10'));
  await track(child(i2, 'Hà Thị Bốn', 'female', '2008-05-05'));
  await finalise(i2);

  // I3: household business on the last day of the period, in the other commune: 16 and 13 exactly.
  const i3 = await inspect(e3.id, '2026-06-30');
  const b16 = await track(child(i3, 'Vi Văn Năm', 'male', '2010-01-20', { hazardousWorkplace: true }));
  await track(child(i3, 'Vi Văn Sáu', 'male', '2013-06-30'));
  await violation(i3, 'LDCTN-09b', [b16.id]);
  const removed = await violation(i3, 'LDCTN-01');
  await app.run('violations.remove', { id: removed.id });
  await finalise(i3);

  // I4: household of the village, plan, finalised then reopened for an amendment (still counts).
  const i4 = await inspect(e4.id, '2026-02-01', true);
  const g12 = await track(child(i4, 'Hoàng Thị Bảy', 'female', '2014-02-01'));
  await violation(i4, 'LDCTN-01', [g12.id]);
  await app.run('commitments.create', { inspectionId: i4, signerName: 'Chủ hộ', signedDate: '2026-02-01', items: [{ content: 'Không sử dụng trẻ em', deadline: '2026-03-01' }] })
    .then((c) => app.run('commitments.setItemStatus', { id: c.items[0]!.id, status: 'breached', statusDate: '2026-03-05' }));
  await finalise(i4);
  await app.run('inspections.amend', { id: i4, reason: 'Bổ sung' });

  // Outside: a draft, one day before and after the period, another province.
  const i5 = await inspect(e5.id, '2026-02-01');
  await track(child(i5, 'Nông Văn Tám', 'male', '2012-02-02'));
  for (const [id, date] of [[e1.id, '2025-12-31'], [e1.id, '2026-07-01'], [e6.id, '2026-03-01']] as const) {
    const i = await inspect(id, date);
    await track(child(i, `Ngoài phạm vi ${date}`, 'female', '2012-12-12'));
    await violation(i, 'LDCTN-01');
    await finalise(i);
  }

  return { province, c1: c1!, c2: c2!, plan, labour: labour!, establishments: { e1, e2, e3, e4, e5, e6, village }, children };
}
