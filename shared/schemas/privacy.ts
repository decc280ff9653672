import * as z from 'zod';
import { Id } from './common';
import { ChildDataBasis } from './report';

/**
 * What the admin reads in the access log of children's data (security.md): who saw a record
 * with children's identities, who exported them and on which basis, and the retention purges.
 */
export const CHILD_ACCESS_KINDS = ['view', 'export', 'purge'] as const;
export type ChildAccessKind = (typeof CHILD_ACCESS_KINDS)[number];

const IsoDate = z.iso.date('Ngày không hợp lệ (định dạng YYYY-MM-DD)');

export const ChildAccessInput = z
  .object({
    /** Days in Viet Nam time, both included. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** An account (users.id). */
    userId: Id.optional(),
    kind: z.enum(CHILD_ACCESS_KINDS).optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' });

export const ChildAccessEntry = z.object({
  id: Id,
  /** ISO instant. */
  at: z.string(),
  /** The user's name as it was then. */
  actor: z.string(),
  userId: Id.optional(),
  kind: z.enum(CHILD_ACCESS_KINDS),
  /** How many children the entry is about. */
  count: z.number().int().optional(),
  /** The inspection whose children were seen (views). */
  inspection: z.object({ id: Id, establishmentName: z.string().optional(), inspectionDate: z.string().optional() }).optional(),
  /** 'record' (the inspection page) or 'history' (its change history). */
  via: z.string().optional(),
  legalBasis: ChildDataBasis.optional(),
  fileName: z.string().optional(),
  note: z.string().optional(),
});
export type ChildAccessEntry = z.infer<typeof ChildAccessEntry>;

export const ChildAccessPage = z.object({ entries: z.array(ChildAccessEntry), total: z.number().int() });

export const RetentionPreview = z.object({
  retentionYears: z.number().int(),
  /** Inspections dated before this day are past the period. */
  cutoffDate: z.string(),
  inspections: z.number().int(),
  /** Minors whose name, date of birth and address are still whole. */
  minors: z.number().int(),
  /** Photos and files attached to those minors, removed by the purge (a child's face identifies the child). */
  photos: z.number().int(),
  /**
   * Stored papers that can name children of those inspections (minutes, violation records, referral
   * letters, follow-up records), deleted by the purge even where the children were reduced before.
   */
  papers: z.number().int(),
  /** Rows of the change log holding those values. */
  changeRows: z.number().int(),
});
export type RetentionPreview = z.infer<typeof RetentionPreview>;

export const RetentionPurgeInput = z.object({
  /** The count the preview showed: if the records changed since, the purge is refused. */
  expectedMinors: z.number().int().min(0),
});

export const RetentionResult = RetentionPreview.extend({ purgedAt: z.string() });
export type RetentionResult = z.infer<typeof RetentionResult>;
