import type { UseFormReturn } from 'react-hook-form';
import type * as z from 'zod';
import { InspectionUpdateInput, type Inspection } from '../../../../../shared/schemas/inspection';

export type GeneralValues = z.input<typeof InspectionUpdateInput>;
export type GeneralForm = UseFormReturn<GeneralValues, unknown, z.output<typeof InspectionUpdateInput>>;

export const GENERAL_FIELDS = Object.keys(InspectionUpdateInput.shape);

/** The editable part of a record (drops the establishment, plan, counts and timestamps). */
export function generalValuesOf(inspection: Inspection): GeneralValues {
  const values: Record<string, unknown> = {};
  for (const field of GENERAL_FIELDS) values[field] = inspection[field as keyof Inspection];
  return values as GeneralValues;
}
