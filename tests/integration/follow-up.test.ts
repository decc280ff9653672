/**
 * Issue 11 (A1): follow-up cases on a real file. A finalised inspection opens one case per child
 * found with the right risk and deadline; an amendment neither duplicates nor resets them; a case
 * closes only after two visits or with a leader's exception and its reason; a case view is logged;
 * the reminders list exactly what is due on a given day, on both sides of each deadline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import type { CommandInput, CommandName } from '../../shared/commands';
import { craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, type TestApp } from '../helpers/test-db';

const FINALISED_AT = '2026-11-23T08:00:00.000Z'; // 15:00 in Viet Nam, Monday 23/11/2026
let app: TestApp;
let clock: Date;
beforeEach(() => {
  clock = new Date(FINALISED_AT);
  app = openTestApp(clock);
});
afterEach(() => app.close());

const as = (role: ServiceContext['role']) => ({
  send: <K extends CommandName>(name: K, input: CommandInput<K>) => dispatch(name, input, app.db, { ...app.ctx, role, actor: `Người ${role}` }),
});

async function checklistAndFinalise(id: string) {
  const detail = await app.run('inspections.get', { id });
  const items = detail.checklist.filter((r) => r.result === 'not_checked').map((r) => ({ itemCode: r.itemCode, result: r.applies ? ('compliant' as const) : ('not_applicable' as const) }));
  if (items.length > 0) await app.run('inspections.setChecklist', { inspectionId: id, items });
  return app.run('inspections.finalise', { id });
}

/** An inspection on 20/11/2026 that found five minors: four get a case, the 17-year-old in allowed work does not. */
async function inspectionWithFiveMinors() {
  const { members } = await craftVillage(app, 2);
  const [leader, member] = await officialsFromAgencies(app, 2);
  const { inspection } = await app.run('inspections.create', {
    establishmentId: members[0]!.id,
    inspectionDate: '2026-11-20',
    teamPresent: [
      { officialId: leader!.id, role: 'leader' },
      { officialId: member!.id, role: 'member' },
    ],
    representatives: [{ name: 'Lò Văn Chủ' }],
  });
  const id = inspection.id;
  const minor = (fullName: string, dateOfBirth: string, facts: Partial<CommandInput<'minors.create'>> = {}) =>
    app.run('minors.create', { inspectionId: id, fullName, sex: 'female', dateOfBirth, job: 'Đan giỏ', ...facts });
  const under13 = await minor('Lò Thị An', '2014-05-01'); // 12, not art or sport work
  const longHours = await minor('Hà Văn Bình', '2012-02-01', { sex: 'male', hoursPerDay: 6, jobInLightWorkList: true }); // 14, 6 h/day
  const fifteen = await minor('Vi Thị Cúc', '2011-03-01', { schooling: 'in_school' }); // 15: a child
  const hazardous = await minor('Nông Văn Dũng', '2010-01-15', { sex: 'male', hazardousJob: true }); // 16, forbidden job
  const allowed = await minor('Lục Thị Én', '2009-06-01', { hoursPerDay: 8 }); // 17, within the law
  const c = await app.run('commitments.create', {
    inspectionId: id,
    signerName: 'Lò Văn Chủ',
    signedDate: '2026-11-20',
    items: [{ content: 'Cho các cháu dưới 15 tuổi thôi việc', deadline: '2026-12-10' }],
  });
  await checklistAndFinalise(id);
  return { id, leader: leader!, member: member!, under13, longHours, fifteen, hazardous, allowed, items: c.items, members };
}

const caseOf = <T extends { child: { minorId: string } }>(cases: T[], minorId: string): T | undefined => cases.find((c) => c.child.minorId === minorId);

