import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MINOR_AGE_BANDS } from '../../../../../shared/minors/age';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { useReportLabels } from '../../reports/labels';
import { countMinors } from '../../reports/minorCounts';
import type { DashboardLinks } from '../links';
import { ChartCard } from './ChartCard';

const SEX_COLORS = { male: '#2563eb', female: '#db2777' } as const;

/** Minors found by age band, boys and girls side by side. */
export function MinorsByAgeSexChart({ figures, links }: { figures: ReportFigures; links: DashboardLinks }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const navigate = useNavigate();
  const to = links.report('minors');
  const groups = figures.minorsByBandSexSector;
  const data = MINOR_AGE_BANDS.map((ageBand) => ({
    band: labels.ageBand(ageBand),
    male: countMinors(groups, { ageBand, sex: 'male' }),
    female: countMinors(groups, { ageBand, sex: 'female' }),
  }));
  return (
    <ChartCard title={t('dashboard.charts.minors')} detailsTo={to} empty={figures.minorsTotal === 0} emptyText={t('dashboard.charts.noMinors')}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -12 }}>
          <CartesianGrid vertical={false} stroke="#eef0f3" />
          <XAxis dataKey="band" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip cursor={{ fill: 'rgba(31,78,121,0.06)' }} />
          <Legend iconType="circle" wrapperStyle={{ fontSize: 13 }} />
          {(['male', 'female'] as const).map((sex) => (
            <Bar key={sex} dataKey={sex} name={labels.sex(sex)} fill={SEX_COLORS[sex]} radius={[4, 4, 0, 0]} maxBarSize={36} animationDuration={400} onClick={() => navigate(to)} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
