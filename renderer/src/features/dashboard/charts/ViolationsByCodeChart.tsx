import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { formatCount, formatVnd } from '../../reports/labels';
import type { DashboardLinks } from '../links';
import { ChartCard } from './ChartCard';
import { ChartTooltip } from './ChartTooltip';

type Row = ReportFigures['violationsByCode'][number];

/** Violations by catalogue code; the summary of each code is in its tooltip. */
export function ViolationsByCodeChart({ figures, links }: { figures: ReportFigures; links: DashboardLinks }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const to = links.report('violations');
  return (
    <ChartCard title={t('dashboard.charts.violations')} detailsTo={to} empty={figures.violationsByCode.length === 0} emptyText={t('dashboard.charts.noViolations')}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={figures.violationsByCode} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#eef0f3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="code" width={92} tick={{ fontSize: 12 }} />
          <Tooltip
            cursor={{ fill: 'rgba(31,78,121,0.06)' }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as Row | undefined;
              if (!active || !row) return null;
              return (
                <ChartTooltip
                  title={`${row.code} — ${row.summary}`}
                  lines={[t('dashboard.charts.violationCount', { value: formatCount(row.count) }), t('dashboard.charts.fine', { amount: formatVnd(row.totalProposedFine) })]}
                />
              );
            }}
          />
          <Bar dataKey="count" name={t('reports.table.violationCount')} fill="#c2410c" radius={[0, 4, 4, 0]} maxBarSize={26} animationDuration={400} onClick={() => navigate(to)} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