describe('cases opened at finalisation', () => {
  it('opens one case per child found with the right risk and 12-hour deadline, and an amendment neither duplicates nor resets them', async () => {
    const found = await inspectionWithFiveMinors();
    const cases = await app.run('followUp.listCases', {});
    expect(cases).toHaveLength(4);
    expect(caseOf(cases, found.allowed.id)).toBeUndefined();
    const deadline = '2026-11-23T20:00:00.000Z';
    expect(caseOf(cases, found.under13.id)).toMatchObject({
      riskLevel: 'emergency',
      emergencyDeadline: deadline,
      openedAt: FINALISED_AT,
      status: 'active',
      child: { initials: 'L.T.A', ageAtInspection: 12 },
      riskReasons: ['Chưa đủ 13 tuổi, làm công việc không phải nghệ thuật, thể dục, thể thao (Khoản 3 Điều 145 Bộ luật Lao động năm 2019)'],
    });
    expect(caseOf(cases, found.hazardous.id)).toMatchObject({ riskLevel: 'emergency', emergencyDeadline: deadline, child: { ageAtInspection: 16 } });
    expect(caseOf(cases, found.hazardous.id)!.riskReasons[0]).toMatch(/nặng nhọc, độc hại, nguy hiểm/);
    expect(caseOf(cases, found.longHours.id)).toMatchObject({ riskLevel: 'high', riskReasons: ['Làm việc quá số giờ cho phép (Điều 146 Bộ luật Lao động năm 2019)'] });
    expect(caseOf(cases, found.longHours.id)!.emergencyDeadline).toBeUndefined();
    expect(caseOf(cases, found.fifteen.id)).toMatchObject({ riskLevel: 'normal', riskReasons: ['Trẻ em 15 tuổi làm việc'] });
    // No full name in the list.
    expect(JSON.stringify(cases)).not.toMatch(/Lò Thị An|Hà Văn Bình/);
    // The 12 hours run from the finalisation: the list says overdue once they have passed.
    clock.setTime(Date.parse('2026-11-23T20:00:01Z'));
    expect(caseOf(await app.run('followUp.listCases', { status: 'overdue' }), found.under13.id)).toMatchObject({ emergencyOverdue: true, overdue: true });
    clock.setTime(Date.parse(FINALISED_AT));

    // A referral and a visit are recorded; then the record is amended: one minor removed, one's hours corrected.
    const under13Case = caseOf(cases, found.under13.id)!;
    await app.run('followUp.addReferral', { caseId: under13Case.id, target: 'commune_committee', agencyName: 'UBND xã Bắc Sơn', referredOn: '2026-11-23', method: 'in_person' });
    clock.setTime(Date.parse('2026-11-25T02:00:00Z'));
    await app.run('inspections.amend', { id: found.id, reason: 'Sửa số giờ làm việc và bỏ một người ghi nhầm' });
    await app.run('minors.remove', { id: found.fifteen.id });
    await app.run('minors.update', { id: found.longHours.id, hoursPerDay: 4 });
    await app.run('minors.update', { id: found.allowed.id, nightWork: true }); // now forbidden night work: a case opens
    await checklistAndFinalise(found.id);
    const after = await app.run('followUp.listCases', {});
    expect(after).toHaveLength(5);
    expect(new Set(after.map((c) => c.id)).size).toBe(5);
    expect(caseOf(after, found.under13.id)).toMatchObject({ id: under13Case.id, openedAt: FINALISED_AT, emergencyDeadline: deadline, referralCount: 1, riskLevel: 'emergency' });
    expect(caseOf(after, found.fifteen.id)).toMatchObject({ minorRemovedAt: '2026-11-25T02:00:00.000Z', status: 'active' });
    expect(caseOf(after, found.longHours.id)).toMatchObject({ riskLevel: 'normal', openedAt: FINALISED_AT });
    expect(caseOf(after, found.allowed.id)).toMatchObject({ riskLevel: 'emergency', openedAt: '2026-11-25T02:00:00.000Z', emergencyDeadline: '2026-11-25T14:00:00.000Z', riskReasons: ['Làm việc vào ban đêm'] });
    // One row per minor in the table itself (the deterministic id).
    expect(app.db.$client.prepare('SELECT count(*) AS n FROM follow_up_cases').get()).toEqual({ n: 5 });

    // A suspicion of trafficking makes a case an emergency, 12 hours from when it is recorded.
    const raised = await app.run('followUp.updateCase', { id: caseOf(after, found.longHours.id)!.id, traffickingSuspected: true });
    expect(raised).toMatchObject({ riskLevel: 'emergency', traffickingSuspected: true, emergencyDeadline: '2026-11-25T14:00:00.000Z', riskReasons: ['Nghi vấn bị mua bán, bóc lột'] });
  });
});

