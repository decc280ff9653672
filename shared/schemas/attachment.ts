import * as z from 'zod';
import { ExpectedVersion, patchOf } from './patch';
import { Id, Timestamps, optionalText, requiredText } from './common';

/**
 * Evidence photos and files (issue 13): attached to an inspection, a minor, a violation, a
 * commitment item or a follow-up visit. Stored encrypted, named by the hash of their content.
 */
export const ATTACHMENT_OWNER_TABLES = ['inspections', 'minors', 'violations', 'commitment_items', 'case_visits'] as const;
export type AttachmentOwnerTable = (typeof ATTACHMENT_OWNER_TABLES)[number];

/** What is stored: photos as JPEG or PNG (other image formats are converted), PDFs as they are. */
export const ATTACHMENT_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentMimeType = (typeof ATTACHMENT_MIME_TYPES)[number];

/** Largest file accepted (25 MB), photo or PDF. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** What the file picker offers (HEIC is refused with its own message: the image library cannot read it). */
export const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.webp,.avif,.heic,.heif,.pdf,image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif,application/pdf';

/** Local time the photo was taken (Viet Nam), to the minute or second: "2026-11-23T09:30". */
const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'Thời điểm chụp phải có dạng ngày và giờ');

const AttachmentFields = z.object({
  caption: optionalText(500),
  takenAt: LocalDateTime.optional(),
  /** Chosen for the photo annex of the minutes. */
  inMinutesAnnex: z.boolean().default(false),
  sortOrder: z.number().int().min(0).default(0),
});

export const AttachmentOwner = z.object({ ownerTable: z.enum(ATTACHMENT_OWNER_TABLES), ownerId: Id });

/**
 * One file sent as base64 (the web host allows this command a larger body). The bound here
 * only keeps memory in check: files over MAX_ATTACHMENT_BYTES are refused by the service with
 * a message naming the file.
 */
export const AttachmentAddInput = AttachmentOwner.extend({
  fileName: requiredText(255),
  base64: z.string().min(1).max(64 * 1024 * 1024),
  caption: optionalText(500),
  takenAt: LocalDateTime.optional(),
});

export const AttachmentUpdateInput = patchOf(AttachmentFields).extend({ id: Id, expectedVersion: ExpectedVersion });

export const AttachmentListInput = AttachmentOwner.extend({ includeDeleted: z.boolean().default(false) });
export const InspectionAttachmentsInput = z.object({ inspectionId: Id, includeDeleted: z.boolean().default(false) });

export const Attachment = AttachmentFields.extend({
  id: Id,
  ownerTable: z.enum(ATTACHMENT_OWNER_TABLES),
  ownerId: Id,
  /** SHA-256 of the stored content (after location data is removed). */
  contentHash: z.string(),
  mimeType: z.enum(ATTACHMENT_MIME_TYPES),
  sizeBytes: z.number().int(),
  fileName: z.string(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  /** Who added or last changed it. */
  updatedBy: z.string(),
  /** The inspection the owner belongs to. */
  inspectionId: Id,
}).extend(Timestamps.shape);
export type Attachment = z.infer<typeof Attachment>;

export const AttachmentAddResult = z.object({
  attachment: Attachment,
  /** The same content was already attached here: nothing new was stored. */
  duplicate: z.boolean(),
  /** GPS position found in the photo and left out of the stored copy. */
  locationRemoved: z.boolean(),
});

export const AttachmentThumbnail = z.object({ mimeType: z.literal('image/jpeg'), base64: z.string() });
export const AttachmentContent = z.object({ fileName: z.string(), mimeType: z.enum(ATTACHMENT_MIME_TYPES), base64: z.string() });
