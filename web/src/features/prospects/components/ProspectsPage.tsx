import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { T as IO } from '../import/strings';
import { isAbort, pickSaveFile } from '../import/save-file';
import { QueryState } from '@/components/States';
import { SelectField, TextField } from '@/components/Field';
import { formatDateTime, humanize } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/display-zone';
import { useFunctionQuery } from '@/lib/functions';
import { useProspectPages } from '../api/prospects';
import { useProspectFilter, type ListInput } from '../hooks/use-prospect-filter';
import { PROSPECT_STATUSES } from './statuses';
import { BulkBar, type Selection } from './BulkBar';
import { SavedViewsBar } from './SavedViewsBar';
import { T } from '../strings';

export default function ProspectsPage() {
  useDisplayTimeZone(); // its dates follow a change of the profile's zone
  const { params, filter, sort, setParam, clear, active } = useProspectFilter();
  const input = useMemo<ListInput>(() => ({ limit: 25, sort, ...filter }), [filter, sort]);
  const pages = useProspectPages(input);
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? null;
  const campaigns = useFunctionQuery('listCampaigns', {});

  // Selection: ids picked by hand (rows, or the page), or "all matching the filter" (the filter itself).
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [changed, setChanged] = useState<number | null>(null);
  const filterKey = JSON.stringify(filter);
  const [selectionFilterKey, setSelectionFilterKey] = useState(filterKey);
  if (selectionFilterKey !== filterKey) {
    // a new filter is a new list: nothing of the old selection carries over
    setSelectionFilterKey(filterKey);
    setPicked(new Set());
    setAllMatching(false);
  }
  const pageSelected = rows.length > 0 && rows.every((r) => picked.has(r.id));
  const totalText = total ? `${total.count.toLocaleString()}${total.atLeast ? '+' : ''}` : '';
  const selection: Selection | null = allMatching ? { filter } : picked.size > 0 ? { ids: [...picked] } : null;
  const selectionCount = allMatching ? totalText : String(picked.size);
  const toggle = (id: string) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const togglePage = () => {
    setAllMatching(false);
    setPicked(pageSelected ? new Set() : new Set(rows.map((r) => r.id)));
  };
  // Export: streamed page by page into a picked file (or Blob parts saved as a download), with a count and Cancel
  const [exporting, setExporting] = useState<number | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const exportAbort = useRef<AbortController | null>(null);
  const exportTotal = selection?.ids ? selection.ids.length : total && !total.atLeast ? total.count : null;
  const exportSelection = async () => {
    // the save dialog needs the click itself: it opens before anything is awaited (null: the browser has none)
    const picking = pickSaveFile('prospects.csv');
    const controller = new AbortController();
    exportAbort.current = controller;
    setExportError(null);
    setExportNote(null);
    try {
      // dismissed: nothing to do (AbortError); refused (no gesture left, a policy): the export ends as a download
      const handle = picking ? await picking.catch((e: unknown) => (isAbort(e) ? Promise.reject(e) : null)) : null;
      setExporting(0);
      // the export code (and Papa Parse) loads only when asked for
      const { downloadSink, fileSink, streamCsv } = await import('../import/export');
      const sink = handle ? await fileSink(handle) : downloadSink('prospects.csv');
      const rows = await streamCsv(selection ?? { filter }, sink, { onProgress: setExporting, signal: controller.signal });
      setExportNote(IO.exported(rows));
    } catch (e) {
      // a dismissed save dialog is no error; a cancelled export says so
      if (!isAbort(e)) setExportError(e);
      else if (controller.signal.aborted) setExportNote(IO.exportCancelled);
    } finally {
      setExporting(null);
      exportAbort.current = null;
    }
  };
  const clearSelection = () => {
    setPicked(new Set());
    setAllMatching(false);
  };

  return (
    <div className="stack">
      <div className="spread">
        <h1>{T.title}</h1>
        <div className="row">
          <Link className="btn" to="/prospects/import">
            {IO.importCsv}
          </Link>
          <button type="button" className="btn" disabled={exporting != null} onClick={() => void exportSelection()}>
            {exporting != null ? IO.exporting(exporting) : IO.exportCsv}
          </button>
          {exporting != null && (
            <button type="button" className="btn" onClick={() => exportAbort.current?.abort()}>
              {IO.cancelExport}
            </button>
          )}
        </div>
      </div>
      {exporting != null && (
        <div className="row" data-testid="export-progress">
          <progress aria-label={IO.exportProgress} {...(exportTotal ? { max: exportTotal, value: Math.min(exporting, exportTotal) } : {})} />
          <span role="status">{IO.exporting(exporting)}</span>
        </div>
      )}
      {exporting == null && exportNote && <p role="status">{exportNote}</p>}
      <SavedViewsBar filter={filter} sort={sort} />
      {exportError != null && <ErrorMessage error={exportError} />}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField label={T.search} type="search" placeholder={T.searchPlaceholder} value={params.get('q') ?? ''} onChange={(e) => setParam('q', e.target.value)} />
        <SelectField label={T.status} value={params.get('status') ?? ''} onChange={(e) => setParam('status', e.target.value)}>
          <option value="">{T.allStatuses}</option>
          {PROSPECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {humanize(s)}
            </option>
          ))}
        </SelectField>
        <SelectField label={T.campaign} value={params.get('campaign') ?? ''} onChange={(e) => setParam('campaign', e.target.value)}>
          <option value="">{T.anyCampaign}</option>
          {campaigns.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={T.channel} value={params.get('channel') ?? ''} onChange={(e) => setParam('channel', e.target.value)}>
          <option value="">{T.anyChannel}</option>
          <option value="linkedin">{T.linkedin}</option>
          <option value="email">{T.email}</option>
        </SelectField>
        <SelectField label={T.vip} value={params.get('vip') ?? ''} onChange={(e) => setParam('vip', e.target.value)}>
          <option value="">{T.all}</option>
          <option value="yes">{T.vipOnly}</option>
          <option value="no">{T.notVip}</option>
        </SelectField>
        <TextField label={T.jobTitle} value={params.get('title') ?? ''} onChange={(e) => setParam('title', e.target.value)} />
        <TextField label={T.createdFrom} type="date" value={params.get('createdFrom') ?? ''} onChange={(e) => setParam('createdFrom', e.target.value)} />
        <TextField label={T.createdTo} type="date" value={params.get('createdTo') ?? ''} onChange={(e) => setParam('createdTo', e.target.value)} />
        <TextField label={T.contactedFrom} type="date" value={params.get('contactedFrom') ?? ''} onChange={(e) => setParam('contactedFrom', e.target.value)} />
        <TextField label={T.contactedTo} type="date" value={params.get('contactedTo') ?? ''} onChange={(e) => setParam('contactedTo', e.target.value)} />
        <SelectField label={T.sort} value={sort} onChange={(e) => setParam('sort', e.target.value === 'created_desc' ? '' : e.target.value)}>
          <option value="created_desc">{T.newest}</option>
          <option value="activity_desc">{T.recent}</option>
        </SelectField>
        {active && (
          <button type="button" className="btn" onClick={clear}>
            {T.clearFilters}
          </button>
        )}
      </form>
      {changed != null && (
        <p className="success" role="status">
          {T.changed(changed)}
        </p>
      )}
      {selection && (
        <>
          <div className="row" aria-live="polite">
            <strong>{allMatching ? T.allMatchingSelected(totalText) : T.selected(picked.size)}</strong>
            {!allMatching && pageSelected && total && (total.atLeast || total.count > picked.size) && (
              <button type="button" className="btn btn-small" onClick={() => setAllMatching(true)}>
                {T.selectAllMatching(totalText)}
              </button>
            )}
            <button type="button" className="btn btn-small" onClick={clearSelection}>
              {T.clearSelection}
            </button>
          </div>
          <BulkBar
            selection={selection}
            count={selectionCount}
            onDone={(n) => {
              setChanged(n);
              clearSelection();
            }}
          />
        </>
      )}
      <QueryState query={pages} isEmpty={() => rows.length === 0} empty={active ? T.emptyFiltered : T.empty}>
        {() => (
          <>
            <div className="table-wrap">
              <table>
                <caption className="muted small" style={{ textAlign: 'left', padding: '.25rem 0' }}>
                  <span data-testid="prospect-total">{total ? T.total(total.count, total.atLeast) : ''}</span> · {T.shown(rows.length, pages.hasNextPage)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input type="checkbox" aria-label={T.selectPage} checked={pageSelected || allMatching} onChange={togglePage} />
                    </th>
                    <th scope="col">{T.colName}</th>
                    <th scope="col">{T.colCompany}</th>
                    <th scope="col" className="hide-narrow">
                      {T.colTitle}
                    </th>
                    <th scope="col">{T.colStatus}</th>
                    <th scope="col" className="hide-narrow">
                      {T.colActivity}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <input type="checkbox" aria-label={T.selectRow(p.fullName)} checked={allMatching || picked.has(p.id)} disabled={allMatching} onChange={() => toggle(p.id)} />
                      </td>
                      <td className="cell-name">
                        <Link to={`/prospects/${p.id}`}>{p.fullName}</Link> {p.isVip && <span className="badge badge-vip">VIP</span>}
                      </td>
                      <td className="cell-name">{p.companyName}</td>
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
                {pages.isFetchingNextPage ? T.loading : T.loadMore}
              </button>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
