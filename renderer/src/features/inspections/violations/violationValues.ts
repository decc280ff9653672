import type * as z from 'zod';
import type { UseFormReturn } from 'react-hook-form';
import type { ViolationCreateInput, Violation } from '../../../../../shared/schemas/inspection';

export type ViolationValues = z.input<typeof ViolationCreateInput>;
export type ViolationForm = UseFormReturn<ViolationValues, unknown, z.output<typeof ViolationCreateInput>>;

export const newViolation = (inspectionId: string): ViolationValues => ({ inspectionId, typeCode: '', minorIds: [], recordMade: false, origin: 'manual' });

export const violationValuesOf = (v: Violation): ViolationValues => ({
  inspectionId: v.inspectionId,
  typeCode: v.typeCode,
  minorIds: v.minorIds,
  facts: v.facts,
  proposedFine: v.proposedFine,
  remedialRequest: v.remedialRequest,
  recordMade: v.recordMade,
  recordedByOfficialId: v.recordedByOfficialId,
  origin: v.origin,
});
