import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { FOLLOW_UP, useTodoCount } from '../follow-up/queries';
import { REPORTS } from '../reports/queries';

/**
 * The count of "Việc cần làm" for the navigation badge. Any write may change it (finalising opens
 * cases, a visit or a verdict settles a reminder, a plan moves a visit): after every successful
 * command the follow-up queries and the report figures (the dashboard's) are marked stale, and the
 * count is read again every five minutes.
 */
export function useTodoBadge() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        void queryClient.invalidateQueries({ queryKey: FOLLOW_UP });
        void queryClient.invalidateQueries({ queryKey: REPORTS });
      }),
    [queryClient],
  );
  return useTodoCount().data;
}
