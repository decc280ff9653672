import { expect, test, type Locator } from '@playwright/test';
import { api, isoDay, shown } from './seed';
import { screen } from './ui';

/**
 * What a plan's papers print and only the user can supply (issue 10 items 8, 9): the issue date,
 * the team decision's number and date, its signer (KT.), competence basis and "Theo đề nghị của",
 * the Kinh phí and Chế độ báo cáo sections — typed in the plan's form, shown on the plan, printed
 * in the plan and the team decision as previewed.
 */

const TITLE = 'Kế hoạch kiểm tra lao động chưa thành niên tại các cơ sở may năm 2026';

async function typeDate(box: Locator, value: string) {
  await box.click();
  await box.fill(value);
  await box.press('Tab');
}

test.use({ actionTimeout: 10_000 });

test('a plan’s issue date, team decision, signer, competence basis, budget and reporting, typed and printed', async ({ page, request }) => {
  test.setTimeout(120_000);
  const agencies = await api<{ id: string; kind: string }[]>(request, 'agencies.list', {});
  const labour = agencies.find((a) => a.kind === 'labour')!;
  const leader = await api<{ id: string }>(request, 'officials.create', { fullName: 'Trần Minh Quang', sex: 'male', position: 'Chánh Thanh tra', agencyId: labour.id });
  const plan = (await api<{ plan: { id: string } }>(request, 'plans.create', { title: TITLE, number: '21/KH-SNV', kind: 'thematic', issuingAgencyId: labour.id, periodStart: isoDay(5), periodEnd: isoDay(60) })).plan;
  await api(request, 'plans.setTeam', { planId: plan.id, members: [{ officialId: leader.id, role: 'leader' }] });
  const issued = isoDay(1);
  const teamDecided = isoDay(2);

  await page.goto(`/#/plans/${plan.id}`);
  await page.getByRole('button', { name: 'Sửa', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: `Sửa kế hoạch «${TITLE}»` });
  await typeDate(drawer.getByLabel('Ngày ban hành kế hoạch'), shown(issued));
  await drawer.getByLabel('Số quyết định thành lập đoàn').fill('106/QĐ-SNV');
  await typeDate(drawer.getByLabel('Ngày quyết định thành lập đoàn'), shown(teamDecided));
  await drawer.getByLabel('Người ký quyết định').fill('Nguyễn Văn Hùng');
  await drawer.getByLabel('Chức vụ người ký').fill('Phó Giám đốc');
  await drawer.getByRole('radiogroup', { name: 'Hình thức ký (KT., Q.)' }).getByText('Ký thay (KT.)').click();
  await drawer.getByLabel('Căn cứ chức năng, nhiệm vụ').fill('Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ');
  await drawer.getByLabel('Theo đề nghị của').fill('Chánh Thanh tra Sở');
  await drawer.getByLabel('Kinh phí').fill('Kinh phí thực hiện từ nguồn ngân sách năm 2026 giao cho Sở Nội vụ.');
  await drawer.getByLabel('Chế độ báo cáo').fill('Đoàn kiểm tra báo cáo kết quả về Sở Nội vụ chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra.');
  await screen(page, 'plan-papers-form', { fullPage: false });
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer).toBeHidden();

  const overview = page.getByRole('tabpanel', { name: 'Thông tin chung' });
  await expect(overview).toContainText(shown(issued));
  await expect(overview).toContainText(`106/QĐ-SNV ngày ${shown(teamDecided)}`);
  await expect(overview).toContainText('Nguyễn Văn Hùng, Phó Giám đốc — Ký thay (KT.)');
  await expect(overview).toContainText('Kinh phí thực hiện từ nguồn ngân sách năm 2026');
  await screen(page, 'plan-papers-overview');

  await page.getByRole('tab', { name: /^Văn bản/ }).click();
  const panel = page.getByRole('tabpanel', { name: 'Văn bản' });
  const preview = panel.getByRole('region', { name: 'Xem trước văn bản' });
  await panel.getByRole('button', { name: 'Tạo Quyết định thành lập Đoàn (.docx)' }).click();
  await expect(preview).toContainText('QUYẾT ĐỊNH', { timeout: 20_000 });
  await expect(preview).toContainText('quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ');
  await expect(preview).toContainText('Theo đề nghị của Chánh Thanh tra Sở');
  await expect(preview).toContainText('KT.');
  await expect(preview).toContainText('Nguyễn Văn Hùng');
  await panel.getByRole('button', { name: 'Tạo Kế hoạch (.docx)' }).click();
  await expect(preview).toContainText('KẾ HOẠCH', { timeout: 20_000 });
  await expect(preview).toContainText(`ngày ${issued.slice(8, 10)} tháng ${issued.slice(5, 7)} năm ${issued.slice(0, 4)}`);
  await expect(preview).toContainText('Kinh phí thực hiện từ nguồn ngân sách năm 2026 giao cho Sở Nội vụ.');
  await expect(preview).toContainText('chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra');
  await screen(page, 'plan-papers-preview');
});
