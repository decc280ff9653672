import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommandInput } from '../../../../shared/commands';
import { call } from '../../api';

export type EstablishmentSearch = CommandInput<'establishments.search'>;

/** Every establishment query starts with this key, so one invalidation refreshes them all. */
export const ESTABLISHMENTS = ['establishments'] as const;

export const useEstablishmentSearch = (input: EstablishmentSearch) =>
  useQuery({
    queryKey: [...ESTABLISHMENTS, 'search', input],
    queryFn: () => call('establishments.search', input),
    placeholderData: keepPreviousData,
  });

export const useEstablishment = (id: string) =>
  useQuery({ queryKey: [...ESTABLISHMENTS, 'detail', id], queryFn: () => call('establishments.get', { id }) });

/** Craft villages to choose a member's village from (a province has tens, not thousands). */
export const useCraftVillages = () =>
  useQuery({
    queryKey: [...ESTABLISHMENTS, 'villages'],
    queryFn: () => call('establishments.search', { kind: 'craft_village', limit: 500 }),
    select: (result) => result.items,
  });
