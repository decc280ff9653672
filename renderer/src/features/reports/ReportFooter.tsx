import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportResult } from '../../../../shared/schemas/report';
import { formatDateTime } from '../../i18n/locale';
import { useAgencies } from '../directory/queries';
import { useCommunes, useProvinces } from '../reference/queries';
import { formatDay } from './labels';
import { usePlanOptions } from './queries';

/** What the figures were computed from: period, area, filters, catalogue versions and time. */
export function ReportFooter({ report }: { report: ReportResult }) {
  const { t } = useTranslation();
  const { period, area, filters } = report.input;
  const provinces = useProvinces();
  const communes = useCommunes(area.provinceCode);
  const plans = usePlanOptions();
  const agencies = useAgencies();
  const provinceName = provinces.data?.find((p) => p.code === area.provinceCode)?.name ?? area.provinceCode;
  const communeNames = area.communeCodes.map((code) => communes.data?.find((c) => c.code === code)?.name ?? code);
  const areaText = !area.provinceCode
    ? t('reports.footer.wholeCountry')
    : communeNames.length > 0
      ? `${communeNames.join(', ')} — ${provinceName}`
      : provinceName;
  const range = t('reports.footer.range', { from: formatDay(period.from), to: formatDay(period.to) });

  return (
    <Card id="report-footer" size="small" title={t('reports.footer.title')}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        items={[
          { key: 'period', label: t('reports.footer.period'), children: period.label ? `${period.label} (${range})` : range },
          { key: 'area', label: t('reports.footer.area'), children: areaText },
          { key: 'plan', label: t('reports.filters.plan'), children: plans.data?.find((p) => p.value === filters.planId)?.label ?? t('reports.filters.allPlans') },
          { key: 'agency', label: t('reports.filters.leadAgency'), children: agencies.data?.find((a) => a.id === filters.leadAgencyId)?.name ?? t('reports.filters.allAgencies') },
          { key: 'catalogue', label: t('reports.footer.catalogue'), children: report.catalogueVersions.join(', ') || t('reports.footer.noCatalogue') },
          { key: 'generated', label: t('reports.footer.generatedAt'), children: formatDateTime(report.generatedAt) },
        ]}
      />
    </Card>
  );
}
