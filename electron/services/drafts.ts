import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../../db/client';
import type { CommandOutput, CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { ServiceContext } from './context';

/**
 * Drafts of forms the user has not saved yet (issue 10, "never lose input"): the page sends the
 * values a moment after each change, and offers them back after a reload, a crash or a lock.
 * They may hold names (of children too), so they are files of the encrypted file store, one per
 * user and form, in `<data>/drafts/` — not rows of the database: they are nobody's record, are not
 * synced and leave no change log. A draft older than DRAFT_DAYS is dropped when it is next read.
 */
export const DRAFT_DAYS = 30;

function draftPath(ctx: ServiceContext, key: string): string {
  if (!ctx.userId) throw new CommandError('FORBIDDEN', 'Bản nháp chỉ dành cho người dùng đã đăng nhập');
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
  return join(dirname(ctx.documentsDir), 'drafts', hash(`user:${ctx.userId}`), `${hash(key)}.draft`);
}

interface DraftFile {
  key: string;
  savedAt: string;
  data: unknown;
}

export function getDraft(_db: Db, input: CommandParsedInput<'drafts.get'>, ctx: ServiceContext): CommandOutput<'drafts.get'> {
  const path = draftPath(ctx, input.key);
  if (!existsSync(path)) return null;
  let file: DraftFile | undefined;
  try {
    file = JSON.parse(ctx.files.readFile(path).toString('utf8')) as DraftFile;
  } catch {
    file = undefined; // unreadable (another key, cut short): not worth an error on the user's screen
  }
  const tooOld = !file || ctx.now().getTime() - Date.parse(file.savedAt) > DRAFT_DAYS * 86_400_000;
  if (!file || tooOld || file.key !== input.key) {
    rmSync(path, { force: true });
    return null;
  }
  return { savedAt: file.savedAt, data: file.data as NonNullable<CommandOutput<'drafts.get'>>['data'] };
}

export function saveDraft(_db: Db, input: CommandParsedInput<'drafts.save'>, ctx: ServiceContext): CommandOutput<'drafts.save'> {
  const path = draftPath(ctx, input.key);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const savedAt = ctx.now().toISOString();
  const file: DraftFile = { key: input.key, savedAt, data: input.data };
  ctx.files.writeFile(path, Buffer.from(JSON.stringify(file), 'utf8'));
  return { savedAt };
}

export function discardDraft(_db: Db, input: CommandParsedInput<'drafts.discard'>, ctx: ServiceContext): CommandOutput<'drafts.discard'> {
  const path = draftPath(ctx, input.key);
  const discarded = existsSync(path);
  rmSync(path, { force: true });
  return { discarded };
}
