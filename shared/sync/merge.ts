/**
 * The merge rule of team exchange (design/exchange.md §7), without any storage: the laptop's
 * SQLite applier and a future PostgreSQL hub gather the facts and apply the verdict.
 *
 * Per field, the change with the higher HLC wins (last writer wins per field), so every
 * device that has received every change ends with the same values whatever the order. A
 * conflict never changes that outcome: it is reported, so a person confirms or picks the
 * other value (a new change that syncs like any other).
 */

export type ChangeOp = 'insert' | 'update' | 'delete' | 'restore';

/** One row of the change log as it travels in a package. */
export interface SyncChange {
  id: string;
  hlc: string;
  deviceId: string;
  userId: string;
  tableName: string;
  rowId: string;
  field: string;
  /** JSON text; null for the first value of a field. */
  oldValue: string | null;
  newValue: string | null;
  op: ChangeOp;
}

/** A field's value as one change set it. */
export interface FieldValue {
  hlc: string;
  value: string | null;
  deviceId: string;
  userId: string;
}

export type ConflictKind =
  /** Both laptops changed the same field since they last exchanged, to different values. */
  | 'same_field'
  /** A change reached a record that is finalised (locked) here. */
  | 'locked_record'
  /** One laptop deleted the record, the other edited it. */
  | 'delete_edit';

/** What this laptop knows that bears on one incoming change. */
export interface MergeFacts {
  /** The change id is in the log already (a package imported twice, or relayed). */
  seen: boolean;
  /** The field's current winner here: the change with the highest HLC this laptop has. */
  winner: FieldValue | null;
  /** This laptop's own latest change to the field since the last package it received from the sender. */
  ownSinceLastExchange: FieldValue | null;
  /** This laptop deleted (or restored) the row since the last package from the sender, and the incoming change edits it. */
  ownDeletionSinceLastExchange: FieldValue | null;
  /** The incoming change deletes the row, and this laptop edited other fields of it since the last package from the sender. */
  ownEditSinceLastExchange: FieldValue | null;
  /** The record the row belongs to is finalised here. */
  locked: boolean;
}

export type Verdict =
  | { action: 'skip' }
  | { action: 'apply' | 'keep'; conflict?: { kind: ConflictKind; local: FieldValue } };

const isDeletion = (c: Pick<SyncChange, 'field'>) => c.field === 'deletedAt';

/**
 * `apply`: the change wins the field (set it); `keep`: the field's value here stays (the change
 * is only logged); `skip`: nothing to do. A conflict rides along with either.
 */
export function judge(change: SyncChange, facts: MergeFacts): Verdict {
  if (facts.seen) return { action: 'skip' };
  const wins = !facts.winner || change.hlc > facts.winner.hlc;
  const action = wins ? 'apply' : 'keep';
  const own = facts.ownSinceLastExchange;
  if (own && own.value !== change.newValue) return { action, conflict: { kind: isDeletion(change) ? 'delete_edit' : 'same_field', local: own } };
  if (!isDeletion(change) && facts.ownDeletionSinceLastExchange) return { action, conflict: { kind: 'delete_edit', local: facts.ownDeletionSinceLastExchange } };
  if (isDeletion(change) && change.newValue !== 'null' && facts.ownEditSinceLastExchange) {
    return { action, conflict: { kind: 'delete_edit', local: facts.ownEditSinceLastExchange } };
  }
  if (facts.locked && wins && facts.winner) return { action, conflict: { kind: 'locked_record', local: facts.winner } };
  return { action };
}
