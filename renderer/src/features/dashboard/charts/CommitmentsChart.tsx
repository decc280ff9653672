import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { useReportLabels } from '../../reports/labels';
import type { DashboardLinks } from '../links';
import { ChartCard } from './ChartCard';

const STATUS_COLORS = { fulfilled: '#15803d', open: '#2563eb', overdue: '#ea580c', breached: '#b91c1c' } as const;
type Status = keyof typeof STATUS_COLORS;

/** Commitment items by how they stand on the figures’ day (the report date, or the end of a closed period); a slice opens those items. */
export function CommitmentsChart({ figures, links }: { figures: ReportFigures; links: DashboardLinks }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const navigate = useNavigate();
  const data = (Object.keys(STATUS_COLORS) as Status[])
    .map((status) => ({ status, name: labels.commitmentStatus(status), value: figures.commitments[status], fill: STATUS_COLORS[status] }))
    .filter((d) => d.value > 0);
  return (
    <ChartCard
      title={t('dashboard.charts.commitments')}
      detailsTo={links.report('commitments')}
      empty={figures.commitments.items === 0}
      emptyText={t('dashboard.charts.noCommitments')}
    >
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            innerRadius="52%"
            outerRadius="80%"
            paddingAngle={2}
            animationDuration={400}
            label={({ value }) => value}
            onClick={(sector) => navigate(links.commitments((sector.payload as { status: Status }).status))}
          />
          <Tooltip />
          <Legend iconType="circle" layout="vertical" align="right" verticalAlign="middle" wrapperStyle={{ fontSize: 13 }} />
        </PieChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
