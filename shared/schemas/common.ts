import * as z from 'zod';
import { ExpectedVersion } from './patch';

export const Id = z.string().min(1).max(64);

/** A person's sex: "Nam"/"Nữ" in lists, "Ông"/"Bà" before a name in the papers (shared/labels/inspection.ts). */
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const IdInput = z.object({ id: Id });
/** A record to remove or restore, with the version the user saw (optional). */
export const RecordRef = z.object({ id: Id, expectedVersion: ExpectedVersion });

/** Optional free text: blanks become undefined so the database stores NULL. */
export const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
    z.string().max(max).optional());

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Row metadata as the interface sees it: instants in ISO, and the version an edit form sends back. */
export const Timestamps = z.object({
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  version: z.number().int(),
});

export const Paging = z.object({
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
