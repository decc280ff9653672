import { useLegalBases } from './queries';

/**
 * Texts of the suggested căn cứ whose wording was not confirmed against the legal reference.
 * An item keeps its "cần xác minh" flag until the user rewrites it.
 */
export function useUnverifiedBases(): Set<string> {
  const bases = useLegalBases();
  return new Set((bases.data ?? []).filter((b) => !b.verified).map((b) => b.text));
}
