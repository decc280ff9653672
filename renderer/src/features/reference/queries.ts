import { useQuery, useQueryClient } from '@tanstack/react-query';
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

type Named = { code: string; name: string };

/**
 * Names of province and commune codes from the lists already loaded by the selects (the conflict
 * dialog shows names, not codes); a code whose list is not loaded is shown as it is.
 */
export function useReferenceNames() {
  const queryClient = useQueryClient();
  const find = (queryKey: readonly unknown[], code: unknown): string | undefined => {
    if (typeof code !== 'string') return undefined;
    for (const [, list] of queryClient.getQueriesData<Named[]>({ queryKey })) {
      const hit = list?.find((item) => item.code === code);
      if (hit) return hit.name;
    }
    return undefined;
  };
  const province = (code: unknown) => find(['reference', 'provinces'], code);
  const commune = (code: unknown) => find(['reference', 'communes'], code);
  return {
    province,
    commune,
    /** By field name: `provinceCode`, `communeCode` (and a plan's list of communes). */
    of: (field: string, code: string) => (field === 'provinceCode' ? province(code) : field === 'communeCode' || field === 'communeCodes' ? commune(code) : undefined),
  };
}
