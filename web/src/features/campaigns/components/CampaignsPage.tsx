import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryState } from '@/components/States';
import { SelectField } from '@/components/Field';
import { formatPercent, humanize } from '@/lib/format';
import { allowNextLeave } from '@/lib/unsaved';
import { CAMPAIGN_STATUSES, statusFilter, useCampaignFigures, useCampaigns, type CampaignFigures } from '../api/campaigns';
import { CampaignForm } from './CampaignForm';
import { StatusButtons } from './StatusButtons';
import { T } from '../strings';

export default function CampaignsPage() {
  const [params, setParams] = useSearchParams();
  const status = statusFilter(params.get('status'));
  const campaigns = useCampaigns(status ? { status } : {});
  const figures = useCampaignFigures();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const figuresOf = (id: string): CampaignFigures | undefined => figures.data?.items.find((f) => f.campaignId === id);

  return (
    <div className="stack">
      <div className="spread">
        <h1>{T.title}</h1>
        {!creating && (
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {T.newCampaign}
          </button>
        )}
      </div>
      {creating && (
        <CampaignForm
          onCancel={() => setCreating(false)}
          onDone={(c) => {
            // saved: going to the new campaign does not ask about unsaved changes
            allowNextLeave();
            navigate(`/campaigns/${c.id}`);
          }}
        />
      )}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={T.statusFilter}
          value={status}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set('status', e.target.value);
            else next.delete('status');
            setParams(next, { replace: true });
          }}
        >
          <option value="">{T.allStatuses}</option>
          {CAMPAIGN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {humanize(s, 'campaignStatus')}
            </option>
          ))}
        </SelectField>
      </form>
      <QueryState query={campaigns} isEmpty={(d) => d.items.length === 0} empty={status ? T.emptyFiltered : T.empty}>
        {(d) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{T.colName}</th>
                  <th scope="col">{T.colStatus}</th>
                  <th scope="col">{T.colProspects}</th>
                  <th scope="col" className="hide-narrow">
                    {T.byStage}
                  </th>
                  <th scope="col">{T.colSent}</th>
                  <th scope="col">{T.colReplies}</th>
                  <th scope="col">{T.colReplyRate}</th>
                  <th scope="col">{T.colMeetings}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((c) => {
                  const f = figuresOf(c.id);
                  return (
                    <tr key={c.id} data-testid={`campaign-row-${c.name}`}>
                      <td className="cell-name">
                        <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
                        <StatusButtons campaign={c} />
                      </td>
                      <td>
                        <span className="badge">{humanize(c.status, 'campaignStatus')}</span>
                      </td>
                      <td>{f?.totalProspects ?? '…'}</td>
                      <td className="hide-narrow small">
                        {f
                          ? f.stages
                              .filter((s) => s.count > 0)
                              .map((s) => `${humanize(s.status)} ${s.count}`)
                              .join(' · ') || '—'
                          : '…'}
                      </td>
                      <td>{f?.messagesSent ?? '…'}</td>
                      <td>{f?.replied ?? '…'}</td>
                      <td>{f ? formatPercent(f.replyRate) : '…'}</td>
                      <td>{f?.meetingsBooked ?? '…'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </div>
  );
}
