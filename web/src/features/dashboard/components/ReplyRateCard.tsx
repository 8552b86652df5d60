import { QueryState } from '@/components/States';
import { formatPercent } from '@/lib/format';
import { useFunctionQuery } from '@/lib/functions';
import { T } from '../strings';

/** The reply rate over time (replyRate: per week in the user's time zone, counted on the server). */
export function ReplyRateCard() {
  const rate = useFunctionQuery('replyRate', { weeks: 12 });
  return (
    <section className="card" aria-labelledby="reply-rate-title">
      <h2 id="reply-rate-title">{T.replyRate}</h2>
      <QueryState query={rate} isEmpty={(r) => r.weeks.every((w) => w.contacted === 0)} empty={T.noMessages}>
        {(r) => (
          <table data-testid="reply-rate">
            <thead>
              <tr>
                <th scope="col">{T.week}</th>
                <th scope="col">{T.rate}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {r.weeks.map((w) => (
                <tr key={w.weekStart}>
                  <td>{w.weekStart}</td>
                  <td>{w.contacted ? formatPercent(w.rate) : '—'}</td>
                  <td className="muted small">{T.repliedOf(w.replied, w.contacted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
