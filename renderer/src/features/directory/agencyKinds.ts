import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS } from '../../../../shared/schemas/directory';

export function useAgencyKindOptions() {
  const { t } = useTranslation();
  return AGENCY_KINDS.map((kind) => ({ value: kind, label: t(`directory.agencyKind.${kind}`) }));
}
