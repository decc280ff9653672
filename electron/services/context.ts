import { join } from 'node:path';
import type { Db } from '../../db/client';
import { deviceClock } from '../../db/device-clock';
import type { WriteContext } from '../../db/write-path';

/** Who acts, on which device and clock, what time it is, and where generated files go; tests pass a fixed clock. */
export interface ServiceContext extends WriteContext {
  documentsDir: string;
}

export function createServiceContext(db: Db, options: { actor: string; dataDir: string; now?: () => Date }): ServiceContext {
  const clock = deviceClock(db.$client);
  return {
    actor: options.actor,
    deviceId: clock.deviceId,
    clock,
    now: options.now ?? (() => new Date()),
    documentsDir: join(options.dataDir, 'documents'),
  };
}

/** Today's date (YYYY-MM-DD) in Viet Nam, whatever the machine's time zone. */
export function todayInVietnam(ctx: Pick<ServiceContext, 'now'>): string {
  return new Date(ctx.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
