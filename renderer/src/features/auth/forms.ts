import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from '../../api';

/**
 * Puts a failed command's answer on the form: each issue under its field (renamed by `rename`
 * when the form calls it otherwise), anything else at the top in the service's words.
 */
export function showError<F extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<F>,
  fields: readonly string[],
  fallback: string,
  rename: Record<string, string> = {},
): void {
  if (!(error instanceof ApiCallError)) {
    setError('root.server' as Path<F>, { type: 'server', message: fallback });
    return;
  }
  const issues = error.error.issues ?? [];
  let placed = 0;
  for (const issue of issues) {
    const field = rename[String(issue.path[0])] ?? String(issue.path[0]);
    if (!fields.includes(field)) continue;
    setError(field as Path<F>, { type: 'server', message: issue.message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  if (placed === 0 || placed < issues.length) setError('root.server' as Path<F>, { type: 'server', message: error.error.message });
}

/** The message of a failed command, or `fallback` when the service could not answer. */
export const messageOf = (error: unknown, fallback: string): string => (error instanceof ApiCallError ? error.error.message : fallback);
