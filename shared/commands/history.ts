import * as z from 'zod';
import { HistoryEntry, HistoryInput } from '../schemas/history';
import { command } from './define';
import { EVERYONE } from '../schemas/user';

export const historyCommands = {
  'history.list': command(HistoryInput, z.array(HistoryEntry), 'Lịch sử thay đổi của một hồ sơ: ai, khi nào, trường nào, từ gì thành gì', EVERYONE),
};
