import * as z from 'zod';
import { Id } from './common';
import { INSPECTION_STATUSES } from './inspection';

/** One violation recorded at an establishment, for its page: children counted, never named. */
export const EstablishmentViolation = z.object({
  id: Id,
  inspectionId: Id,
  inspectionDate: z.string(),
  inspectionStatus: z.enum(INSPECTION_STATUSES),
  typeCode: z.string(),
  title: z.string(),
  legalReference: z.string(),
  proposedFine: z.number().int(),
  recordMade: z.boolean(),
  minorCount: z.number().int(),
});
export type EstablishmentViolation = z.infer<typeof EstablishmentViolation>;
