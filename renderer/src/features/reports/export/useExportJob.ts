import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChildDataBasis, ExportFormat, ExportJob } from '../../../../../shared/schemas/report';
import { call } from '../../../api';
import { REPORTS, useExportStatus } from '../queries';
import type { ReportInput } from '../useReportScope';

export interface ExportRequest {
  format: ExportFormat;
  includeChildDetails: boolean;
  legalBasis?: ChildDataBasis;
}

/** Starts an export of the report on screen, follows it and cancels it. */
export function useExportJob(input: ReportInput) {
  const queryClient = useQueryClient();
  const [started, setStarted] = useState<ExportJob>();
  const status = useExportStatus(started);

  const start = useMutation({
    mutationFn: (request: ExportRequest) => call('reports.export', { ...input, ...request }),
    onSuccess: setStarted,
  });
  const cancel = useMutation({
    mutationFn: (jobId: string) => call('reports.cancelExport', { jobId }),
    onSuccess: (job) => queryClient.setQueryData([...REPORTS, 'export', job.jobId], job),
  });

  return {
    job: status.data,
    /** The status could not be read (e.g. the app restarted and forgot the job). */
    statusError: status.isError ? status.error : undefined,
    start,
    cancel: () => started && cancel.mutate(started.jobId),
    cancelling: cancel.isPending,
    close: () => setStarted(undefined),
  };
}
