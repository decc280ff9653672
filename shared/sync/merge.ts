/**
 * The merge rule of team exchange (design/exchange.md §7), without any storage: the laptop's
 * SQLite applier and a future PostgreSQL hub gather the facts and apply the verdict.
 *
 * Per field, the change with the higher HLC wins (last writer wins per field), so every
 * device that has received every change ends with the same values whatever the order. A
 * conflict never changes that outcome: it is reported, so a person confirms or picks the
 * other value (a new change that syncs like any other).
 *
 * Two changes of one field are concurrent when neither writer saw the other's value: each
 * change carries the value its writer saw before (`oldValue`), so any laptop, the writers'
 * own or a third one relaying, judges the same pair the same way.
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
  /** JSON text of the value the writer saw before; null for the first value of a field. */
  oldValue: string | null;
  newValue: string | null;
  op: ChangeOp;
}

export type ConflictKind =
  /** Two laptops changed the same field without seeing each other's change, to different values. */
  | 'same_field'
  /** A record was edited after another laptop deleted it (or deleted after it was edited elsewhere). */
  | 'delete_edit'
  /** A change reached a record that is finalised (locked) here. */
  | 'locked_record';

/** What this laptop knows that bears on one incoming change. */
export interface MergeFacts {
  /** The change id is in the log already (a package imported twice, or relayed). */
  seen: boolean;
  /** The field's current winner here: the change with the highest HLC this laptop has. */
  winner: SyncChange | null;
  /** For an edit: the row's standing deletion here, if its HLC is earlier than the edit's. */
  earlierDeletion: SyncChange | null;
  /** For a deletion: an edit of the row here later than the deletion. */
  laterEdit: SyncChange | null;
  /** The record the row belongs to is finalised here (the finalisation itself is not a change to a locked record). */
  locked: boolean;
}

export type Verdict = { action: 'skip' } | { action: 'apply' | 'keep'; conflict?: { kind: ConflictKind; other: SyncChange } };

export const isDeletion = (c: Pick<SyncChange, 'field' | 'newValue'>): boolean => c.field === 'deletedAt' && c.newValue !== null && c.newValue !== 'null';

/** Neither change saw the other's value, and they differ. */
export function concurrent(a: SyncChange, b: SyncChange): boolean {
  if (a.newValue === b.newValue) return false;
  const [earlier, later] = a.hlc < b.hlc ? [a, b] : [b, a];
  return later.oldValue !== earlier.newValue;
}

/**
 * `apply`: the change wins the field (set it); `keep`: the value here stays (the change is only
 * logged); `skip`: nothing to do. A conflict rides along with either.
 */
export function judge(change: SyncChange, facts: MergeFacts): Verdict {
  if (facts.seen) return { action: 'skip' };
  const winner = facts.winner;
  const action = !winner || change.hlc > winner.hlc ? 'apply' : 'keep';
  if (winner && winner.deviceId !== change.deviceId && concurrent(change, winner)) return { action, conflict: { kind: 'same_field', other: winner } };
  if (facts.earlierDeletion && !isDeletion(change) && change.field !== 'deletedAt') return { action, conflict: { kind: 'delete_edit', other: facts.earlierDeletion } };
  if (facts.laterEdit && isDeletion(change)) return { action, conflict: { kind: 'delete_edit', other: facts.laterEdit } };
  if (facts.locked && action === 'apply' && winner) return { action, conflict: { kind: 'locked_record', other: winner } };
  return { action };
}
