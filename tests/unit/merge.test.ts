import { describe, expect, it } from 'vitest';
import { concurrent, judge, type MergeFacts, type SyncChange } from '../../shared/sync/merge';

const T = 1_790_000_000_000;
const hlc = (ms: number, device: string) => `${String(T + ms).padStart(13, '0')}-0000-${device}`;
let n = 0;
const change = (ms: number, device: string, oldValue: string | null, newValue: string | null, over: Partial<SyncChange> = {}): SyncChange => ({
  id: `c${++n}`,
  hlc: hlc(ms, device),
  deviceId: device,
  userId: device.toUpperCase(),
  tableName: 'minors',
  rowId: 'm1',
  field: 'job',
  oldValue,
  newValue,
  op: 'update',
  ...over,
});
const none: MergeFacts = { seen: false, winner: null, earlierDeletion: null, laterEdit: null, locked: false };

describe('the merge rule', () => {
  it('skips a change already seen', () => {
    expect(judge(change(10, 'b', '"Đan"', '"Phơi"'), { ...none, seen: true })).toEqual({ action: 'skip' });
  });

  it('lets the higher HLC win the field, whatever the arrival order; the device id breaks a tie the same way everywhere', () => {
    const seen = change(5, 'a', null, '"Đan"');
    const next = change(10, 'b', '"Đan"', '"Phơi"');
    expect(judge(next, { ...none, winner: seen })).toEqual({ action: 'apply' });
    expect(judge(seen, { ...none, winner: next })).toEqual({ action: 'keep' });
    const x = change(10, 'a', '"Đan"', '"x"');
    const y = change(10, 'b', '"Đan"', '"y"');
    expect(judge(y, { ...none, winner: x }).action).toBe('apply');
    expect(judge(x, { ...none, winner: y }).action).toBe('keep');
  });

  it('sees two writers who did not see each other, from either side, and not a writer who saw the other', () => {
    const fromB = change(8, 'b', '"Đan"', '"Bốc vác"');
    const fromC = change(10, 'c', '"Đan"', '"Phơi mây"');
    expect(concurrent(fromB, fromC)).toBe(true);
    expect(judge(fromC, { ...none, winner: fromB })).toEqual({ action: 'apply', conflict: { kind: 'same_field', other: fromB } });
    expect(judge(fromB, { ...none, winner: fromC })).toEqual({ action: 'keep', conflict: { kind: 'same_field', other: fromC } });
    const sawB = change(12, 'c', '"Bốc vác"', '"Phơi mây"');
    expect(judge(sawB, { ...none, winner: fromB })).toEqual({ action: 'apply' });
    // The same value written on both sides is no conflict.
    expect(judge(change(10, 'c', '"Đan"', '"Bốc vác"'), { ...none, winner: fromB })).toEqual({ action: 'apply' });
  });

  it('reports an edit after a deletion made elsewhere, and a deletion before a later edit', () => {
    const deletion = change(8, 'a', 'null', '"2026-11-20T01:00:00.000Z"', { field: 'deletedAt', op: 'delete' });
    const edit = change(10, 'b', '"Đan"', '"Phơi"');
    expect(judge(edit, { ...none, earlierDeletion: deletion })).toEqual({ action: 'apply', conflict: { kind: 'delete_edit', other: deletion } });
    expect(judge(deletion, { ...none, laterEdit: edit })).toEqual({ action: 'apply', conflict: { kind: 'delete_edit', other: edit } });
    const restore = change(12, 'a', '"2026-11-20T01:00:00.000Z"', 'null', { field: 'deletedAt', op: 'restore' });
    expect(judge(restore, { ...none, laterEdit: edit })).toEqual({ action: 'apply' });
  });

  it('never changes a locked record silently', () => {
    const current = change(5, 'a', null, '"Đan"');
    expect(judge(change(9, 'b', '"Đan"', '"Phơi"'), { ...none, winner: current, locked: true })).toEqual({ action: 'apply', conflict: { kind: 'locked_record', other: current } });
    expect(judge(change(3, 'b', null, '"Phơi"'), { ...none, winner: current, locked: true }).action).toBe('keep');
  });
});
