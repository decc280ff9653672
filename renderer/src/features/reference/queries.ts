import { useQuery } from '@tanstack/react-query';
import { call } from '../../api';

// Administrative units change by resolution, not during a session.
const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;

export const useProvinces = () =>
  useQuery({ queryKey: ['reference', 'provinces'], queryFn: () => call('reference.provinces', {}), ...FOREVER });

export const useCommunes = (provinceCode: string | undefined) =>
  useQuery({
    queryKey: ['reference', 'communes', provinceCode],
    queryFn: () => call('reference.communes', { provinceCode: provinceCode! }),
    enabled: Boolean(provinceCode),
    ...FOREVER,
  });
