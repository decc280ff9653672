import type { UseFormReturn } from 'react-hook-form';
import type * as z from 'zod';
import { MinorCreateInput, type Minor } from '../../../../../shared/schemas/inspection';

export type MinorValues = z.input<typeof MinorCreateInput>;
export type MinorForm = UseFormReturn<MinorValues, unknown, z.output<typeof MinorCreateInput>>;

export type FactKey =
  | 'nightWork' | 'overtime' | 'writtenContract' | 'guardianConsent' | 'healthCertificate' | 'inRegister'
  | 'jobInLightWorkList' | 'jobInOvertimeNightList' | 'hazardousJob' | 'hazardousWorkplace' | 'artSportWork' | 'provincialConsent';

/** The recorded facts of a saved minor, as form values (drops ids, computed age and timestamps). */
export function minorValuesOf(minor: Minor): MinorValues {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(MinorCreateInput.shape)) values[field] = minor[field as keyof Minor];
  return values as MinorValues;
}
