import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommandInput } from '../../../../shared/commands';
import { call } from '../../api';

export const AGENCIES = ['agencies'] as const;
export const OFFICIALS = ['officials'] as const;

export const useAgencies = (includeDeleted = false) =>
  useQuery({ queryKey: [...AGENCIES, { includeDeleted }], queryFn: () => call('agencies.list', { includeDeleted }) });

export const useOfficials = (input: CommandInput<'officials.list'>) =>
  useQuery({ queryKey: [...OFFICIALS, input], queryFn: () => call('officials.list', input), placeholderData: keepPreviousData });
