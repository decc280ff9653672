export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by services for expected failures; dispatch turns it into `{ ok: false }`. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
