import { useQuery } from '@tanstack/react-query';
import type { HistoryEntity } from '../../../../shared/schemas/history';
import { call } from '../../api';

/** Every record's change history; any saved change refreshes them (useCommandMutation, useSoftDelete). */
export const HISTORY = ['history'] as const;

export const useRecordHistory = (entity: HistoryEntity, id: string) =>
  useQuery({ queryKey: [...HISTORY, entity, id], queryFn: () => call('history.list', { entity, id }) });
