import * as z from 'zod';
import { Id } from './common';

/** Records that have a "Lịch sử thay đổi" panel; each gathers the changes of its own rows and its child rows. */
export const HISTORY_ENTITIES = ['establishment', 'agency', 'official', 'plan', 'inspection'] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];

/** What a change did to its row. */
export const HISTORY_OPS = ['insert', 'update', 'delete', 'restore'] as const;
export type HistoryOp = (typeof HISTORY_OPS)[number];

export const HistoryInput = z.object({
  entity: z.enum(HISTORY_ENTITIES),
  id: Id,
  limit: z.number().int().min(1).max(2000).default(500),
});

export const HistoryEntry = z.object({
  /** ISO instant of the change (the wall time in its HLC stamp). */
  at: z.string(),
  hlc: z.string(),
  user: z.string(),
  deviceId: z.string(),
  op: z.enum(HISTORY_OPS),
  table: z.string(),
  tableLabel: z.string(),
  rowId: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
