import * as z from 'zod';
import { Catalogue } from '../catalogue/schema';

export const CatalogueGetInput = z.object({ version: z.string().max(20).optional() });
export const CatalogueImportInput = z.object({ json: z.string().min(2).max(5_000_000) });
export const CatalogueVersionInfo = z.object({
  version: z.string(),
  effectiveDate: z.string(),
  title: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  current: z.boolean(),
});
export { Catalogue };
