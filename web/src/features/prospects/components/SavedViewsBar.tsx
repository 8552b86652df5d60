import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useFunctionMutation, useFunctionQuery } from '@/lib/functions';
import { paramsFromFilter, type Filter, type ListInput } from '../hooks/use-prospect-filter';
import { T } from '../strings';

/** Named views per user: open one (its filter goes into the URL), save the current filter under a name, delete. */
export function SavedViewsBar({ filter, sort }: { filter: Filter; sort: NonNullable<ListInput['sort']> }) {
  const views = useFunctionQuery('listSavedViews', {});
  const save = useFunctionMutation('saveView', { invalidates: ['listSavedViews'] });
  const remove = useFunctionMutation('deleteSavedView', { invalidates: ['listSavedViews'] });
  const [, setParams] = useSearchParams();
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  const open = (id: string) => {
    setChosen(id);
    const view = views.data?.items.find((v) => v.id === id);
    if (view) setParams(paramsFromFilter(view.filter, view.sort), { replace: false });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    save.mutate({ name: name.trim(), filter, sort }, { onSuccess: (v) => { setSaved(v.name); setName(''); setChosen(v.id); } });
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
        <button type="button" className="btn btn-small" disabled={remove.isPending} onClick={() => remove.mutate({ id: chosen }, { onSuccess: () => setChosen('') })}>
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
