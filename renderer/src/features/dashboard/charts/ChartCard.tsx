import { Card, Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface ChartCardProps {
  title: string;
  /** The page with the records or the table behind the chart (also reachable by keyboard). */
  detailsTo: string;
  detailsLabel?: string;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
}

export const CHART_HEIGHT = 260;

/** A titled chart with a link to its records, or a short sentence when there is nothing to draw. */
export function ChartCard({ title, detailsTo, detailsLabel, empty, emptyText, children }: ChartCardProps) {
  const { t } = useTranslation();
  return (
    <Card title={title} size="small" extra={<Link to={detailsTo}>{detailsLabel ?? t('dashboard.charts.details')}</Link>} style={{ height: '100%' }}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} style={{ height: CHART_HEIGHT, display: 'flex', flexDirection: 'column', justifyContent: 'center', margin: 0 }} />
      ) : (
        <div style={{ height: CHART_HEIGHT, cursor: 'pointer' }}>{children}</div>
      )}
    </Card>
  );
}
