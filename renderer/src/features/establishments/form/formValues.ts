import type { UseFormReturn } from 'react-hook-form';
import type * as z from 'zod';
import { EstablishmentInput, type Establishment } from '../../../../../shared/schemas/establishment';

export type EstablishmentFormValues = z.input<typeof EstablishmentInput>;
export type EstablishmentFormOutput = z.output<typeof EstablishmentInput>;
export type EstablishmentForm = UseFormReturn<EstablishmentFormValues, unknown, EstablishmentFormOutput>;

export const EMPTY_ESTABLISHMENT: EstablishmentFormValues = { name: '', kind: 'enterprise' };

/** The editable facts of a saved establishment (drops ids, timestamps and joined names). */
export function formValuesOf(e: Establishment): EstablishmentFormValues {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(EstablishmentInput.shape)) values[field] = e[field as keyof Establishment];
  return values as EstablishmentFormValues;
}
