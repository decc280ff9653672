import { useTranslation } from 'react-i18next';
import { INSPECTION_LIST_STATUSES, SCHOOLING } from '../../../../shared/schemas/inspection';

export function useStatusOptions() {
  const { t } = useTranslation();
  return INSPECTION_LIST_STATUSES.map((status) => ({ value: status, label: t(`inspections.status.${status}`) }));
}

export function useSchoolingOptions() {
  const { t } = useTranslation();
  return SCHOOLING.map((value) => ({ value, label: t(`inspections.schooling.${value}`) }));
}
