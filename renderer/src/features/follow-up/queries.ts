import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommandInput } from '../../../../shared/commands';
import { call } from '../../api';
import { INSPECTIONS } from '../inspections/queries';
import { REPORTS } from '../reports/queries';

/** Every query of the follow-up (cases, reminders, verification, sanctions) starts with this key. */
export const FOLLOW_UP = ['followUp'] as const;
/** The reminders and their count: refreshed after every follow-up write. */
export const TODO = [...FOLLOW_UP, 'todo'] as const;

/** What a follow-up write changes: the cases, the reminders, the dashboard's figures. */
export const FOLLOW_UP_WRITES = [FOLLOW_UP, REPORTS];
/** What a verification or sanction write changes: the inspection record and its commitments too. */
export const VERIFICATION_WRITES = [FOLLOW_UP, REPORTS, INSPECTIONS];

export const useCases = (input: CommandInput<'followUp.listCases'>) =>
  useQuery({ queryKey: [...FOLLOW_UP, 'cases', input], queryFn: () => call('followUp.listCases', input), placeholderData: keepPreviousData });

export const useCase = (id: string) => useQuery({ queryKey: [...FOLLOW_UP, 'case', id], queryFn: () => call('followUp.getCase', { id }) });

export const useTodo = (input: CommandInput<'followUp.todo'>) =>
  useQuery({ queryKey: [...TODO, 'rows', input], queryFn: () => call('followUp.todo', input), placeholderData: keepPreviousData });

/** The navigation badge: re-read after writes (invalidation) and every five minutes. */
export const useTodoCount = () =>
  useQuery({ queryKey: [...TODO, 'count'], queryFn: () => call('followUp.todoCount', {}), refetchInterval: 5 * 60_000, staleTime: 30_000 });

export const useVerification = (inspectionId: string, enabled = true) =>
  useQuery({ queryKey: [...FOLLOW_UP, 'verification', inspectionId], queryFn: () => call('verification.get', { inspectionId }), enabled });

export const useSanctions = (inspectionId: string, includeDeleted = false) =>
  useQuery({ queryKey: [...FOLLOW_UP, 'sanctions', inspectionId, includeDeleted], queryFn: () => call('sanctions.list', { inspectionId, includeDeleted }) });
