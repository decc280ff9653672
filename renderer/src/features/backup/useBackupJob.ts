import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BackupJob } from '../../../../shared/schemas/backup';
import { call } from '../../api';
import { BACKUP, OVERVIEW, useJobStatus } from './queries';

/** Follows one backup, check or restore started on the page, cancels it, and refreshes the page when it ends. */
export function useBackupJob() {
  const queryClient = useQueryClient();
  const [started, setStarted] = useState<BackupJob>();
  const status = useJobStatus(started);
  const job = status.data;
  const cancel = useMutation({
    mutationFn: (j: BackupJob) => (j.kind === 'restore' ? call('auth.cancelRestore', { jobId: j.jobId }) : call('backup.cancel', { jobId: j.jobId })),
    onSuccess: (j) => queryClient.setQueryData([...BACKUP, 'job', j.jobId], j),
  });
  const ended = job !== undefined && job.state !== 'in_progress';
  useEffect(() => {
    if (ended && job?.kind !== 'restore') void queryClient.invalidateQueries({ queryKey: OVERVIEW });
  }, [ended, job?.kind, queryClient]);
  return {
    job,
    statusError: status.isError ? status.error : undefined,
    follow: setStarted,
    cancel: () => job && cancel.mutate(job),
    cancelling: cancel.isPending,
    close: () => setStarted(undefined),
  };
}
