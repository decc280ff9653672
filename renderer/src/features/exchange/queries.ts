import { useQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api';

/** Every exchange query starts with this key: an exchange command refreshes teams, history and inbox at once. */
export const EXCHANGE = ['exchange'] as const;
export const CONFLICTS = [...EXCHANGE, 'conflicts'] as const;

export const useTeams = () => useQuery({ queryKey: [...EXCHANGE, 'teams'], queryFn: () => call('exchange.teams', {}) });

export const useExchangeHistory = (teamId: string | undefined) =>
  useQuery({ queryKey: [...EXCHANGE, 'history', teamId], queryFn: () => call('exchange.history', teamId ? { teamId } : {}) });

export const useConflicts = (includeResolved = false) =>
  useQuery({ queryKey: [...CONFLICTS, { includeResolved }], queryFn: () => call('exchange.conflicts', { includeResolved }) });

/** The open conflicts for the navigation badge: re-read now and then, and after every import or resolution. */
export const useOpenConflictCount = (): number =>
  useQuery({
    queryKey: [...CONFLICTS, { includeResolved: false }],
    queryFn: () => call('exchange.conflicts', { includeResolved: false }),
    refetchInterval: 60_000,
  }).data?.length ?? 0;

/**
 * After an import or a settled conflict any record may have changed: the pages on screen re-read,
 * and the others forget what they held, so an edit form opened next starts from the new values
 * (a form never takes a background refresh over what it loaded).
 */
export async function refreshEverything(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ type: 'inactive' });
  await queryClient.invalidateQueries({ type: 'active' });
}
