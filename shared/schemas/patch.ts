import * as z from 'zod';
import type { FieldIssue } from '../errors';

/** The version of a record the user loaded; the service answers CONFLICT when it has moved on. */
export const ExpectedVersion = z.number().int().min(1).optional();

type PatchField<T> =
  T extends z.ZodDefault<infer Inner extends z.ZodType>
    ? z.ZodOptional<Inner>
    : T extends z.ZodType
      ? undefined extends z.input<T>
        ? z.ZodOptional<z.ZodNullable<T>>
        : z.ZodOptional<T>
      : never;
type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: PatchField<S[K]> };

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/**
 * The input of an update built from a record's fields (architecture rule 5): every field may
 * be left out (unchanged); a field the record may lack may be `null` or blank (cleared); a
 * required field may not be cleared. Defaults of the create form do not apply here, so a
 * left-out list is kept, not emptied.
 */
export function patchOf<S extends z.ZodRawShape>(fields: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(fields.shape) as [string, z.ZodType][]) {
    const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
    const clearable = schema._zod.optin === 'optional' && !(schema instanceof z.ZodDefault);
    shape[key] = clearable ? z.preprocess(blankToNull, inner.nullable()).optional() : inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}

/** Fields of a patch that were sent (`undefined` = left out). */
export function sentFields<T extends Record<string, unknown>>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A rule written as "record → issues", as a zod refinement for the create form. */
export const issuesOf =
  <T>(rule: (value: T) => FieldIssue[]) =>
  (value: T, ctx: z.RefinementCtx): void => {
    for (const issue of rule(value)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  };
