import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommandInput } from '../../../../shared/commands';
import { call } from '../../api';
import { PLANS } from '../plans/queries';

/** Every query of an inspection, its suggestions and the commitments to follow up starts with this key. */
export const INSPECTIONS = ['inspections'] as const;

export const useInspectionList = (input: CommandInput<'inspections.list'>, enabled = true) =>
  useQuery({ queryKey: [...INSPECTIONS, 'list', input], queryFn: () => call('inspections.list', input), placeholderData: keepPreviousData, enabled });

export const useInspection = (id: string) =>
  useQuery({ queryKey: [...INSPECTIONS, 'detail', id], queryFn: () => call('inspections.get', { id }) });

export const useSuggestions = (inspectionId: string) =>
  useQuery({ queryKey: [...INSPECTIONS, 'suggestions', inspectionId], queryFn: () => call('violations.suggest', { inspectionId }) });

export const useCommitmentsDue = () =>
  useQuery({ queryKey: [...INSPECTIONS, 'commitmentsDue'], queryFn: () => call('commitments.due', {}) });

/** A catalogue version never changes once imported: the record keeps the one it was made with. */
export const useCatalogue = (version: string | undefined) =>
  useQuery({
    queryKey: ['catalogue', version],
    queryFn: () => call('catalogue.get', { version }),
    enabled: Boolean(version),
    staleTime: Infinity,
  });

/** The plan's usePlan, waiting until a plan is chosen (same key, so the cache is shared). */
export const useChosenPlan = (id: string | undefined) =>
  useQuery({ queryKey: [...PLANS, 'detail', id], queryFn: () => call('plans.get', { id: id! }), enabled: Boolean(id) });
