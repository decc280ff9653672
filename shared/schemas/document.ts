import * as z from 'zod';
import { Id } from './common';

export const DOCUMENT_KINDS = ['plan', 'team_decision'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const GenerateDocumentInput = z.object({ kind: z.enum(DOCUMENT_KINDS), sourceId: Id });
export const GeneratedDocument = z.object({ documentId: Id, fileName: z.string(), sha256: z.string() });

export const DocumentRecord = z.object({
  id: Id,
  kind: z.enum(DOCUMENT_KINDS),
  number: z.string().optional(),
  sourceKind: z.string(),
  sourceId: Id,
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const DocumentListInput = z.object({ sourceId: Id.optional(), kind: z.enum(DOCUMENT_KINDS).optional() });
