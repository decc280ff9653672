import { useQuery } from '@tanstack/react-query';
import { call } from '../../api';

export const SETTINGS = ['settings'] as const;

export const useSettings = () => useQuery({ queryKey: SETTINGS, queryFn: () => call('settings.get', {}) });
