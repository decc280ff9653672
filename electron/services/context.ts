/** Who acts and what time it is; tests pass a fixed clock. */
export interface ServiceContext {
  actor: string;
  now: () => Date;
}

export const systemContext = (actor: string): ServiceContext => ({ actor, now: () => new Date() });
