import * as z from 'zod';
import { Id, SEXES, Timestamps, optionalText, requiredText } from './common';
import { ExpectedVersion, patchOf } from './patch';

/** Member bodies of a joint team; the names were changed by the 2025 reorganisation, so they are editable. */
export const AGENCY_KINDS = [
  'labour',
  'police',
  'education',
  'agriculture',
  'health',
  'trade_union',
  'cooperative_alliance',
  'business_association',
  'commune_committee',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AgencyInput = z.object({
  name: requiredText(300),
  shortName: optionalText(50),
  kind: z.enum(AGENCY_KINDS),
  provinceCode: optionalText(10),
});
/** Only the fields sent change; `null` or blank clears an optional one. */
export const AgencyUpdateInput = patchOf(AgencyInput).extend({ id: Id, expectedVersion: ExpectedVersion });
export const Agency = AgencyInput.extend({ id: Id, officialCount: z.number().int() }).extend(Timestamps.shape);
export type Agency = z.infer<typeof Agency>;

const Phone = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().regex(/^[0-9+ .()-]{8,20}$/, 'Số điện thoại chỉ gồm chữ số, từ 8 đến 20 ký tự').optional(),
);
const Email = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.email().optional());

export const OfficialInput = z.object({
  fullName: requiredText(200),
  /** "Ông" or "Bà" before the name in the papers; unknown leaves the name alone. */
  sex: z.enum(SEXES).optional(),
  position: optionalText(200),
  agencyId: Id,
  phone: Phone,
  email: Email,
  notes: optionalText(2000),
});
/** Only the fields sent change; `null` or blank clears an optional one. */
export const OfficialUpdateInput = patchOf(OfficialInput).extend({ id: Id, expectedVersion: ExpectedVersion });
export const Official = OfficialInput.extend({ id: Id, agencyName: z.string() }).extend(Timestamps.shape);
export type Official = z.infer<typeof Official>;

export const OfficialListInput = z.object({
  agencyId: Id.optional(),
  query: optionalText(200),
  includeDeleted: z.boolean().default(false),
});

export const AgencyListInput = z.object({ includeDeleted: z.boolean().default(false) });
