/**
 * Hybrid logical clock (design/exchange.md §3): a sortable string
 * `<wall ms, 13 digits>-<counter, 4 hex>-<device id>`. Plain string order is time order,
 * with the device id breaking ties, so every laptop orders every change the same way.
 */
export interface Hlc {
  wallMs: number;
  counter: number;
  deviceId: string;
}

const MAX_COUNTER = 0xffff;
const HLC_PATTERN = /^(\d{13})-([0-9a-f]{4})-(.+)$/;
/** A remote clock this far ahead of ours is accepted but reported (exchange.md §3). */
export const CLOCK_WARNING_MS = 24 * 3600_000;

export function formatHlc({ wallMs, counter, deviceId }: Hlc): string {
  return `${String(wallMs).padStart(13, '0')}-${counter.toString(16).padStart(4, '0')}-${deviceId}`;
}

export function parseHlc(value: string): Hlc {
  const m = HLC_PATTERN.exec(value);
  if (!m) throw new Error(`Not a hybrid logical clock value: ${value.slice(0, 40)}`);
  return { wallMs: Number(m[1]), counter: parseInt(m[2]!, 16), deviceId: m[3]! };
}

export const isHlc = (value: string): boolean => HLC_PATTERN.test(value);

/** The wall time an HLC value was taken at, as an ISO instant (for people: "changed at …"). */
export const hlcToIso = (value: string): string => new Date(Number(value.slice(0, 13))).toISOString();

/** The next value after `last` on `deviceId`: the wall clock if it is ahead, else one tick further. */
function advance(last: Hlc | null, wallMs: number, deviceId: string): Hlc {
  if (!last || wallMs > last.wallMs) return { wallMs, counter: 0, deviceId };
  if (last.counter < MAX_COUNTER) return { wallMs: last.wallMs, counter: last.counter + 1, deviceId };
  return { wallMs: last.wallMs + 1, counter: 0, deviceId };
}

/** One device's clock. Each local write takes `tick()`; each received change passes through `receive()`. */
export class HlcClock {
  private last: Hlc | null;

  constructor(
    readonly deviceId: string,
    last?: string | null,
  ) {
    this.last = last ? parseHlc(last) : null;
  }

  tick(wallMs: number): string {
    this.last = advance(this.last, wallMs, this.deviceId);
    return formatHlc(this.last);
  }

  /** Moves this clock past a remote value; answers how far ahead of our wall clock the remote was. */
  receive(remote: string, wall: number): { aheadMs: number } {
    const r = parseHlc(remote);
    const ours = this.last;
    const latest = ours && (ours.wallMs > r.wallMs || (ours.wallMs === r.wallMs && ours.counter >= r.counter)) ? ours : r;
    this.last = advance(latest, wall, this.deviceId);
    return { aheadMs: r.wallMs - wall };
  }

  peek(): string | null {
    return this.last ? formatHlc(this.last) : null;
  }
}
