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

  const inspect = async (establishmentId: string, inspectionDate: string, fromPlan = false, teamPresent = team) =>
    (await app.run('inspections.create', {
      ...(fromPlan ? { planTargetId: targetOf(establishmentId) } : { establishmentId }),
      inspectionDate,
      teamPresent,
      representatives: [{ name: 'Đại diện cơ sở', position: 'Chủ cơ sở' }],
    })).inspection.id;
  const child = (inspectionId: string, fullName: string, sex: 'male' | 'female', dateOfBirth: string, facts: Record<string, unknown> = {}) =>
    app.run('minors.create', { inspectionId, fullName, sex, dateOfBirth, ...facts } as never);
  const violation = (inspectionId: string, typeCode: string, minorIds: string[] = [], recordMade = false) =>
    app.run('violations.create', { inspectionId, typeCode, minorIds, ...(recordMade ? { recordMade, recordedByOfficialId: leader.id } : {}) });
  const finalise = (id: string) => assessAndFinalise(app, id);

  const children: { fullName: string; dateOfBirth: string; homeAddress?: string }[] = [];
  const track = async (p: ReturnType<typeof child>) => {
    const m = await p;
    children.push({ fullName: m.fullName, dateOfBirth: m.dateOfBirth!, ...(m.homeAddress ? { homeAddress: m.homeAddress } : {}) });
    return m;
  };

  // I1: enterprise, plan, 2026-01-15: a 12-year-old boy and a 14-year-old girl.
  const i1 = await inspect(e1.id, '2026-01-15', true);
  const a12 = await track(child(i1, 'Lò Văn Một', 'male', '2013-06-01', { homeAddress: 'Thôn Nà Lừa, xã Kỳ Lừa' }));
  const a14 = await track(child(i1, 'Lò Thị Hai', 'female', '2011-03-03'));
  const gone = await track(child(i1, 'Lò Văn Xóa', 'male', '2012-01-01'));
  await app.run('minors.remove', { id: gone.id });
  await violation(i1, 'LDCTN-08a', [a12.id], true);
  await violation(i1, 'LDCTN-04', [a14.id], true);
  const i1Item = await app.run('commitments.create', {
    inspectionId: i1, signerName: 'Giám đốc', signedDate: '2026-01-15',
    items: [{ content: 'Cho trẻ thôi việc', deadline: '2026-02-15' }, { content: 'Lập sổ theo dõi', deadline: '2026-06-01' }],
  }).then((c) => app.run('commitments.setItemStatus', { id: c.items[0]!.id, status: 'fulfilled', statusDate: '2026-02-10' }));
  await finalise(i1);

  // I2: cooperative, ad hoc, by one agency only: 15 exactly (still a child), 17.
  const i2 = await inspect(e2.id, '2026-03-10', false, [team[0]!]);
  const c15 = await track(child(i2, 'Hà Văn Ba', 'male', '2011-03-10'));
  await track(child(i2, 'Hà Thị Bốn', 'female', '2008-05-05'));
  await finalise(i2);

  // I3: household business on the last day of the period, in the other commune: 16 and 13 exactly.
  const i3 = await inspect(e3.id, '2026-06-30');
  const b16 = await track(child(i3, 'Vi Văn Năm', 'male', '2010-01-20', { hazardousWorkplace: true, homeAddress: 'Bản Khòn Pát, xã Hoàng Đồng' }));
  const b13 = await track(child(i3, 'Vi Văn Sáu', 'male', '2013-06-30'));
  await violation(i3, 'LDCTN-09b', [b16.id], true);
  const removed = await violation(i3, 'LDCTN-01');
  await app.run('violations.remove', { id: removed.id });
  await finalise(i3);

  // I4: household of the village, plan, finalised then reopened for an amendment (still counts).
  const i4 = await inspect(e4.id, '2026-02-01', true);
  const g12 = await track(child(i4, 'Hoàng Thị Bảy', 'female', '2014-02-01'));
  await violation(i4, 'LDCTN-01', [g12.id]);
  const i4Item = await app.run('commitments.create', { inspectionId: i4, signerName: 'Chủ hộ', signedDate: '2026-02-01', items: [{ content: 'Không sử dụng trẻ em', deadline: '2026-03-01' }] })
    .then((c) => app.run('commitments.setItemStatus', { id: c.items[0]!.id, status: 'breached', statusDate: '2026-03-05' }));
  await finalise(i4);
  await app.run('inspections.amend', { id: i4, reason: 'Bổ sung' });

  // Outside: a draft, one day before and after the period, another province.
  const i5 = await inspect(e5.id, '2026-02-01');
  await track(child(i5, 'Nông Văn Tám', 'male', '2012-02-02'));
  const outside: string[] = [];
  for (const [id, date] of [[e1.id, '2025-12-31'], [e1.id, '2026-07-01'], [e6.id, '2026-03-01']] as const) {
    const i = await inspect(id, date);
    outside.push((await track(child(i, `Ngoài phạm vi ${date}`, 'female', '2012-12-12'))).id);
    await violation(i, 'LDCTN-01');
    await finalise(i);
  }

  // ---- issue 11: cases, sanction decisions, re-inspections (ground truth: tests/integration/reports.test.ts)
  const db = app.db.$client;
  const meta = (at: string) => ({ created_at: `${at}T08:00:00Z`, updated_at: `${at}T08:00:00.000Z-0000-test`, updated_by: 'tester', version: 1 });
  const insert = (table: string, row: Record<string, unknown>) => {
    const keys = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`).run(row);
  };
  /**
   * The case of a minor as this dataset wants it: opened by the finalisation when the follow-up
   * service does so (whatever risk it judged), written here otherwise; risk and status set by hand.
   */
  const caseOf = (minorId: string, inspectionId: string, risk: string, status = 'active', closedOn?: string, closureReason?: string) => {
    const existing = db.prepare('SELECT id FROM follow_up_cases WHERE minor_id = ?').get(minorId) as { id: string } | undefined;
    const id = existing?.id ?? `case-${minorId}`;
    if (!existing) {
      insert('follow_up_cases', { id, minor_id: minorId, inspection_id: inspectionId, risk_level: risk, risk_reasons: '[]', opened_at: '2026-01-15T08:00:00Z', status, ...meta('2026-01-15') });
    }
    db.prepare('UPDATE follow_up_cases SET risk_level = ?, status = ?, closed_on = ?, closure_reason = ?, deleted_at = NULL, minor_removed_at = NULL WHERE id = ?')
      .run(risk, status, closedOn ?? null, closureReason ?? null, id);
    return id;
  };
  let n = 0;
  const referral = (caseId: string, target: string, on: string) =>
    insert('case_referrals', { id: `ref-${++n}`, case_id: caseId, target, agency_name: 'UBND xã', referred_on: on, method: 'letter', ...meta(on) });
  const support = (caseId: string, kind: string, on: string, deleted = false) =>
    insert('case_supports', { id: `sup-${++n}`, case_id: caseId, kind, provided_by: 'Phòng Văn hóa - Xã hội', provided_on: on, ...meta(on), deleted_at: deleted ? `${on}T09:00:00Z` : null });
  const visit = (caseId: string, on: string, situation: string) =>
    insert('case_visits', { id: `vis-${++n}`, case_id: caseId, visited_on: on, visited_by: 'Lương Văn Đức', situation, ...meta(on) });

  // Một (12, emergency): referred to the commune, back to school supported, found in school at the latest visit.
  const mot = caseOf(a12.id, i1, 'emergency');
  referral(mot, 'commune_committee', '2026-01-15');
  support(mot, 'back_to_school', '2026-02-01');
  visit(mot, '2026-02-15', 'still_working');
  visit(mot, '2026-04-10', 'in_school');
  // Hai (14): referred only after the period's end (not counted); in training at her visit.
  const hai = caseOf(a14.id, i1, 'normal');
  referral(hai, 'education', '2026-07-05');
  visit(hai, '2026-03-01', 'in_training');
  // Ba (15): an allowance (supported); a visit after the period's end found him in school (not counted).
  const ba = caseOf(c15.id, i2, 'high');
  support(ba, 'allowance', '2026-03-20');
  visit(ba, '2026-07-02', 'in_school');
  // Năm (16, hazardous workplace, emergency): referred to the police on the period's last day; moved away, closed with a handover.
  const nam = caseOf(b16.id, i3, 'emergency', 'closed', '2026-06-25', 'moved_with_handover');
  referral(nam, 'police', '2026-06-30');
  visit(nam, '2026-05-01', 'still_working');
  visit(nam, '2026-06-20', 'moved_away');
  // Sáu (13): nothing yet but a support entered by mistake and removed.
  const sau = caseOf(b13.id, i3, 'normal');
  support(sau, 'other', '2026-04-01', true);
  // Bảy (12, amended record): in school at both visits, closed for that reason; no support or referral recorded.
  const bay = caseOf(g12.id, i4, 'high', 'closed', '2026-06-28', 'in_school');
  visit(bay, '2026-04-01', 'in_school');
  visit(bay, '2026-06-01', 'in_school');
  // Not counted: the removed minor's case, and a case outside the period.
  support(caseOf(gone.id, i1, 'normal'), 'allowance', '2026-02-01');
  const outsideInspection = (db.prepare('SELECT inspection_id AS i FROM minors WHERE id = ?').get(outside[1]) as { i: string }).i;
  support(caseOf(outside[1]!, outsideInspection, 'emergency'), 'allowance', '2026-07-02');

  // Sanction decisions: I1 decided and paid; I4 decided, not paid; I3 decided after the period (not counted); one removed.
  await app.run('sanctions.create', { inspectionId: i1, number: '01/QĐ-XPHC', decidedOn: '2026-02-10', amount: 170_000_000, paid: true, paidOn: '2026-03-01' });
  await app.run('sanctions.create', { inspectionId: i4, number: '02/QĐ-XPHC', decidedOn: '2026-02-20', amount: 1_500_000 });
  await app.run('sanctions.create', { inspectionId: i3, number: '03/QĐ-XPHC', decidedOn: '2026-07-05', amount: 62_500_000 });
  const removedDecision = await app.run('sanctions.create', { inspectionId: i1, number: '04/QĐ-XPHC', decidedOn: '2026-02-11', amount: 1 });
  await app.run('sanctions.remove', { id: removedDecision.id });

  // Re-inspections (left as drafts, so they are not inspections of the period themselves): I1's first item kept, I4's item breached.
  const ri1 = (await app.run('inspections.startReinspection', { followsInspectionId: i1, inspectionDate: '2026-06-10' })).inspection.id;
  await app.run('verification.record', { reinspectionId: ri1, commitmentItemId: i1Item.id, kept: true, evidence: 'Trẻ đã thôi việc' });
  const ri4 = (await app.run('inspections.startReinspection', { followsInspectionId: i4, inspectionDate: '2026-04-01' })).inspection.id;
  await app.run('verification.record', { reinspectionId: ri4, commitmentItemId: i4Item.id, kept: false, evidence: 'Vẫn sử dụng trẻ em' });

  return { province, c1: c1!, c2: c2!, plan, labour: labour!, establishments: { e1, e2, e3, e4, e5, e6, village }, children };
}
