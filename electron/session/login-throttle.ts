import { CommandError } from '../../shared/errors';

/** Tries allowed before waiting, and the first wait; each further miss doubles it, up to 15 minutes. */
export const FREE_TRIES = 5;
const FIRST_WAIT_MS = 60_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** Slows down password guessing, per sign-in name (and per recovery), for the life of the host. */
export class LoginThrottle {
  private misses = new Map<string, { count: number; until: number }>();

  constructor(private readonly now: () => number) {}

  /** Refuses while the key must wait, saying how long. */
  check(key: string): void {
    const m = this.misses.get(key);
    const wait = m ? m.until - this.now() : 0;
    if (wait > 0) {
      throw new CommandError('FORBIDDEN', `Đã nhập sai ${m!.count} lần. Hãy thử lại sau ${Math.ceil(wait / 1000)} giây.`);
    }
  }

  fail(key: string): number {
    const count = (this.misses.get(key)?.count ?? 0) + 1;
    const wait = count < FREE_TRIES ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (count - FREE_TRIES), LONGEST_WAIT_MS);
    this.misses.set(key, { count, until: this.now() + wait });
    return count;
  }

  succeed(key: string): void {
    this.misses.delete(key);
  }
}
