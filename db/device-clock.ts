import type Database from 'better-sqlite3';
import { HlcClock } from '../shared/sync/hlc';
import { ensureLocalDevice } from './local-device';

const clocks = new WeakMap<Database.Database, HlcClock>();

/** This device's clock for a connection, resumed past the last change it logged. */
export function deviceClock(sqlite: Database.Database): HlcClock {
  let clock = clocks.get(sqlite);
  if (!clock) {
    const deviceId = ensureLocalDevice(sqlite);
    const { last } = sqlite.prepare('SELECT max(hlc) AS last FROM changes').get() as { last: string | null };
    clocks.set(sqlite, (clock = new HlcClock(deviceId, last)));
  }
  return clock;
}
