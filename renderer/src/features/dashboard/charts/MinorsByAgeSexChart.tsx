import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import { MINOR_AGE_BANDS } from '../../../../../shared/minors/age';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { useReportLabels } from '../../reports/labels';
import { countMinors } from '../../reports/minorCounts';
import type { DashboardLinks } from '../links';
import { ChartCard } from './ChartCard';

const SEX_COLORS = { male: '#2563eb', female: '#db2777' } as const;

/**
 * The age band in the Labour Code's words ("Từ đủ 15 đến chưa đủ 18 tuổi"), wrapped within its
 * own band of the axis instead of being dropped when it is wider than the band.
 */
function BandTick({ x, y, width, visibleTicksCount, payload }: XAxisTickContentProps) {
  const band = Number(width) / Math.max(1, visibleTicksCount);
  return (
    <Text x={x} y={y} width={Math.max(60, band - 12)} lineHeight={15} textAnchor="middle" verticalAnchor="start" fontSize={12} fill="#666">
      {String(payload.value)}
    </Text>
  );
}

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
          <XAxis dataKey="band" interval={0} height={42} tick={BandTick} />
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
