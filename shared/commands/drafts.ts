import * as z from 'zod';
import { DraftKeyInput, DraftSaveInput, StoredDraft } from '../schemas/draft';
import { RECORDERS } from '../schemas/user';
import { command } from './define';

/** Drafts of the signed-in user's unsaved forms, kept encrypted beside the database (not synced). */
export const draftCommands = {
  'drafts.get': command(DraftKeyInput, StoredDraft.nullable(), 'Bản nháp chưa lưu của một biểu mẫu', RECORDERS),
  'drafts.save': command(DraftSaveInput, z.object({ savedAt: z.string() }), 'Tự lưu bản nháp của biểu mẫu đang nhập', RECORDERS),
  'drafts.discard': command(DraftKeyInput, z.object({ discarded: z.boolean() }), 'Bỏ bản nháp của một biểu mẫu', RECORDERS),
};
