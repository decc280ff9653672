import type { TodoRow } from '../../../../shared/schemas/follow-up';

/** The page a reminder opens: the case, the commitments of an inspection, or the plan. */
export function todoLink(row: Pick<TodoRow, 'kind' | 'target'>): string {
  const { kind, id } = row.target;
  if (kind === 'case') return `/cases/${id}`;
  if (kind === 'plan') return `/plans/${id}`;
  return row.kind === 'commitment' || row.kind === 'reinspection' ? `/inspections/${id}?tab=commitments` : `/inspections/${id}`;
}

export const caseLink = (id: string) => `/cases/${id}`;
