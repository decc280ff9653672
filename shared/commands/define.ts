import type * as z from 'zod';
import type { Role } from '../schemas/user';

export interface CommandDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line, Vietnamese, shown in the API listing and in refusals. */
  summary: string;
  /** The roles that may run it; dispatch answers FORBIDDEN to the others (security.md). */
  roles: readonly Role[];
  /** Runs without a signed-in user (first-start setup, sign-in, recovery). */
  public?: true;
}

export const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string, roles: readonly Role[]): CommandDef<I, O> => ({
  input,
  output,
  summary,
  roles,
});

/** A command of the sign-in flow, answered before anyone is signed in. */
export const publicCommand = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): CommandDef<I, O> => ({
  input,
  output,
  summary,
  roles: [],
  public: true,
});
