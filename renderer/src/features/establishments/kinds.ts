import { useTranslation } from 'react-i18next';
import { ESTABLISHMENT_KINDS, SECTORS, type EstablishmentKind } from '../../../../shared/schemas/establishment';

/** One colour per kind so a list can be scanned by type at a glance. */
export const KIND_COLORS: Record<EstablishmentKind, string> = {
  enterprise: 'blue',
  cooperative: 'cyan',
  cooperative_group: 'geekblue',
  household_business: 'purple',
  household: 'gold',
  craft_village: 'green',
  other: 'default',
};

export function useKindOptions() {
  const { t } = useTranslation();
  return ESTABLISHMENT_KINDS.map((kind) => ({ value: kind, label: t(`establishment.kind.${kind}`) }));
}

export function useSectorOptions() {
  const { t } = useTranslation();
  return SECTORS.map((sector) => ({ value: sector, label: t(`establishment.sector.${sector}`) }));
}
