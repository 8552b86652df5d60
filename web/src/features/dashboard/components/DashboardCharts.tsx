// Recharts lives only in this chunk, loaded lazily by the dashboard.
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { humanize } from '@/lib/format';
import type { DayCount } from '../hooks/activity-by-day';


export function PipelineChart({ stages }: { stages: { status: string; count: number }[] }) {
  const { t } = useTranslation();
  const data = stages.map((s) => ({ stage: humanize(s.status), count: s.count }));
  return (
    <div className="chart" role="img" aria-label={t('dashboard.pipelineLabel', { stages: data.map((d) => `${d.stage} ${d.count}`).join(', ') })}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 40, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="stage" angle={-35} textAnchor="end" interval={0} tick={{ fontSize: 11 }} height={60} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Bar dataKey="count" name={t('dashboard.seriesProspects')} fill="var(--chart-1)" radius={[4, 4, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ActivityChart({ days }: { days: DayCount[] }) {
  const { t } = useTranslation();
  return (
    <div className="chart" role="img" aria-label={t('dashboard.activityLabel', { days: days.length, total: days.reduce((s, d) => s + d.count, 0) })}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={days} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Line type="monotone" dataKey="count" name={t('dashboard.seriesEvents')} stroke="var(--chart-2)" strokeWidth={2} dot={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
