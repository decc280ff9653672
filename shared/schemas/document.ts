import * as z from 'zod';
import { Id } from './common';

export const DOCUMENT_KINDS = ['plan', 'team_decision', 'inspection_minutes', 'commitment', 'violation_record', 'reinspection_minutes', 'case_referral', 'case_follow_up'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Children's names appear in the minutes only if the user chooses; by default initials and
 * year of birth, because the establishment keeps a copy.
 */
export const CHILD_NAME_MODES = ['initials', 'full'] as const;
export type ChildNameMode = (typeof CHILD_NAME_MODES)[number];

export const GenerateDocumentInput = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  sourceId: Id,
  childNames: z.enum(CHILD_NAME_MODES).default('initials'),
});
export const GeneratedDocument = z.object({ documentId: Id, fileName: z.string(), sha256: z.string() });

/** Files made by report exports are registered like documents, so they download the same way. */
export const REPORT_FILE_KINDS = ['report_docx', 'report_xlsx', 'report_csv', 'report_json'] as const;
export type ReportFileKind = (typeof REPORT_FILE_KINDS)[number];

export const DocumentRecord = z.object({
  id: Id,
  kind: z.enum([...DOCUMENT_KINDS, ...REPORT_FILE_KINDS]),
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

export const DocumentListInput = z.object({ sourceId: Id.optional(), kind: z.enum([...DOCUMENT_KINDS, ...REPORT_FILE_KINDS]).optional() });
