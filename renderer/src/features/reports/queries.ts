import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExportJob } from '../../../../shared/schemas/report';
import { call } from '../../api';
import type { ReportInput } from './useReportScope';

export const REPORTS = ['reports'] as const;

/** The figures of one scope; the previous figures stay on screen while a new scope loads. */
export const usePeriodicReport = (input: ReportInput) =>
  useQuery({
    queryKey: [...REPORTS, 'periodic', input],
    queryFn: () => call('reports.periodic', input),
    placeholderData: keepPreviousData,
  });

/** Plans to narrow a report to (not the deleted ones). */
export const usePlanOptions = () =>
  useQuery({
    queryKey: ['plans', 'list', 'report-options'],
    queryFn: () => call('plans.list', {}),
    select: (plans) => plans.map((p) => ({ value: p.id, label: p.number ? `${p.number} — ${p.title}` : p.title })),
  });

/** Follows an export every ~300 ms while it runs; stops polling once it is done, failed or cancelled. */
export const useExportStatus = (job: ExportJob | undefined) =>
  useQuery({
    queryKey: [...REPORTS, 'export', job?.jobId],
    queryFn: () => call('reports.exportStatus', { jobId: job!.jobId }),
    enabled: Boolean(job),
    initialData: job,
    refetchInterval: (query) => (query.state.status !== 'error' && query.state.data?.state === 'running' ? 300 : false),
    retry: 1,
    staleTime: 0,
  });
