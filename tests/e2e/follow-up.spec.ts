import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { chooseOwnPassword, createAccount, signIn, signOut } from './roles';
import { answerChecklist, api, isoDay } from './seed';
import { pick, screen } from './ui';

/**
 * Follow-up of the children found and of the commitments (issue 11), through the real UI and
 * services: a leader finalises an inspection with four minors, finds the cases in «Việc cần làm»,
 * records a referral and two visits for a child, closes the case, verifies the commitments at a
 * re-inspection, records a sanction decision, and the dashboard's figures move at each step.
 */

const HOUSEHOLD = 'Hộ ông Hoàng Văn Sáu';
const LEADER = { fullName: 'Đinh Văn Trưởng', login: 'truong.dv', role: 'leader' as const, password: 'mat-khau-truong-2026' };
const CHILD = 'N.T.H';

interface Detail {
  inspection: { id: string; version: number };
}

/** A household of a craft village, inspected today by a joint team, four minors, the suggested violations and a commitment of two items. */
async function seed(request: APIRequestContext) {
  const agencies = await api<{ id: string; kind: string }[]>(request, 'agencies.list', {});
  const police = agencies.find((a) => a.kind === 'police')!;
  const [leader] = await api<{ id: string }[]>(request, 'officials.list', { query: LEADER.fullName });
  const member = await api<{ id: string }>(request, 'officials.create', { fullName: 'Lê Thu Trang', sex: 'female', position: 'Cán bộ', agencyId: police.id });
  const village = (await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: 'Làng nghề dệt Vạn Phúc', kind: 'craft_village', trade: 'Dệt' })).establishment;
  const household = (
    await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: HOUSEHOLD, kind: 'household', parentId: village.id, address: 'Thôn Vạn Phúc', workersTotal: 6, workersUnder18: 4 })
  ).establishment;
  const created = await api<Detail>(request, 'inspections.create', {
    establishmentId: household.id,
    inspectionDate: isoDay(0),
    startTime: '08:30',
    teamPresent: [
      { officialId: leader!.id, role: 'leader' },
      { officialId: member.id, role: 'member' },
    ],
    representatives: [{ name: 'Hoàng Văn Sáu', sex: 'male', position: 'Chủ hộ' }],
  });
  const id = created.inspection.id;
  const birth = (years: number) => isoDay(-years * 365 - 40);
  // Under 13 outside art or sport, and 16 in a forbidden workplace: emergencies; 14: a case; 17 in ordinary work: none.
  await api(request, 'minors.create', { inspectionId: id, fullName: 'Nguyễn Thị Hoa', sex: 'female', dateOfBirth: birth(12), job: 'Phụ giúp dệt vải', hoursPerDay: 6, artSportWork: false });
  await api(request, 'minors.create', { inspectionId: id, fullName: 'Lò Văn Tú', sex: 'male', dateOfBirth: birth(16), job: 'Phục vụ phòng hát', hazardousWorkplace: true });
  await api(request, 'minors.create', { inspectionId: id, fullName: 'Trần Văn Nam', sex: 'male', dateOfBirth: birth(14), job: 'Cuốn chỉ', hoursPerDay: 3 });
  await api(request, 'minors.create', { inspectionId: id, fullName: 'Phạm Thị Lan', sex: 'female', dateOfBirth: birth(17), job: 'Đóng gói', hoursPerDay: 7 });
  const suggestions = await api<{ typeCode: string; minorIds: string[] }[]>(request, 'violations.suggest', { inspectionId: id });
  for (const s of suggestions) await api(request, 'violations.create', { inspectionId: id, typeCode: s.typeCode, minorIds: s.minorIds, origin: 'suggestion' });
  await api(request, 'commitments.create', {
    inspectionId: id,
    signerName: 'Hoàng Văn Sáu',
    signerPosition: 'Chủ hộ',
    signedDate: isoDay(0),
    items: [
      { content: 'Chấm dứt ngay việc cho trẻ em dưới 13 tuổi dệt vải', deadline: isoDay(5) },
      { content: 'Lập sổ theo dõi riêng lao động chưa thành niên', deadline: isoDay(20) },
    ],
  });
  await answerChecklist(request, id);
  return { inspectionId: id };
}

