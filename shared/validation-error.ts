import type { ApiError } from './errors';
import { fieldLabel } from './field-labels';

interface IssueLike {
  path: PropertyKey[];
  message: string;
}

/** Turns schema issues into the VALIDATION error, naming each field in Vietnamese. */
export function validationError(issues: readonly IssueLike[]): ApiError {
  const fieldIssues = issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
  const summary = fieldIssues.map((i) => `${fieldLabel(i.path)}: ${i.message}`).join('; ');
  return { code: 'VALIDATION', message: `Dữ liệu chưa hợp lệ — ${summary}`, issues: fieldIssues };
}
