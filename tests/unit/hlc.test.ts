import { describe, expect, it } from 'vitest';
import { formatHlc, HlcClock, hlcToIso, isHlc, parseHlc } from '../../shared/sync/hlc';

const T = Date.parse('2026-11-23T08:00:00Z');

describe('hybrid logical clock', () => {
  it('formats as <13-digit ms>-<4 hex>-<device> and parses back', () => {
    const s = formatHlc({ wallMs: T, counter: 26, deviceId: 'dev-a' });
    expect(s).toBe(`${T}-001a-dev-a`);
    expect(parseHlc(s)).toEqual({ wallMs: T, counter: 26, deviceId: 'dev-a' });
    expect(isHlc(s)).toBe(true);
    expect(isHlc('2026-11-23T08:00:00Z')).toBe(false);
    expect(hlcToIso(s)).toBe('2026-11-23T08:00:00.000Z');
  });

  it('rises with every tick, even when the wall clock stands still or goes back', () => {
    const clock = new HlcClock('a');
    const stamps = [clock.tick(T), clock.tick(T), clock.tick(T - 60_000), clock.tick(T + 5)];
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(4);
    expect(parseHlc(stamps[3]!)).toEqual({ wallMs: T + 5, counter: 0, deviceId: 'a' });
  });

  it('moves past a remote value ahead of it and reports how far ahead the remote was', () => {
    const clock = new HlcClock('a');
    clock.tick(T);
    const remote = formatHlc({ wallMs: T + 3 * 3600_000, counter: 7, deviceId: 'b' });
    expect(clock.receive(remote, T)).toEqual({ aheadMs: 3 * 3600_000 });
    const next = clock.tick(T);
    expect(next > remote).toBe(true);
    expect(parseHlc(next)).toEqual({ wallMs: T + 3 * 3600_000, counter: 9, deviceId: 'a' });
  });

  it('orders two devices at the same instant by device id, the same way everywhere', () => {
    const a = new HlcClock('a').tick(T);
    const b = new HlcClock('b').tick(T);
    expect([b, a].sort()).toEqual([a, b]);
  });

  it('overflows the counter into the next millisecond', () => {
    const clock = new HlcClock('a', formatHlc({ wallMs: T, counter: 0xffff, deviceId: 'a' }));
    expect(parseHlc(clock.tick(T))).toEqual({ wallMs: T + 1, counter: 0, deviceId: 'a' });
  });
});
