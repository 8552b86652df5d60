import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/States';
import { formatDateTime, formatPercent, humanize } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/display-zone';
import { useFunctionPages } from '@/lib/functions';
import { isCampaignId, useCampaign, useCampaignFigures, type CampaignFigures } from '../api/campaigns';
import { CampaignForm } from './CampaignForm';
import { StatusButtons } from './StatusButtons';
import { FUNNEL, funnelSteps } from './funnel';
import { T } from '../strings';

export default function CampaignPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  const [editing, setEditing] = useState(false);
  // An unknown or malformed id: retrying cannot help, so no Retry, a way back instead.
  const notFound = (
    <>
      {T.page.notFound} <Link to="/campaigns">{T.page.back}</Link>
    </>
  );
  return (
    <div className="stack">
      <Link to="/campaigns">← {T.page.back}</Link>
      {isCampaignId(id) ? (
        <QueryState query={campaign} notFound={notFound}>
          {(c) => (
            <>
              <div className="spread">
                <h1>
                  {c.name} <span className="badge">{humanize(c.status, 'campaignStatus')}</span>
                </h1>
                {!editing && (
                  <button type="button" className="btn" onClick={() => setEditing(true)}>
                    {T.page.edit}
                  </button>
                )}
              </div>
              {c.description && <p className="muted">{c.description}</p>}
              <StatusButtons campaign={c} />
              {editing && <CampaignForm campaign={c} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />}
              <Figures campaignId={c.id} />
              <div className="grid">
                <CampaignProspects campaignId={c.id} />
                <CampaignReview campaignId={c.id} />
                <CampaignMeetings campaignId={c.id} />
              </div>
            </>
          )}
        </QueryState>
      ) : (
        <div className="empty" role="alert">
          {notFound}
        </div>
      )}
    </div>
  );
}

function Figures({ campaignId }: { campaignId: string }) {
  const figures = useCampaignFigures(campaignId);
  return (
    <QueryState query={figures}>
      {(d) => {
        const f: CampaignFigures | undefined = d.items[0];
        if (!f) return null;
        const steps = funnelSteps(f.stages);
        const outside = f.stages.filter((s) => !(FUNNEL as readonly string[]).includes(s.status));
        return (
          <>
            <section aria-label={T.page.figures} className="metrics">
              <Metric label={T.colProspects} value={f.totalProspects} />
              <Metric label={T.colSent} value={f.messagesSent} />
              <Metric label={T.colReplies} value={f.replied} />
              <Metric label={T.colReplyRate} value={formatPercent(f.replyRate)} />
              <Metric label={T.colMeetings} value={f.meetingsBooked} />
            </section>
            <section className="card" aria-labelledby="funnel-title">
              <h2 id="funnel-title">{T.page.funnel}</h2>
              <p className="muted small">{T.page.funnelHint}</p>
              <table data-testid="campaign-funnel">
                <tbody>
                  {steps.map((s) => (
                    <tr key={s.status}>
                      <th scope="row">{humanize(s.status)}</th>
                      <td>{s.reached}</td>
                      <td className="muted">{s.conversion == null ? '' : formatPercent(s.conversion)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="small">
                {T.page.outside}: {outside.map((s) => `${humanize(s.status)} ${s.count}`).join(' · ')}
              </p>
            </section>
          </>
        );
      }}
    </QueryState>
  );
}

function Metric({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="card">
      <div className="muted small">{label}</div>
      <div className="metric">{value}</div>
    </div>
  );
}

function CampaignProspects({ campaignId }: { campaignId: string }) {
  const pages = useFunctionPages('listProspects', { campaignId, limit: 25 });
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card" aria-labelledby="campaign-prospects">
      <div className="spread">
        <h2 id="campaign-prospects">{T.page.prospects}</h2>
        <Link to={`/prospects?campaign=${campaignId}`}>{T.page.allProspects}</Link>
      </div>
      <QueryState query={pages} isEmpty={() => rows.length === 0} empty={T.page.noProspects}>
        {() => (
          <ul className="stream">
            {rows.map((p) => (
              <li key={p.id}>
                <Link to={`/prospects/${p.id}`}>{p.fullName}</Link> <span className="muted small">{p.companyName}</span> <span className="badge">{humanize(p.status)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function CampaignReview({ campaignId }: { campaignId: string }) {
  const pages = useFunctionPages('listReviewQueue', { campaignId, limit: 25 });
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card" aria-labelledby="campaign-review">
      <h2 id="campaign-review">{T.page.review}</h2>
      <QueryState query={pages} isEmpty={() => rows.length === 0} empty={T.page.noReview}>
        {() => (
          <ul className="stream">
            {rows.map((r) => (
              <li key={r.id}>
                <Link to="/review">{r.prospect.fullName}</Link> <span className="muted small">{humanize(r.messageType)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function CampaignMeetings({ campaignId }: { campaignId: string }) {
  useDisplayTimeZone(); // its dates follow a change of the profile's zone
  const upcoming = useFunctionPages('listMeetings', { campaignId, when: 'upcoming', limit: 25 });
  const past = useFunctionPages('listMeetings', { campaignId, when: 'past', limit: 25 });
  const list = (q: typeof upcoming) => q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card" aria-labelledby="campaign-meetings">
      <h2 id="campaign-meetings">{T.page.meetings}</h2>
      {[
        [T.page.upcoming, upcoming],
        [T.page.past, past],
      ].map(([label, q]) => (
        <div key={label as string}>
          <h3>{label as string}</h3>
          <QueryState query={q as typeof upcoming} isEmpty={() => list(q as typeof upcoming).length === 0} empty={T.page.noMeetings}>
            {() => (
              <ul className="stream">
                {list(q as typeof upcoming).map((m) => (
                  <li key={m.id}>
                    {m.title} · {m.prospectName} · <time dateTime={m.scheduledAt}>{formatDateTime(m.scheduledAt)}</time>
                  </li>
                ))}
              </ul>
            )}
          </QueryState>
        </div>
      ))}
    </section>
  );
}
