import { useQuery } from '@tanstack/react-query';
import type { BackupJob } from '../../../../shared/schemas/backup';
import { call } from '../../api';

export const BACKUP = ['backup'] as const;
export const OVERVIEW = [...BACKUP, 'overview'] as const;

export const useBackupOverview = () => useQuery({ queryKey: OVERVIEW, queryFn: () => call('backup.overview', {}) });

/**
 * Follows a job while it runs. A restore is followed through `auth.restoreStatus`: once it has
 * swapped the data, every session has ended and only the public command still answers.
 */
export const useJobStatus = (job: BackupJob | undefined) =>
  useQuery({
    queryKey: [...BACKUP, 'job', job?.jobId],
    queryFn: () => (job!.kind === 'restore' ? call('auth.restoreStatus', { jobId: job!.jobId }) : call('backup.status', { jobId: job!.jobId })),
    enabled: Boolean(job),
    initialData: job,
    refetchInterval: (query) => (query.state.status !== 'error' && query.state.data?.state === 'in_progress' ? 300 : false),
    retry: 1,
    staleTime: 0,
  });