describe('closing a case', () => {
  it('needs two visits, or a leader’s exception with a reason of ten characters or more; reopening keeps the work', async () => {
    const found = await inspectionWithFiveMinors();
    const id = caseOf(await app.run('followUp.listCases', {}), found.longHours.id)!.id;
    clock.setTime(Date.parse('2027-03-01T03:00:00Z'));
    const refused = await app.send('followUp.closeCase', { id, closedOn: '2027-03-01', reason: 'in_school' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(refused)).toContain('Cần ít nhất 2 lần thăm lại');
    const short = await app.send('followUp.closeCase', { id, closedOn: '2027-03-01', reason: 'exception', note: 'Chuyển đi' });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['note'] }] } });
    expect(await as('member').send('followUp.closeCase', { id, closedOn: '2027-03-01', reason: 'exception', note: 'Gia đình chuyển vào Nam, không rõ địa chỉ' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await as('viewer').send('followUp.addVisit', { caseId: id, visitedOn: '2026-12-15', visitedBy: 'Nông Thị Lan', situation: 'in_school' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // Still working needs where or what.
    expect(await app.send('followUp.addVisit', { caseId: id, visitedOn: '2026-12-15', visitedBy: 'Nông Thị Lan', situation: 'still_working' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await app.run('followUp.addVisit', { caseId: id, visitedOn: '2026-12-15', visitedBy: 'Nông Thị Lan', situation: 'still_working', workPlace: 'Xưởng đan của hộ ông Chủ', workDescription: 'Đan giỏ 3 giờ mỗi tối' });
    await app.run('followUp.addSupport', { caseId: id, kind: 'back_to_school', providedBy: 'Trường THCS Bắc Sơn', providedOn: '2026-12-20' });
    expect(await app.send('followUp.closeCase', { id, closedOn: '2027-03-01', reason: 'in_school' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await app.run('followUp.addVisit', { caseId: id, visitedOn: '2027-02-20', visitedBy: 'Nông Thị Lan', situation: 'in_school', notes: 'Đi học đều' });
    const closed = await app.run('followUp.closeCase', { id, closedOn: '2027-03-01', reason: 'in_school' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2027-03-01', closureReason: 'in_school', visitCount: 2, supportCount: 1, overdue: false });
    expect(await app.send('followUp.addVisit', { caseId: id, visitedOn: '2027-03-01', visitedBy: 'Nông Thị Lan', situation: 'in_school' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const reopened = await app.run('followUp.reopenCase', { id, reason: 'Trẻ bỏ học lại' });
    expect(reopened).toMatchObject({ status: 'active', visitCount: 2 });
    expect(reopened.closureReason).toBeUndefined();
    // The case page's timeline keeps the closure and says when and why it was reopened.
    const timeline = (await app.run('followUp.getCase', { id })).timeline;
    expect(timeline.map((t) => t.kind)).toEqual(['detection', 'visit', 'support', 'visit', 'closure', 'reopening']);
    expect(timeline.at(-2)).toMatchObject({ on: '2027-03-01', title: 'Đã thôi làm việc, trở lại trường học' });
    expect(timeline.at(-1)).toMatchObject({ on: '2027-03-01', title: 'Mở lại hồ sơ theo dõi', detail: 'Trẻ bỏ học lại' });

    // A leader may close another case as an exception, with its reason.
    const other = caseOf(await app.run('followUp.listCases', {}), found.fifteen.id)!.id;
    const byLeader = await as('leader').send('followUp.closeCase', { id: other, closedOn: '2027-03-01', reason: 'exception', note: 'Gia đình chuyển vào Nam, không rõ địa chỉ' });
    expect(byLeader).toMatchObject({ ok: true, data: { status: 'closed', closureReason: 'exception', closureNote: 'Gia đình chuyển vào Nam, không rõ địa chỉ' } });
  });

  it('shows the full record with its timeline, and logs the view without the child’s name', async () => {
    const found = await inspectionWithFiveMinors();
    const id = caseOf(await app.run('followUp.listCases', {}), found.under13.id)!.id;
    await app.run('followUp.addReferral', { caseId: id, target: 'education', agencyName: 'Trường Tiểu học Bắc Sơn', referredOn: '2026-11-23', method: 'letter', contact: 'Cô Hà, 0912 345 678' });
    // The record was opened to finalise it: a view of the same record within 10 minutes is the same view.
    clock.setTime(Date.parse(FINALISED_AT) + 11 * 60_000);
    const before = app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'view_children'").get() as { n: number };
    const detail = await app.run('followUp.getCase', { id });
    expect(detail.minor).toMatchObject({ fullName: 'Lò Thị An', dateOfBirth: '2014-05-01' });
    expect(detail.timeline.map((t) => t.kind)).toEqual(['detection', 'referral']);
    expect(detail.schedule).toEqual([
      { number: 1, dueOn: '2026-12-23', overdue: false },
      { number: 2, dueOn: '2027-02-23', overdue: false },
    ]);
    expect(detail.closableWithoutException).toBe(false);
    const log = app.db.$client.prepare("SELECT entity_id AS entityId, note FROM audit_log WHERE action = 'view_children' ORDER BY at DESC").all() as { entityId: string; note: string }[];
    expect(log.length).toBe(before.n + 1);
    expect(log[0]).toMatchObject({ entityId: found.id });
    expect(log[0]!.note).toContain('hồ sơ theo dõi trẻ em');
    expect(log[0]!.note).not.toContain('Lò Thị An');
  });
});

describe('the visit schedule', () => {
  it('is set in the settings: the first and second visit within so many months of the opening', async () => {
    const found = await inspectionWithFiveMinors();
    const id = caseOf(await app.run('followUp.listCases', {}), found.fifteen.id)!.id;
    expect(await app.send('settings.update', { followUpFirstVisitMonths: 3, followUpSecondVisitMonths: 3 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.run('settings.update', { followUpFirstVisitMonths: 2, followUpSecondVisitMonths: 6 })).toMatchObject({ followUpFirstVisitMonths: 2, followUpSecondVisitMonths: 6 });
    expect((await app.run('followUp.getCase', { id })).schedule.map((s) => s.dueOn)).toEqual(['2027-01-23', '2027-05-23']);
    expect((await app.run('followUp.listCases', {})).find((c) => c.id === id)!.nextVisitDue).toBe('2027-01-23');
    // Listed from 16/01/2027, seven days before.
    expect((await app.run('followUp.todo', { date: '2027-01-15', kind: 'case_visit' })).rows).toEqual([]);
    expect((await app.run('followUp.todo', { date: '2027-01-16', kind: 'case_visit' })).rows).toHaveLength(4);
  });
});

describe('reminders ("Việc cần làm")', () => {
  it('list exactly what is due on a given day, on both sides of each deadline', async () => {
    const found = await inspectionWithFiveMinors();
    const cases = await app.run('followUp.listCases', {});
    // The 16-year-old's emergency is referred at once; the 12-year-old's is not.
    await app.run('followUp.addReferral', { caseId: caseOf(cases, found.hazardous.id)!.id, target: 'commune_committee', agencyName: 'UBND xã Bắc Sơn', referredOn: '2026-11-23', method: 'phone' });
    // One case visited early: its next visit is the second one.
    await app.run('followUp.addVisit', { caseId: caseOf(cases, found.fifteen.id)!.id, visitedOn: '2026-11-23', visitedBy: 'Nông Thị Lan', situation: 'in_school' });

    const keys = async (date: string) => (await app.run('followUp.todo', { date })).rows.map((r) => `${r.kind}${r.overdue ? '!' : ''} ${r.dueOn}`);
    const item = found.items[0]!;
    const A = caseOf(cases, found.under13.id)!;

    // The day before the finalisation: nothing yet.
    expect(await keys('2026-11-22')).toEqual([]);
    // The day itself (now 15:00, deadline 03:00 tomorrow): the emergency, not yet overdue.
    const today = await app.run('followUp.todo', {});
    expect(today.date).toBe('2026-11-23');
    expect(today.rows).toHaveLength(1);
    expect(today.rows[0]).toMatchObject({ kind: 'emergency_case', overdue: false, dueAt: '2026-11-23T20:00:00.000Z', target: { kind: 'case', id: A.id } });
    expect(today.rows[0]!.title).toContain('L.T.A');
    expect(today.rows[0]!.title).not.toContain('Lò Thị An');
    expect(today.rows[0]!.officials.map((o) => o.id)).toEqual([found.leader.id, found.member.id]);
    // The next day: overdue.
    expect(await keys('2026-11-24')).toEqual(['emergency_case! 2026-11-24']);
    clock.setTime(Date.parse('2026-11-24T02:00:00Z'));
    await app.run('followUp.addReferral', { caseId: A.id, target: 'commune_committee', agencyName: 'UBND xã Bắc Sơn', referredOn: '2026-11-24', method: 'in_person' });
    expect(await keys('2026-11-24')).toEqual([]);
    // Asked about the day before, the referral made since did not exist yet.
    expect(await keys('2026-11-23')).toEqual(['emergency_case 2026-11-24']);

    // The commitment's deadline is 10/12: listed from 03/12, overdue from 11/12 with the re-inspection due.
    expect(await keys('2026-12-02')).toEqual([]);
    expect(await keys('2026-12-03')).toEqual(['commitment 2026-12-10']);
    expect(await keys('2026-12-10')).toEqual(['commitment 2026-12-10']);
    // The first visits are due 23/12 (one month): listed from 16/12.
    expect(await keys('2026-12-15')).toEqual(['commitment! 2026-12-10', 'reinspection 2026-12-11']);
    expect(await keys('2026-12-16')).toEqual(['commitment! 2026-12-10', 'reinspection 2026-12-11', 'case_visit 2026-12-23', 'case_visit 2026-12-23', 'case_visit 2026-12-23']);
    expect(await keys('2026-12-24')).toEqual(['commitment! 2026-12-10', 'case_visit! 2026-12-23', 'case_visit! 2026-12-23', 'case_visit! 2026-12-23', 'reinspection 2026-12-11']);
    // The case visited once waits for its second visit (23/02/2027).
    expect(await keys('2027-02-15')).not.toContain('case_visit 2027-02-23');
    expect((await keys('2027-02-16')).filter((k) => k === 'case_visit 2027-02-23')).toHaveLength(1);

    // Marked done, the commitment and its re-inspection leave the list.
    await app.run('commitments.setItemStatus', { id: item.id, status: 'fulfilled', statusDate: '2026-12-09' });
    expect((await keys('2026-12-24')).filter((k) => !k.startsWith('case_visit'))).toEqual([]);

    // Filters: by team member and agency, by kind; the count agrees.
    const byMember = await app.run('followUp.todo', { date: '2026-12-24', officialId: found.member.id });
    expect(byMember.rows).toHaveLength(3);
    expect((await app.run('followUp.todo', { date: '2026-12-24', officialId: 'nobody' })).rows).toEqual([]);
    expect((await app.run('followUp.todo', { date: '2026-12-24', kind: 'commitment' })).rows).toEqual([]);
    expect(await app.run('followUp.todoCount', { date: '2026-12-24' })).toEqual({ date: '2026-12-24', total: 3, overdue: 3 });
  });

  it('list a plan’s visits of the week that no inspection has started', async () => {
    const { members, area } = await craftVillage(app, 2);
    const officials = await officialsFromAgencies(app, 2);
    const { plan } = await app.run('plans.create', { title: 'Kiểm tra làng nghề mây tre', kind: 'thematic', periodStart: '2026-11-01', periodEnd: '2026-12-31', ...area, communeCodes: [area.communeCode] });
    await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: officials[0]!.id, role: 'leader' }, { officialId: officials[1]!.id, role: 'member' }] });
    const { targets } = await app.run('plans.addTargets', {
      planId: plan.id,
      targets: [
        { establishmentId: members[0]!.id, visitDate: '2026-12-16', timeSlot: 'morning' },
        { establishmentId: members[1]!.id, visitDate: '2026-12-17', timeSlot: 'morning' },
      ],
    });
    const keys = async (date: string) => (await app.run('followUp.todo', { date })).rows.map((r) => `${r.kind}${r.overdue ? '!' : ''} ${r.dueOn}`);
    // Not yet approved: nothing.
    expect(await keys('2026-12-14')).toEqual([]);
    await app.run('plans.update', { id: plan.id, number: '12/KH-SNV' });
    const approved = await app.send('plans.setStatus', { id: plan.id, status: 'approved' });
    if (!approved.ok) throw new Error(JSON.stringify(approved.error));
    expect(await keys('2026-12-13')).toEqual([]); // the week before (Mon 7 – Sun 13)
    expect(await keys('2026-12-14')).toEqual(['plan_visit 2026-12-16', 'plan_visit 2026-12-17']);
    const week = await app.run('followUp.todo', { date: '2026-12-17' });
    expect(week.rows.map((r) => `${r.kind}${r.overdue ? '!' : ''} ${r.dueOn}`)).toEqual(['plan_visit! 2026-12-16', 'plan_visit 2026-12-17']);
    expect(week.rows[0]).toMatchObject({ target: { kind: 'plan', id: plan.id }, officials: [{ id: officials[0]!.id }, { id: officials[1]!.id }] });
    // An inspection started for the first visit takes it off the list.
    await app.run('inspections.create', { planTargetId: targets[0]!.id, inspectionDate: '2026-12-16' });
    expect(await keys('2026-12-17')).toEqual(['plan_visit 2026-12-17']);
    expect(await keys('2026-12-21')).toEqual([]);
  });
});