/** The PDF the app makes of a document (LibreOffice), its text, and its pages as images to look at. */
async function renderDocument(request: APIRequestContext, documentId: string, name: string): Promise<string> {
  const pdf = await request.get(`/files/documents/${documentId}/pdf`);
  expect(pdf.status()).toBe(200);
  const work = mkdtempSync(join(tmpdir(), 'follow-up-e2e-'));
  try {
    writeFileSync(join(work, 'doc.pdf'), await pdf.body());
    execFileSync('pdftoppm', ['-png', '-r', '70', join(work, 'doc.pdf'), `reports/screens/${name}`]);
    expect(readdirSync('reports/screens').filter((f) => f.startsWith(`${name}-`)).length).toBeGreaterThanOrEqual(1);
    return execFileSync('pdftotext', ['-layout', join(work, 'doc.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A figure of the dashboard's follow-up card. */
const figure = (page: Page, id: string) => page.getByTestId(`followup-${id}`);

async function openDashboard(page: Page) {
  await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 3 })).toBeVisible();
}

test.use({ actionTimeout: 10_000 });

test('follow-up: cases from a finalised inspection, reminders, referral, visits, closure, re-inspection, sanction, dashboard', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  // The admin makes the leader's account and the records; the leader signs in.
  const account = await createAccount(page, LEADER);
  const { inspectionId } = await seed(page.request);
  await chooseOwnPassword(request, account);
  await signOut(page);
  await signIn(page, account.login, account.password, account.fullName);

  await test.step('the leader finalises the inspection: the cases open', async () => {
    await page.goto(`/#/inspections/${inspectionId}`);
    await page.getByRole('button', { name: 'Hoàn tất biên bản' }).click();
    const confirm = page.getByRole('dialog', { name: 'Hoàn tất và khóa biên bản?' });
    await confirm.getByRole('button', { name: 'Hoàn tất và khóa' }).click();
    await expect(page.getByRole('heading', { name: HOUSEHOLD })).toContainText('Đã hoàn tất');
  });

  await test.step('the dashboard counts three children found, none helped yet', async () => {
    await openDashboard(page);
    await expect(figure(page, 'detected')).toHaveText('3');
    await expect(figure(page, 'intervened')).toHaveText('0');
    await expect(figure(page, 'rate')).toContainText('0% (mục tiêu 100%)');
    await expect(figure(page, 'hazardous')).toHaveText('1');
    await expect(figure(page, 'joint')).toHaveText('1 / 0');
    await screen(page, 'follow-up-dashboard-before');
  });

  await test.step('«Việc cần làm» is first in the menu, with the emergencies', async () => {
    const nav = page.getByRole('menu');
    await expect(nav.getByRole('menuitem').first()).toContainText('Việc cần làm');
    await nav.getByRole('menuitem', { name: /Việc cần làm/ }).click();
    await expect(page.getByRole('heading', { name: 'Việc cần làm', level: 3 })).toBeVisible();
    await expect(page.getByRole('link', { name: `Khẩn cấp: chuyển gửi, bảo vệ trẻ ${CHILD} (12 tuổi)` })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Khẩn cấp: chuyển gửi, bảo vệ trẻ L.V.T (16 tuổi)' })).toBeVisible();
    // No child's full name anywhere in the reminders.
    await expect(page.getByText('Nguyễn Thị Hoa')).toHaveCount(0);
    await expect(page.getByTestId('todo-nav').locator('.ant-badge-count')).not.toHaveText('0');
    await screen(page, 'follow-up-todo');
    await pick(page.getByLabel('Loại việc'), 'khan cap', 'Trường hợp khẩn cấp');
    await expect(page.getByTestId('todo-total')).toHaveText('2 việc, 0 quá hạn');
    await expect(page.getByRole('link', { name: /^Cam kết:/ })).toHaveCount(0);
  });

  await test.step('the case page shows the 12-hour deadline; a referral is recorded', async () => {
    await page.getByRole('link', { name: `Khẩn cấp: chuyển gửi, bảo vệ trẻ ${CHILD} (12 tuổi)` }).click();
    await expect(page.getByRole('heading', { level: 3 })).toContainText(`Hồ sơ theo dõi trẻ em ${CHILD}`);
    await expect(page.getByRole('alert').filter({ hasText: 'Trường hợp khẩn cấp: phải bảo vệ trẻ em trong vòng 12 giờ' })).toBeVisible();
    await expect(page.getByText('Nguyễn Thị Hoa')).toBeVisible();
    await screen(page, 'follow-up-case-emergency');
    await page.getByRole('button', { name: 'Ghi chuyển gửi' }).click();
    const drawer = page.getByRole('dialog', { name: 'Ghi việc chuyển gửi' });
    await expect(drawer.getByLabel('Chuyển gửi đến')).toBeVisible();
    await drawer.getByLabel('Tên cơ quan, đơn vị nhận').fill('Ủy ban nhân dân xã Vạn Phúc');
    await drawer.getByLabel('Người nhận, liên hệ').fill('Bà Lê Thị Mai, công chức văn hóa - xã hội, 0912 345 678');
    await screen(page, 'follow-up-referral-drawer', { fullPage: false });
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByText('Đã chuyển gửi; hạn 12 giờ')).toBeVisible();
    await expect(page.getByRole('cell', { name: /Ủy ban nhân dân xã Vạn Phúc/ })).toBeVisible();
  });

  await test.step('two follow-up visits', async () => {
    for (const notes of ['Cháu đã đi học lại lớp 6', 'Cháu đi học đều, gia đình cam kết không cho đi làm']) {
      await page.getByRole('button', { name: 'Ghi lần thăm lại' }).click();
      const drawer = page.getByRole('dialog', { name: 'Ghi lần thăm lại' });
      await expect(drawer.getByLabel('Người thăm')).toHaveValue(LEADER.fullName);
      await drawer.getByText('Đang đi học', { exact: true }).click();
      await drawer.getByLabel('Ghi chú').fill(notes);
      await drawer.getByRole('button', { name: 'Lưu' }).click();
      await expect(drawer).toBeHidden();
      await expect(page.getByRole('cell', { name: notes })).toBeVisible();
    }
    await expect(page.getByText('Thăm lại (2)')).toBeVisible();
  });

  await test.step('a photo of a visit, kept with the visit', async () => {
    await page.getByRole('button', { name: /^Ảnh, tệp đính kèm của Lần thăm lại ngày/ }).first().click();
    const drawer = page.getByRole('dialog', { name: /^Ảnh, tệp đính kèm: Lần thăm lại ngày/ });
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#9fd0ff' } }).jpeg().toBuffer();
    await drawer.locator('input[type=file]').setInputFiles([{ name: 'tham-lai.jpg', mimeType: 'image/jpeg', buffer: photo }]);
    await expect(drawer.getByRole('status')).toHaveText('Đã đính kèm 1/1 tệp', { timeout: 60_000 });
    await expect(drawer.locator('img.attachment-thumb')).toHaveCount(1);
    await expect(drawer).toContainText('Ảnh có thể cho thấy khuôn mặt trẻ em');
    await screen(page, 'follow-up-visit-photo', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  await test.step('the referral letter and the follow-up record, by initials, previewed and rendered', async () => {
    const papers = page.locator('.ant-card').filter({ has: page.getByText('Văn bản', { exact: true }) }).last();
    await papers.getByText(/^Phiếu chuyển gửi Ủy ban nhân dân xã Vạn Phúc/).click();
    await papers.getByRole('button', { name: 'Tạo văn bản' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
    await expect(preview).toContainText(CHILD, { timeout: 30_000 });
    await expect(preview).not.toContainText('Nguyễn Thị Hoa');
    await papers.getByText('Phiếu theo dõi trẻ em', { exact: true }).first().click();
    await papers.getByRole('button', { name: 'Tạo văn bản' }).click();
    await expect(papers.getByRole('row')).toHaveCount(3);
    await expect(preview).toContainText('Đang đi học', { timeout: 30_000 });
    await screen(page, 'follow-up-case-documents');
    const caseId = page.url().split('/cases/')[1]!.split('?')[0]!;
    const detail = await api<{ referrals: { id: string }[] }>(page.request, 'followUp.getCase', { id: caseId });
    const [letter] = await api<{ id: string }[]>(page.request, 'documents.list', { sourceId: detail.referrals[0]!.id });
    const [record] = await api<{ id: string }[]>(page.request, 'documents.list', { sourceId: caseId });
    const letterText = await renderDocument(page.request, letter!.id, 'follow-up-doc-referral');
    expect(letterText).toContain('Ủy ban nhân dân xã Vạn Phúc');
    expect(letterText).not.toContain('Nguyễn Thị Hoa');
    const recordText = await renderDocument(page.request, record!.id, 'follow-up-doc-record');
    expect(recordText).not.toContain('Nguyễn Thị Hoa');
  });

  await test.step('the case closes after two visits', async () => {
    await page.getByRole('button', { name: 'Kết thúc theo dõi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kết thúc theo dõi' });
    await dialog.getByText('Đã thôi làm việc, trở lại trường học').click();
    await screen(page, 'follow-up-close-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Kết thúc theo dõi' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 3 })).toContainText('Đã kết thúc');
    await screen(page, 'follow-up-case-closed');
  });

  await test.step('the dashboard: one child referred, intervened, back in school', async () => {
    await openDashboard(page);
    await expect(figure(page, 'referred')).toHaveText('1');
    await expect(figure(page, 'intervened')).toHaveText('1');
    await expect(figure(page, 'back')).toHaveText('1');
    await expect(figure(page, 'rate')).toContainText('33,3% (mục tiêu 100%)');
  });

  await test.step('the case list: by initials, filters', async () => {
    await page.getByRole('menuitem', { name: 'Theo dõi trẻ em' }).click();
    await expect(page.getByRole('heading', { name: 'Theo dõi, hỗ trợ trẻ em', level: 3 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'L.V.T' })).toBeVisible();
    await expect(page.getByRole('link', { name: CHILD })).toHaveCount(0);
    await page.getByText('Tất cả', { exact: true }).click();
    await expect(page.getByRole('link', { name: CHILD })).toBeVisible();
    await expect(page.getByText('Nguyễn Thị Hoa')).toHaveCount(0);
    await screen(page, 'follow-up-cases');
  });

  await test.step('a re-inspection verifies the commitments item by item', async () => {
    await page.goto(`/#/inspections/${inspectionId}?tab=commitments`);
    const card = page.locator('.ant-card').filter({ has: page.getByText('Kiểm tra lại cam kết', { exact: true }) }).first();
    await card.getByRole('button', { name: 'Kiểm tra lại cam kết' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bắt đầu kiểm tra lại cam kết' });
    await dialog.getByRole('button', { name: 'Bắt đầu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: HOUSEHOLD })).toContainText('Dự thảo');
    await expect(page.getByText(/^Kiểm tra lại cam kết của cuộc kiểm tra ngày/)).toBeVisible();

    await page.getByRole('button', { name: /^Đã thực hiện: 1\./ }).click();
    const kept = page.getByRole('dialog', { name: 'Nội dung cam kết đã được thực hiện' });
    await kept.getByLabel('Bằng chứng').fill('Đoàn không thấy trẻ em dưới 13 tuổi làm việc tại hộ');
    await kept.getByRole('button', { name: 'Đã thực hiện' }).click();
    await expect(kept).toBeHidden();

    await page.getByRole('button', { name: /^Vi phạm: 2\./ }).click();
    const breached = page.getByRole('dialog', { name: 'Cơ sở không thực hiện cam kết' });
    await breached.getByRole('button', { name: 'Vi phạm' }).click();
    await expect(breached.getByText('Ghi rõ bằng chứng cơ sở không thực hiện cam kết')).toBeVisible();
    await breached.getByLabel('Bằng chứng').fill('Hộ chưa lập sổ theo dõi, chủ hộ xác nhận');
    await expect(breached.getByText(/^Đề xuất: /)).toBeVisible();
    await screen(page, 'follow-up-breach-dialog', { fullPage: false });
    await breached.getByRole('button', { name: 'Vi phạm' }).click();
    await expect(breached).toBeHidden();
    await expect(page.getByTestId('verification-summary')).toHaveText('1 đã thực hiện · 1 vi phạm · 0 chưa kiểm tra');
    await screen(page, 'follow-up-verification');

    // «Biên bản kiểm tra lại» among the re-inspection's papers.
    await page.getByRole('tab', { name: /^Biên bản & in/ }).click();
    await page.getByText('Biên bản kiểm tra lại', { exact: true }).click();
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
    await expect(preview).toContainText('Lập sổ theo dõi riêng lao động chưa thành niên', { timeout: 30_000 });
    const reinspectionId = page.url().split('/inspections/')[1]!.split('?')[0]!;
    const [minutes] = await api<{ id: string }[]>(page.request, 'documents.list', { sourceId: reinspectionId });
    const text = await renderDocument(page.request, minutes!.id, 'follow-up-doc-reinspection');
    expect(text).toContain('Nội dung số 2 (lập sổ theo dõi riêng lao động chưa thành niên): nhắc nhở, đôn đốc thực hiện');
  });

  await test.step('a sanction decision on the first inspection', async () => {
    await page.goto(`/#/inspections/${inspectionId}?tab=violations`);
    await page.getByRole('button', { name: 'Ghi quyết định xử phạt' }).click();
    const drawer = page.getByRole('dialog', { name: 'Ghi quyết định xử phạt' });
    await drawer.getByLabel('Số quyết định').fill('15/QĐ-XPVPHC');
    await drawer.getByLabel('Người, cơ quan ra quyết định').fill('Chủ tịch Ủy ban nhân dân xã Vạn Phúc');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('cell', { name: '15/QĐ-XPVPHC', exact: true })).toBeVisible();
    await screen(page, 'follow-up-sanctions', { scrollToEnd: true });
  });

  await test.step('the dashboard: commitments verified, the sanction decided', async () => {
    await openDashboard(page);
    await expect(figure(page, 'verified')).toHaveText('1 / 1');
    await expect(figure(page, 'sanctions')).toHaveText('1 / 1');
    await expect(figure(page, 'detected')).toHaveText('3');
    await screen(page, 'follow-up-dashboard-after');
  });

  await test.step('narrow window (1024 × 768): reminders and a case', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/#/todo');
    await expect(page.getByRole('heading', { name: 'Việc cần làm', level: 3 })).toBeVisible();
    await screen(page, 'follow-up-todo-1024');
    await page.getByRole('link', { name: 'Khẩn cấp: chuyển gửi, bảo vệ trẻ L.V.T (16 tuổi)' }).click();
    await expect(page.getByRole('heading', { level: 3 })).toContainText('Hồ sơ theo dõi trẻ em L.V.T');
    await screen(page, 'follow-up-case-1024');
  });
});
