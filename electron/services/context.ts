import { join } from 'node:path';

/** Who acts, what time it is, and where generated files go; tests pass a fixed clock. */
export interface ServiceContext {
  actor: string;
  now: () => Date;
  documentsDir: string;
}

export const systemContext = (actor: string, dataDir: string): ServiceContext => ({
  actor,
  now: () => new Date(),
  documentsDir: join(dataDir, 'documents'),
});

/** Today's date (YYYY-MM-DD) in Viet Nam, whatever the machine's time zone. */
export function todayInVietnam(ctx: ServiceContext): string {
  return new Date(ctx.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
