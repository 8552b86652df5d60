import { useMemo, useState } from 'react';
import { QueryState } from '@/components/States';
import { SelectField } from '@/components/Field';
import { formatPercent, humanize } from '@/lib/format';
import { useFunctionQuery } from '@/lib/functions';
import { T } from '../strings';

const DAY = 86_400_000;

/** The server's funnel (funnelReport) by campaign or by channel over a creation date range. */
export function FunnelReport() {
  const [by, setBy] = useState<'campaign' | 'channel'>('campaign');
  const [range, setRange] = useState('30');
  // "now" is taken once when the card mounts, so the range (and the query key) stays put between renders
  const [now] = useState(() => Date.now());
  const from = useMemo(() => (range === 'all' ? undefined : new Date(now - Number(range) * DAY).toISOString()), [range, now]);
  const report = useFunctionQuery('funnelReport', { by, ...(from ? { from } : {}) });
  return (
    <section className="card" aria-labelledby="funnel-report-title">
      <h2 id="funnel-report-title">{T.funnel}</h2>
      <div className="filters">
        <SelectField label={T.by} value={by} onChange={(e) => setBy(e.target.value as 'campaign' | 'channel')}>
          <option value="campaign">{T.byCampaign}</option>
          <option value="channel">{T.byChannel}</option>
        </SelectField>
        <SelectField label={T.range} value={range} onChange={(e) => setRange(e.target.value)}>
          <option value="30">{T.last30}</option>
          <option value="90">{T.last90}</option>
          <option value="all">{T.allTime}</option>
        </SelectField>
      </div>
      <QueryState query={report} isEmpty={(r) => r.groups.every((g) => g.total === 0)} empty={T.empty}>
        {(r) => (
          // a table that scrolls sideways on a phone must be reachable by keyboard (axe: scrollable-region-focusable)
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="funnel-report-title">
            <table data-testid="funnel-report">
              <thead>
                <tr>
                  <th scope="col">{T.group}</th>
                  <th scope="col">{T.total}</th>
                  {r.groups[0]?.steps.map((s) => (
                    <th scope="col" key={s.status}>
                      {humanize(s.status)}
                    </th>
                  ))}
                  <th scope="col">{T.outside}</th>
                </tr>
              </thead>
              <tbody>
                {r.groups
                  .filter((g) => g.total > 0)
                  .map((g) => (
                    <tr key={g.key}>
                      <th scope="row">{g.key === 'none' ? T.noCampaign : by === 'channel' ? humanize(g.key) : g.label}</th>
                      <td>{g.total}</td>
                      {g.steps.map((s) => (
                        <td key={s.status}>
                          {s.reached}
                          {s.conversion != null && <span className="muted small"> ({formatPercent(s.conversion)})</span>}
                        </td>
                      ))}
                      <td>{g.outside}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
