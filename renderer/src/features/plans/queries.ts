import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommandInput } from '../../../../shared/commands';
import { call } from '../../api';

/** Every plan query starts with this key: a plan command refreshes the list, the detail and the suggestions at once. */
export const PLANS = ['plans'] as const;
export const DOCUMENTS = ['documents'] as const;

export const usePlans = (input: CommandInput<'plans.list'>) =>
  useQuery({ queryKey: [...PLANS, 'list', input], queryFn: () => call('plans.list', input), placeholderData: keepPreviousData });

export const usePlan = (id: string) => useQuery({ queryKey: [...PLANS, 'detail', id], queryFn: () => call('plans.get', { id }) });

/** The suggested căn cứ are part of the release, not of the data. */
export const useLegalBases = () =>
  useQuery({ queryKey: [...PLANS, 'legalBases'], queryFn: () => call('plans.legalBases', {}), staleTime: Infinity, gcTime: Infinity });

export const useTargetSuggestions = (input: CommandInput<'plans.suggestTargets'>, enabled: boolean) =>
  useQuery({
    queryKey: [...PLANS, 'suggest', input],
    queryFn: () => call('plans.suggestTargets', input),
    enabled,
    placeholderData: keepPreviousData,
  });

export const usePlanDocuments = (planId: string) =>
  useQuery({ queryKey: [...DOCUMENTS, { sourceId: planId }], queryFn: () => call('documents.list', { sourceId: planId }) });
