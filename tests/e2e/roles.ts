import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Role } from '../../shared/schemas/user';
import { E2E_ADMIN } from './accounts';

/** One command through the web host, as whoever the request context is signed in as. */
export async function api<T = unknown>(request: APIRequestContext, name: string, input: unknown = {}): Promise<T> {
  const response = await request.post(`/api/${name}`, { data: input });
  const body = (await response.json()) as { ok: true; data: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error.message}`);
  return body.data;
}

export interface Account {
  fullName: string;
  login: string;
  role: Role;
  /** The password the person chose (after the temporary one). */
  password: string;
  temporaryPassword: string;
}

/** An official of the labour department with an account of `role`, made by the signed-in admin. */
export async function createAccount(page: Page, account: Omit<Account, 'temporaryPassword'> & { temporaryPassword?: string }): Promise<Account> {
  const full = { temporaryPassword: `tam-thoi-${account.login}`, ...account };
  const official = await api<{ id: string }>(page.request, 'officials.create', { fullName: full.fullName, position: 'Thanh tra viên', agencyId: E2E_ADMIN.unitAgencyId });
  await api(page.request, 'users.create', { officialId: official.id, login: full.login, role: full.role, temporaryPassword: full.temporaryPassword });
  return full;
}

/** The person signs in once with the temporary password and chooses their own (in another browser). */
export async function chooseOwnPassword(request: APIRequestContext, account: Account): Promise<void> {
  await api(request, 'auth.login', { login: account.login, password: account.temporaryPassword });
  await api(request, 'auth.changePassword', { currentPassword: account.temporaryPassword, newPassword: account.password });
  await api(request, 'auth.logout', {});
}

/** Signs out through the user menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Tài khoản của / }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}

/**
 * The spec's browser, signed in as the admin, makes the account of `role` (the person chooses
 * their own password in another browser), signs out and signs in as that person through the UI.
 */
export async function switchTo(page: Page, request: APIRequestContext, account: Omit<Account, 'temporaryPassword'>): Promise<Account> {
  const made = await createAccount(page, account);
  await chooseOwnPassword(request, made);
  await signOut(page);
  await signIn(page, made.login, made.password, made.fullName);
  return made;
}

/** Signs in through the sign-in screen and waits for the app. */
export async function signIn(page: Page, login: string, password: string, fullName: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Đăng nhập' });
  await form.getByLabel('Tên đăng nhập').fill(login);
  await form.getByLabel('Mật khẩu').fill(password);
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: `Tài khoản của ${fullName}` })).toBeVisible();
}

/**
 * The records a role spec looks at, made by the admin: an establishment, a draft plan, a draft
 * inspection and a finalised one.
 */
export async function seedRecords(page: Page) {
  const request = page.request;
  const [admin] = await api<{ id: string; fullName: string }[]>(request, 'officials.list', { query: E2E_ADMIN.fullName });
  const saved = await api<{ establishment: { id: string; name: string } }>(request, 'establishments.create', { name: 'Công ty TNHH May Minh Anh', kind: 'enterprise', workersTotal: 120, workersUnder18: 3 });
  const other = await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: 'Hộ kinh doanh Đồ gỗ Phúc Lộc', kind: 'household_business' });
  const plan = await api<{ plan: { id: string; title: string } }>(request, 'plans.create', { title: 'Kế hoạch kiểm tra quý IV năm 2026', kind: 'periodic', periodStart: '2026-10-01', periodEnd: '2026-12-31' });
  await api(request, 'plans.setTeam', { planId: plan.plan.id, members: [{ officialId: admin!.id, role: 'leader' }] });
  const visit = {
    inspectionDate: '2026-10-15',
    teamPresent: [{ officialId: admin!.id, role: 'leader' }],
    representatives: [{ name: 'Trần Văn Chủ', position: 'Giám đốc' }],
  };
  const draft = await api<{ inspection: { id: string } }>(request, 'inspections.create', { establishmentId: saved.establishment.id, ...visit });
  const done = await api<{ inspection: { id: string } }>(request, 'inspections.create', { establishmentId: other.establishment.id, ...visit, inspectionDate: '2026-10-20' });
  // A record is finalised with its checklist assessed: both are, so the leader's spec can finalise the draft.
  for (const id of [draft.inspection.id, done.inspection.id]) {
    const { checklist } = await api<{ checklist: { itemCode: string; applies: boolean; result: string }[] }>(request, 'inspections.get', { id });
    const items = checklist.filter((r) => r.result === 'not_checked').map((r) => ({ itemCode: r.itemCode, result: r.applies ? 'compliant' : 'not_applicable' }));
    await api(request, 'inspections.setChecklist', { inspectionId: id, items });
  }
  await api(request, 'inspections.finalise', { id: done.inspection.id });
  return { establishment: saved.establishment, planId: plan.plan.id, planTitle: plan.plan.title, draftId: draft.inspection.id, finalisedId: done.inspection.id };
}
