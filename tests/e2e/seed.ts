import { expect, type APIRequestContext } from '@playwright/test';
import { vietnamDayOf } from '../../shared/dates/vietnam-day';

/** Runs one command through the web host, as the signed-in admin, and returns its data. */
export async function api<T>(request: APIRequestContext, command: string, data: object): Promise<T> {
  const response = await request.post(`/api/${command}`, { data });
  const body = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  expect(body.ok, `${command}: ${body.error?.message}`).toBe(true);
  return body.data;
}

/**
 * YYYY-MM-DD of today in Viet Nam (the day the app counts with, whatever this machine's time
 * zone) shifted by whole days, months and years.
 */
export function isoDay(days = 0, months = 0, years = 0): string {
  const [y, m, d] = vietnamDayOf().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1 + months, d + days)).toISOString().slice(0, 10);
}

/** The weekday (0 = Sunday) of an ISO day. */
export const weekdayOf = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** dd/mm/yyyy of an ISO day, as typed in and shown by the pages. */
export const shown = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

interface Detail {
  inspection: { id: string; version: number };
  checklist: { itemCode: string; applies: boolean; result: string }[];
}

/** Answers every checklist item still unanswered: compliant where it applies, not applicable elsewhere. */
export async function answerChecklist(request: APIRequestContext, inspectionId: string) {
  const detail = await api<Detail>(request, 'inspections.get', { id: inspectionId });
  const items = detail.checklist
    .filter((row) => row.result === 'not_checked')
    .map((row) => ({ itemCode: row.itemCode, result: row.applies ? 'compliant' : 'not_applicable' }));
  if (items.length) await api(request, 'inspections.setChecklist', { inspectionId, items });
}

/**
 * A realistic month of work: a craft village with households and a garment workshop, two
 * officials, a plan under way with three visits (one done and finalised with two minors, the
 * suggested violations and a commitment whose items are overdue, open and fulfilled; one
 * started and left a draft; one still to visit), and an ad hoc draft.
 */
export async function seedMonth(request: APIRequestContext) {
  const agencies = await api<{ id: string; kind: string }[]>(request, 'agencies.list', {});
  const labour = agencies.find((a) => a.kind === 'labour')!;
  const police = agencies.find((a) => a.kind === 'police')!;
  const leader = await api<{ id: string }>(request, 'officials.create', { fullName: 'Trần Minh Quang', sex: 'male', position: 'Phó Giám đốc Sở', agencyId: labour.id });
  const member = await api<{ id: string }>(request, 'officials.create', { fullName: 'Phạm Thu Hà', sex: 'female', position: 'Cán bộ', agencyId: police.id });
  const village = (await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: 'Làng nghề mây tre đan Phú Vinh', kind: 'craft_village', trade: 'Mây tre đan' })).establishment;
  const household = async (name: string) =>
    (await api<{ establishment: { id: string } }>(request, 'establishments.create', { name, kind: 'household', parentId: village.id, address: 'Thôn Phú Vinh', workersTotal: 5, workersUnder18: 2 })).establishment;
  const duc = await household('Hộ ông Nguyễn Văn Đức');
  const lua = await household('Hộ bà Trần Thị Lụa');
  const minh = await household('Hộ ông Lò Văn Minh');
  const workshop = (await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: 'Xưởng may Hồng Phát', kind: 'household_business', address: 'Số 12 đường Lê Lợi' })).establishment;

  const plan = (await api<{ plan: { id: string; version: number } }>(request, 'plans.create', {
    title: 'Kiểm tra lao động chưa thành niên tại làng nghề Phú Vinh',
    number: '12/KH-ĐKT',
    kind: 'thematic',
    periodStart: isoDay(-30),
    periodEnd: isoDay(30),
  })).plan;
  await api(request, 'plans.setTeam', { planId: plan.id, members: [{ officialId: leader.id, role: 'leader' }, { officialId: member.id, role: 'member' }] });
  const withTargets = await api<{ targets: { id: string; establishmentId: string }[] }>(request, 'plans.addTargets', {
    planId: plan.id,
    targets: [
      { establishmentId: duc.id, visitDate: isoDay(-20) },
      { establishmentId: lua.id, visitDate: isoDay(-6) },
      { establishmentId: minh.id, visitDate: isoDay(5) },
    ],
  });
  const target = (id: string) => withTargets.targets.find((t) => t.establishmentId === id)!.id;
  await api(request, 'plans.setStatus', { id: plan.id, status: 'approved' });
  await api(request, 'plans.setStatus', { id: plan.id, status: 'in_progress' });

  // Visit 1, done: two minors, the suggested violations, a commitment; finalised.
  const done = await api<Detail>(request, 'inspections.create', {
    planTargetId: target(duc.id),
    inspectionDate: isoDay(-20),
    startTime: '08:30',
    teamPresent: [{ officialId: leader.id, role: 'leader' }, { officialId: member.id, role: 'member' }],
    representatives: [{ name: 'Nguyễn Văn Đức', sex: 'male', position: 'Chủ hộ' }],
  });
  const id = done.inspection.id;
  const birth = (years: number) => isoDay(-20 - years * 365 - 40);
  await api(request, 'minors.create', { inspectionId: id, fullName: 'Nguyễn Thị Hoa', sex: 'female', dateOfBirth: birth(12), job: 'Phụ giúp đan giỏ', hoursPerDay: 6, artSportWork: false });
  await api(request, 'minors.create', { inspectionId: id, fullName: 'Lò Văn Tú', sex: 'male', dateOfBirth: birth(16), job: 'Phục vụ phòng hát', hazardousWorkplace: true });
  const suggestions = await api<{ typeCode: string; minorIds: string[] }[]>(request, 'violations.suggest', { inspectionId: id });
  for (const s of suggestions) await api(request, 'violations.create', { inspectionId: id, typeCode: s.typeCode, minorIds: s.minorIds, origin: 'suggestion' });
  const commitment = await api<{ items: { id: string }[] }>(request, 'commitments.create', {
    inspectionId: id,
    signerName: 'Nguyễn Văn Đức',
    signerPosition: 'Chủ hộ',
    signedDate: isoDay(-20),
    items: [
      { content: 'Chấm dứt ngay việc sử dụng trẻ em dưới 13 tuổi đan giỏ mây', deadline: isoDay(-10) },
      { content: 'Lập sổ theo dõi riêng lao động chưa thành niên', deadline: isoDay(-3) },
      { content: 'Khám sức khỏe định kỳ cho lao động chưa thành niên', deadline: isoDay(20) },
    ],
  });
  await api(request, 'commitments.setItemStatus', { id: commitment.items[0]!.id, status: 'fulfilled', statusDate: isoDay(-12), note: 'Đoàn xác minh tại chỗ' });
  await answerChecklist(request, id);
  await api(request, 'inspections.finalise', { id });

  // Visit 2, started and left a draft; an ad hoc draft at the workshop.
  const started = await api<Detail>(request, 'inspections.create', { planTargetId: target(lua.id), inspectionDate: isoDay(-6) });
  const adHoc = await api<Detail>(request, 'inspections.create', { establishmentId: workshop.id, inspectionDate: isoDay(-2) });
  return { plan, village, households: { duc, lua, minh }, workshop, finalisedId: id, draftId: started.inspection.id, adHocId: adHoc.inspection.id, leader, member };
}
