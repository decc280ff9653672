import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { BRAND } from '../../../app/theme';
import { monthRange, type DateRange } from '../../reports/period';
import { useReportLabels } from '../../reports/labels';
import type { DashboardLinks } from '../links';
import { ChartCard } from './ChartCard';

/** Every month of the period, so a month without inspections shows as a gap, not as missing. */
function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  for (let m = dayjs(range.from).startOf('month'); !m.isAfter(dayjs(range.to)); m = m.add(1, 'month')) months.push(m.format('YYYY-MM'));
  return months;
}

/** Inspections done per month of the period; a bar opens that month's inspections. */
export function InspectionsByMonthChart({ figures, range, links }: { figures: ReportFigures; range: DateRange; links: DashboardLinks }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const navigate = useNavigate();
  const counts = new Map(figures.inspectionsByMonth.map((m) => [m.month, m.count]));
  const data = monthsOf(range).map((month) => ({ month, count: counts.get(month) ?? 0 }));
  return (
    <ChartCard title={t('dashboard.charts.months')} detailsTo={links.inspections()} detailsLabel={t('dashboard.charts.openInspections')} empty={figures.inspectionsTotal === 0} emptyText={t('reports.empty.title')}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -12 }}>
          <CartesianGrid vertical={false} stroke="#eef0f3" />
          <XAxis dataKey="month" tickFormatter={(month: string) => t('dashboard.charts.monthTick', { month: Number(month.slice(5)) })} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip cursor={{ fill: 'rgba(31,78,121,0.06)' }} labelFormatter={(month) => labels.month(String(month))} />
          <Bar
            dataKey="count"
            name={t('reports.table.inspections')}
            fill={BRAND}
            radius={[4, 4, 0, 0]}
            maxBarSize={40}
            animationDuration={400}
            onClick={(bar) => navigate(links.inspections(monthRange((bar.payload as { month: string }).month)))}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
