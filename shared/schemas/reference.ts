import * as z from 'zod';

export const Province = z.object({ code: z.string(), name: z.string(), kind: z.string() });
export const Commune = z.object({ code: z.string(), name: z.string(), provinceCode: z.string() });
export const LegacyProvince = z.object({ name: z.string(), currentProvinceName: z.string() });

export const CommuneListInput = z.object({ provinceCode: z.string().min(1).max(10) });
