import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { SelectField, TextField } from '@/components/Field';
import { formatDateTime, humanize } from '@/lib/format';
import type { Input } from '@/lib/api-client';
import { useProspectPages } from '../api/prospects';
import { useDebounced } from '../hooks/use-debounced';
import { PROSPECT_STATUSES, type ProspectStatus } from './statuses';

export default function ProspectsPage() {
  const { t } = useTranslation();
  // Filters live in the URL so a filtered list can be bookmarked and survives the back button.
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const vip = params.get('vip') ?? '';
  const sort = params.get('sort') ?? 'created_desc';
  const debouncedSearch = useDebounced(search.trim(), 300);

  const input = useMemo<Input<'listProspects'>>(
    () => ({
      limit: 25,
      sort: sort as Input<'listProspects'>['sort'],
      ...(debouncedSearch ? { search: debouncedSearch } : {}),
      ...(status ? { status: [status as ProspectStatus] } : {}),
      ...(vip ? { vip: vip === 'yes' } : {}),
    }),
    [debouncedSearch, status, vip, sort],
  );
  const pages = useProspectPages(input);
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="stack">
      <h1>{t('prospects.title')}</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('prospects.search')} type="search" placeholder={t('prospects.searchPlaceholder')} value={search} onChange={(e) => setParam('q', e.target.value)} />
        <SelectField label={t('prospects.status')} value={status} onChange={(e) => setParam('status', e.target.value)}>
          <option value="">{t('prospects.allStatuses')}</option>
          {PROSPECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {humanize(s)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('prospects.vip')} value={vip} onChange={(e) => setParam('vip', e.target.value)}>
          <option value="">{t('prospects.all')}</option>
          <option value="yes">{t('prospects.vipOnly')}</option>
          <option value="no">{t('prospects.notVip')}</option>
        </SelectField>
        <SelectField label={t('prospects.sort')} value={sort} onChange={(e) => setParam('sort', e.target.value === 'created_desc' ? '' : e.target.value)}>
          <option value="created_desc">{t('prospects.newestFirst')}</option>
          <option value="activity_desc">{t('prospects.activityFirst')}</option>
        </SelectField>
      </form>
      <QueryState query={pages} isEmpty={() => rows.length === 0} empty={search || status || vip ? t('prospects.noMatch') : t('prospects.noneYet')}>
        {() => (
          <>
            <div className="table-wrap">
              <table>
                <caption className="muted small" style={{ textAlign: 'left', padding: '.25rem 0' }}>
                  {t('prospects.shown', { count: rows.length, more: pages.hasNextPage ? t('prospects.moreAvailable') : '' })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('prospects.name')}</th>
                    <th scope="col">{t('prospects.company')}</th>
                    <th scope="col" className="hide-narrow">
                      {t('prospects.jobTitle')}
                    </th>
                    <th scope="col">{t('prospects.status')}</th>
                    <th scope="col" className="hide-narrow">
                      {t('prospects.lastActivity')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/prospects/${p.id}`}>{p.fullName}</Link> {p.isVip && <span className="badge badge-vip">{t('prospects.vip')}</span>}
                      </td>
                      <td>{p.companyName}</td>
                      <td className="hide-narrow">{p.jobTitle ?? '—'}</td>
                      <td>
                        <span className="badge">{humanize(p.status)}</span>
                      </td>
                      <td className="hide-narrow">{formatDateTime(p.lastActivityAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {pages.hasNextPage && (
              <button type="button" className="btn" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
                {pages.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
              </button>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
