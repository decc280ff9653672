import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaPicker } from './AreaPicker';
import { PeriodPicker } from './PeriodPicker';
import type { ReportScope } from './useReportScope';

interface ScopeBarProps {
  scope: ReportScope;
  onChange: (patch: Partial<ReportScope>) => void;
  /** A third row of filters (the report page's plan and lead agency). */
  filters?: ReactNode;
}

const Label = ({ children }: { children: ReactNode }) => (
  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
    {children}
  </Typography.Text>
);

/** Period and area pickers, shared by the dashboard and the report page. */
export function ScopeBar({ scope, onChange, filters }: ScopeBarProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} styles={{ body: { padding: '14px 16px' } }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 16, rowGap: 12, alignItems: 'center' }}>
        <Label>{t('reports.period.title')}</Label>
        <PeriodPicker scope={scope} onChange={onChange} />
        <Label>{t('reports.scope.area')}</Label>
        <AreaPicker scope={scope} onChange={onChange} />
        {filters && (
          <>
            <Label>{t('reports.scope.filters')}</Label>
            <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>{filters}</div>
          </>
        )}
      </div>
    </Card>
  );
}
