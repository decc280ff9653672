import { describe, expect, it } from 'vitest';
import { judge, type FieldValue, type MergeFacts, type SyncChange } from '../../shared/sync/merge';

const T = 1_790_000_000_000;
const hlc = (ms: number, device: string) => `${String(T + ms).padStart(13, '0')}-0000-${device}`;
const change = (over: Partial<SyncChange> = {}): SyncChange => ({
  id: 'c1',
  hlc: hlc(10, 'b'),
  deviceId: 'b',
  userId: 'B',
  tableName: 'minors',
  rowId: 'm1',
  field: 'job',
  oldValue: '"Đan"',
  newValue: '"Phơi mây"',
  op: 'update',
  ...over,
});
const value = (ms: number, device: string, v: string | null): FieldValue => ({ hlc: hlc(ms, device), value: v, deviceId: device, userId: device.toUpperCase() });
const none: MergeFacts = { seen: false, winner: null, ownSinceLastExchange: null, ownDeletionSinceLastExchange: null, ownEditSinceLastExchange: null, locked: false };

describe('the merge rule', () => {
  it('skips a change already seen', () => {
    expect(judge(change(), { ...none, seen: true })).toEqual({ action: 'skip' });
  });

  it('lets the higher HLC win the field, whatever the arrival order', () => {
    expect(judge(change(), { ...none, winner: value(5, 'a', '"Đan"') })).toEqual({ action: 'apply' });
    expect(judge(change(), { ...none, winner: value(20, 'a', '"Đan"') })).toEqual({ action: 'keep' });
    // Same instant: the device id decides, the same way on every laptop.
    expect(judge(change({ hlc: hlc(10, 'b') }), { ...none, winner: value(10, 'a', '"x"') })).toEqual({ action: 'apply' });
    expect(judge(change({ hlc: hlc(10, 'a') }), { ...none, winner: value(10, 'b', '"x"') })).toEqual({ action: 'keep' });
  });

  it('reports a same-field edit made here since the last exchange with a different value, applied or not', () => {
    const mine = value(8, 'a', '"Bốc vác"');
    expect(judge(change(), { ...none, winner: mine, ownSinceLastExchange: mine })).toEqual({ action: 'apply', conflict: { kind: 'same_field', local: mine } });
    const later = value(12, 'a', '"Bốc vác"');
    expect(judge(change(), { ...none, winner: later, ownSinceLastExchange: later })).toEqual({ action: 'keep', conflict: { kind: 'same_field', local: later } });
    // The same value on both sides is no conflict.
    expect(judge(change({ newValue: '"Bốc vác"' }), { ...none, winner: mine, ownSinceLastExchange: mine })).toEqual({ action: 'apply' });
  });

  it('reports a delete against an edit, either way round', () => {
    const deleted = value(8, 'a', '"2026-11-20T01:00:00.000Z"');
    expect(judge(change(), { ...none, ownDeletionSinceLastExchange: deleted })).toEqual({ action: 'apply', conflict: { kind: 'delete_edit', local: deleted } });
    const edited = value(8, 'a', '"Bốc vác"');
    const deletion = change({ field: 'deletedAt', oldValue: 'null', newValue: '"2026-11-20T02:00:00.000Z"', op: 'delete' });
    expect(judge(deletion, { ...none, ownEditSinceLastExchange: edited })).toEqual({ action: 'apply', conflict: { kind: 'delete_edit', local: edited } });
    // A restore against an edit is no conflict.
    expect(judge({ ...deletion, newValue: 'null', op: 'restore' }, { ...none, ownEditSinceLastExchange: edited })).toEqual({ action: 'apply' });
  });

  it('never changes a locked record silently', () => {
    const current = value(5, 'a', '"Đan"');
    expect(judge(change(), { ...none, winner: current, locked: true })).toEqual({ action: 'apply', conflict: { kind: 'locked_record', local: current } });
    expect(judge(change(), { ...none, winner: value(20, 'a', '"Đan"'), locked: true })).toEqual({ action: 'keep' });
  });
});
