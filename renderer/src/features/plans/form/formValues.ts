import type { UseFormReturn } from 'react-hook-form';
import type * as z from 'zod';
import { PlanInput, type Plan } from '../../../../../shared/schemas/plan';

export type PlanFormValues = z.input<typeof PlanInput>;
export type PlanFormOutput = z.output<typeof PlanInput>;
export type PlanForm = UseFormReturn<PlanFormValues, unknown, PlanFormOutput>;

/** Period left empty on purpose: the user picks it, nothing sensible can be guessed. */
export const EMPTY_PLAN: PlanFormValues = { title: '', kind: 'periodic', periodStart: '', periodEnd: '', legalBases: [], communeCodes: [] };

/** The editable facts of a saved plan (drops ids, status, counts and joined names). */
export function formValuesOf(plan: Plan): PlanFormValues {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(PlanInput.shape)) values[field] = plan[field as keyof Plan];
  return values as PlanFormValues;
}
