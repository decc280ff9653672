import * as z from 'zod';
import { Id, optionalText, requiredText } from './common';
import { ExpectedVersion } from './patch';

export const EXPORT_MODES = ['team', 'all'] as const;
export const CONFLICT_KINDS = ['same_field', 'delete_edit', 'locked_record', 'duplicate_establishment'] as const;
export const CONFLICT_RESOLUTIONS = ['kept_a', 'kept_b', 'edited', 'merged', 'dismissed', 'restored', 'kept_deleted'] as const;
export const TEAM_DEVICE_STATUSES = ['pending', 'accepted'] as const;
export const PACKAGE_KINDS = ['changes', 'join'] as const;
/** The two sides of a conflict: the earlier change (a) and the later (b). */
export const CONFLICT_SIDES = ['a', 'b'] as const;
/** `restore` / `keep_deleted`: a record deleted on one laptop and edited on another (delete_edit). */
export const RESOLVE_CHOICES = ['a', 'b', 'value', 'dismiss', 'restore', 'keep_deleted'] as const;
/** An exchange as this laptop logged it: a package made here, or one imported from another laptop. */
export const EXCHANGE_DIRECTIONS = ['export', 'import'] as const;

/** A file travels as base64 inside the JSON command (packages are a few megabytes at most). */
const FileBytes = z.string().min(8, 'Chọn tệp').max(80_000_000, 'Tệp quá lớn');

export const TeamDevice = z.object({
  deviceId: Id,
  label: z.string(),
  officialName: z.string(),
  fingerprint: z.string(),
  status: z.enum(TEAM_DEVICE_STATUSES),
  isThisDevice: z.boolean(),
  isLeader: z.boolean(),
  joinedAt: z.string(),
  lastExchangeAt: z.string().optional(),
  /** Set when the device's clock was more than a day ahead at the last import (never blocking). */
  clockAheadMs: z.number().optional(),
  /** The first block of minutes numbers the device gives ("101–200"; then a block 1,000 later), set by the leader. */
  numberSeries: z.string().optional(),
});

export const Team = z.object({
  id: Id,
  name: z.string(),
  planId: Id.optional(),
  planTitle: z.string().optional(),
  isLeader: z.boolean(),
  createdAt: z.string(),
  devices: z.array(TeamDevice),
});
export type Team = z.infer<typeof Team>;

export const TeamCreateInput = z.object({ name: requiredText(200), planId: Id.optional() });
export const TeamRef = z.object({ teamId: Id });

/** The invitation: a file for the new laptop and a short code read aloud (the file alone opens nothing). */
export const Invitation = z.object({ fileName: z.string(), base64: z.string(), code: z.string() });
export const JoinInput = z.object({ invitation: FileBytes, code: requiredText(20) });
/** What the new laptop hands back to the leader. */
export const JoinRequest = z.object({ team: Team, fileName: z.string(), base64: z.string() });
export const AcceptJoinInput = z.object({ teamId: Id, deviceId: Id });

export const ExportInput = z.object({ teamId: Id, mode: z.enum(EXPORT_MODES).default('team') });
export const ExportedPackage = z.object({
  fileName: z.string(),
  base64: z.string(),
  changes: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  /** Attached files (photos, PDFs) inside, and those left for the next package (a package holds about 36 MB of files). */
  files: z.number().int(),
  filesLeft: z.number().int(),
});

export const PackageInput = z.object({ file: FileBytes, fileName: optionalText(300) });

/** What a package brings, read before it is applied (a dry run of the import). */
export const PackagePreview = z.object({
  kind: z.enum(PACKAGE_KINDS),
  teamName: z.string(),
  sender: z.object({ deviceId: Id, label: z.string(), officialName: z.string(), fingerprint: z.string() }),
  createdAt: z.string(),
  /** Records by table label, and how many of the package's changes are new here. */
  rows: z.record(z.string(), z.number().int()),
  newChanges: z.number().int(),
  conflictsExpected: z.number().int(),
  /** Attached files (photos, PDFs) the package brings that this laptop did not have. */
  files: z.number().int(),
  clockWarning: z.string().optional(),
});
export const ImportResult = PackagePreview.extend({ applied: z.boolean() });

export const ConflictListInput = z.object({ includeResolved: z.boolean().default(false) });
export const ConflictEntry = z.object({
  id: Id,
  kind: z.enum(CONFLICT_KINDS),
  tableName: z.string(),
  tableLabel: z.string(),
  rowId: Id,
  /** What the record is, in words (the establishment's name, the minor's initials…). */
  recordLabel: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  a: z.object({ value: z.unknown(), at: z.string(), device: z.string(), user: z.string() }),
  b: z.object({ value: z.unknown(), at: z.string(), device: z.string(), user: z.string() }),
  /** Which side the record holds now (the later one); for a deletion against an edit, `a` while the record stays deleted. */
  current: z.enum(CONFLICT_SIDES),
  /** A deletion against an edit: side a is the deletion, side b the edit, whose fields and values are these. */
  edits: z.array(z.object({ field: z.string(), fieldLabel: z.string(), value: z.unknown() })).optional(),
  resolution: z.enum(CONFLICT_RESOLUTIONS).optional(),
  resolvedAt: z.string().optional(),
  resolvedBy: z.string().optional(),
  version: z.number().int(),
});
export type ConflictEntry = z.infer<typeof ConflictEntry>;

export const ResolveConflictInput = z.object({
  id: Id,
  expectedVersion: ExpectedVersion,
  /**
   * keep a / keep b: that value becomes a new change; edited: the user's own value; dismissed: leave as is.
   * A deletion against an edit: restore (the record comes back with the edit) or keep_deleted.
   */
  choice: z.enum(RESOLVE_CHOICES),
  /** JSON of the value, for `value`. */
  value: z.string().max(100_000).optional(),
});

export type PackagePreview = z.infer<typeof PackagePreview>;
export type ImportResult = z.infer<typeof ImportResult>;

export const ExchangeHistoryInput = z.object({ teamId: Id.optional() });
/** One line of the history of exchanges: which laptop and official, when, and what travelled. */
export const ExchangeLogEntry = z.object({
  id: Id,
  teamId: Id,
  teamName: z.string(),
  direction: z.enum(EXCHANGE_DIRECTIONS),
  /** The laptop the package came from (an import) or this laptop (an export). */
  deviceLabel: z.string(),
  officialName: z.string(),
  at: z.string(),
  /** Who ran the exchange on this laptop. */
  userName: z.string(),
  fileName: z.string().optional(),
  /** Records written (import) or changes carried (export), by table label. */
  counts: z.record(z.string(), z.number().int()),
  total: z.number().int(),
});
export type ExchangeLogEntry = z.infer<typeof ExchangeLogEntry>;
