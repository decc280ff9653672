import type * as z from 'zod';

export interface CommandDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line, Vietnamese, shown in the API listing. */
  summary: string;
}

export const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): CommandDef<I, O> => ({
  input,
  output,
  summary,
});
