import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { callFunction } from '@/lib/api-client';
import { functionKey } from '@/lib/functions';
import { useProspectContext } from '../api/review';

/** Enrichment beside the draft, so the reviewer checks the personalisation without leaving the queue. */
export function ProspectContext({ prospectId, nextProspectId }: { prospectId: string; nextProspectId?: string }) {
  const { t } = useTranslation();
  const prospect = useProspectContext(prospectId);
  const queryClient = useQueryClient();
  useEffect(() => {
    if (nextProspectId)
      void queryClient.prefetchQuery({ queryKey: functionKey('getProspect', { id: nextProspectId }), queryFn: () => callFunction('getProspect', { id: nextProspectId }), staleTime: 60_000 });
  }, [nextProspectId, queryClient]);

  return (
    <aside className="card" aria-labelledby="context-title">
      <h2 id="context-title">{t('review.context')}</h2>
      <QueryState query={prospect}>
        {(p) => (
          <div className="stack">
            <div>
              <Link to={`/prospects/${p.id}`}>{p.fullName}</Link>
              <div className="muted small">
                {t('review.at', { title: p.jobTitle ?? '—', company: p.companyName })}
                {p.location ? ` · ${p.location}` : ''}
              </div>
              {p.isVip && <p className="small">{t('review.vip')}{p.vipReason ? `: ${p.vipReason}` : ''}</p>}
            </div>
            {p.enrichment ? (
              <>
                <div>
                  <h3>{t('review.talkingPoints')}</h3>
                  <ul>{p.enrichment.talkingPoints.map((t, i) => <li key={i}>{t}</li>)}</ul>
                </div>
                <div>
                  <h3>{t('review.painPoints')}</h3>
                  <ul>{p.enrichment.painPoints.map((t, i) => <li key={i}>{t}</li>)}</ul>
                </div>
                {p.enrichment.recentActivity && (
                  <div>
                    <h3>{t('review.recentActivity')}</h3>
                    <p>{p.enrichment.recentActivity}</p>
                  </div>
                )}
                {p.enrichment.techStack.length > 0 && <p className="small">{t('review.stack', { stack: p.enrichment.techStack.join(', ') })}</p>}
              </>
            ) : (
              <p className="muted">{t('review.notEnriched')}</p>
            )}
            {p.messages.length > 0 && (
              <div>
                <h3>{t('review.lastMessage')}</h3>
                <p className="small" style={{ whiteSpace: 'pre-wrap' }}>
                  {p.messages[p.messages.length - 1].direction === 'inbound' ? t('review.theyWrote') : t('review.youWrote')}
                  {p.messages[p.messages.length - 1].text}
                </p>
              </div>
            )}
          </div>
        )}
      </QueryState>
    </aside>
  );
}
