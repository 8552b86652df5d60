import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useFunctionMutation, useFunctionQuery } from '@/lib/functions';
import { paramsFromFilter, type Filter, type ListInput } from '../hooks/use-prospect-filter';
import { T } from '../strings';

/** The URL form of a filter and sort, keys in order: two filters are the same view when these are equal. */
const viewKey = (filter: Parameters<typeof paramsFromFilter>[0], sort?: string | null) => {
  const p = paramsFromFilter(filter, sort);
  p.sort();
  return p.toString();
};

/**
 * Named views per user: open one (its filter goes into the URL), save the current filter under a name, delete.
 * The selected view is derived from the URL: the view whose filter and sort are the current ones, else none.
 */
export function SavedViewsBar({ filter, sort }: { filter: Filter; sort: NonNullable<ListInput['sort']> }) {
  const views = useFunctionQuery('listSavedViews', {});
  const save = useFunctionMutation('saveView', { invalidates: ['listSavedViews'] });
  const remove = useFunctionMutation('deleteSavedView', { invalidates: ['listSavedViews'] });
  const [, setParams] = useSearchParams();
  const current = viewKey(filter, sort);
  const chosen = views.data?.items.find((v) => viewKey(v.filter, v.sort) === current)?.id ?? '';
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  const open = (id: string) => {
    const view = views.data?.items.find((v) => v.id === id);
    if (view) setParams(paramsFromFilter(view.filter, view.sort), { replace: false });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    save.mutate({ name: name.trim(), filter, sort }, { onSuccess: (v) => { setSaved(v.name); setName(''); } });
  };

  return (
    <div className="row">
      <label className="sr-only" htmlFor="saved-view">
        {T.chooseView}
      </label>
      <select id="saved-view" value={chosen} onChange={(e) => open(e.target.value)}>
        <option value="">{T.savedViews}…</option>
        {views.data?.items.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      {chosen && (
        <button type="button" className="btn btn-small" disabled={remove.isPending} onClick={() => remove.mutate({ id: chosen })}>
          {T.deleteView}
        </button>
      )}
      <form className="row" onSubmit={submit}>
        <label className="sr-only" htmlFor="view-name">
          {T.viewName}
        </label>
        <input id="view-name" placeholder={T.viewName} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="btn btn-small" disabled={!name.trim() || save.isPending}>
          {T.saveView}
        </button>
      </form>
      {saved && (
        <span className="success" role="status">
          {T.viewSaved(saved)}
        </span>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
    </div>
  );
}
