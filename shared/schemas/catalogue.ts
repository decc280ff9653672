import * as z from 'zod';
import { Catalogue } from '../catalogue/schema';

export const CatalogueGetInput = z.object({ version: z.string().max(20).optional() });
/** The chosen file's text, as read: the service hashes these very characters for the audit trail. */
export const CatalogueImportInput = z.object({
  json: z.string().min(2, 'Tệp danh mục trống').max(5_000_000, 'Tệp danh mục quá lớn (tối đa 5 MB)'),
  fileName: z.string().trim().max(255).optional(),
});
export const CatalogueVersionInfo = z.object({
  version: z.string(),
  effectiveDate: z.string(),
  title: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  /** SHA-256 of the catalogue's canonical JSON. */
  contentHash: z.string().optional(),
  /** SHA-256 of the imported file; unknown for versions imported before hashes were kept. */
  fileHash: z.string().optional(),
  /** In force today: the latest version whose effective date has come. */
  current: z.boolean(),
  /** Its effective date is still to come. */
  upcoming: z.boolean(),
});
export type CatalogueVersionInfo = z.infer<typeof CatalogueVersionInfo>;
export const CatalogueImportResult = CatalogueVersionInfo.extend({
  /** The same version with the same content was already there: nothing was written. */
  unchanged: z.boolean(),
});
export { Catalogue };
