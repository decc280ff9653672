import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../ui/SearchSelect';
import { AgencySelect } from '../directory/AgencySelect';
import { usePlanOptions } from './queries';
import type { ReportScope } from './useReportScope';

interface ReportFiltersProps {
  scope: ReportScope;
  onChange: (patch: Partial<ReportScope>) => void;
}

/** Narrow the report to one plan, or to the plans issued by one lead agency. */
export function ReportFilters({ scope, onChange }: ReportFiltersProps) {
  const { t } = useTranslation();
  const plans = usePlanOptions();
  return (
    <>
      <SearchSelect
        aria-label={t('reports.filters.plan')}
        placeholder={t('reports.filters.allPlans')}
        loading={plans.isLoading}
        options={plans.data}
        value={scope.planId}
        onChange={(planId) => onChange({ planId })}
        popupMatchSelectWidth={false}
        style={{ width: 260 }}
      />
      <AgencySelect
        aria-label={t('reports.filters.leadAgency')}
        placeholder={t('reports.filters.allAgencies')}
        value={scope.leadAgencyId}
        onChange={(leadAgencyId) => onChange({ leadAgencyId })}
        popupMatchSelectWidth={false}
        style={{ width: 260 }}
      />
    </>
  );
}
