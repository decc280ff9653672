import { Notification } from 'electron';
import type { DataProcessClient } from '../data-process/client';

let shown = false;

/**
 * Issue 11: once per start of the app, after the first sign-in, a system notification when
 * something in «Việc cần làm» is overdue (the count only: no child, no establishment named).
 * Best effort: a failure or an unsupported desktop shows nothing. Not covered by the tests here
 * (no Electron binary in this environment); followUp.todoCount itself is.
 */
export async function noticeOverdueOnce(client: DataProcessClient, sessionId: string): Promise<void> {
  if (shown || !Notification.isSupported()) return;
  try {
    const result = await client.invoke('followUp.todoCount', {}, sessionId);
    // A session that must first change its password answers FORBIDDEN: the next sign-in tries again.
    if (!result.ok || shown) return;
    shown = true;
    const { overdue } = result.data as { overdue: number };
    if (overdue > 0) new Notification({ title: 'Có việc quá hạn', body: `${overdue} việc đã quá hạn. Mở «Việc cần làm» để xem.` }).show();
  } catch {
    // Nothing to tell: the page's badge still shows the count.
  }
}
