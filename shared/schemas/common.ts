import * as z from 'zod';

export const Id = z.string().min(1).max(64);
export const IdInput = z.object({ id: Id });

/** Optional free text: blanks become undefined so the database stores NULL. */
export const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
    z.string().max(max).optional());

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const Timestamps = z.object({
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});

export const Paging = z.object({
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
