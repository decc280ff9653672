export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** What a stale editor is shown: the record as it now is, and who changed it when. */
export interface ConflictInfo {
  current: Record<string, unknown>;
  updatedBy: string;
  /** ISO instant. */
  updatedAt: string;
  version: number;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  conflict?: ConflictInfo;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by services for expected failures; dispatch turns it into `{ ok: false }`. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly details?: { conflict?: ConflictInfo },
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
