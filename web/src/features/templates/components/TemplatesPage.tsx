import { useState } from 'react';
import { QueryState } from '@/components/States';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorMessage } from '@/components/ErrorMessage';
import { humanize } from '@/lib/format';
import type { Output } from '@/lib/api-client';
import { useDeleteTemplate, useTemplates } from '../api/templates';
import { TemplateForm } from './TemplateForm';
import { TemplatePreview } from './TemplatePreview';

export type Template = Output<'listTemplates'>['items'][number];

export default function TemplatesPage() {
  const templates = useTemplates();
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [previewing, setPreviewing] = useState<Template | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const remove = useDeleteTemplate();

  return (
    <div className="stack">
      <div className="spread">
        <h1>Templates</h1>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          New template
        </button>
      </div>
      {editing && <TemplateForm key={editing === 'new' ? 'new' : editing.id} template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      {previewing && <TemplatePreview key={previewing.id} template={previewing} onClose={() => setPreviewing(null)} />}
      <QueryState query={templates} isEmpty={(t) => t.items.length === 0} empty="No templates yet.">
        {(t) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Channel</th>
                  <th scope="col" className="hide-narrow">
                    Use case
                  </th>
                  <th scope="col" className="hide-narrow">
                    Variables
                  </th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {t.items.map((tpl) => (
                  <tr key={tpl.id}>
                    <td>
                      {tpl.name} {tpl.system && <span className="badge" title="Built-in templates are read-only">System</span>}
                    </td>
                    <td>{humanize(tpl.channel)}</td>
                    <td className="hide-narrow">{humanize(tpl.useCase)}</td>
                    <td className="hide-narrow small">{tpl.variables.map((v) => `{{${v}}}`).join(' ') || '—'}</td>
                    <td>
                      <div className="row">
                        <button type="button" className="btn btn-small" onClick={() => setPreviewing(tpl)} aria-label={`Preview ${tpl.name}`}>
                          Preview
                        </button>
                        {!tpl.system && (
                          <>
                            <button type="button" className="btn btn-small" onClick={() => setEditing(tpl)} aria-label={`Edit ${tpl.name}`}>
                              Edit
                            </button>
                            <button type="button" className="btn btn-small" onClick={() => { remove.reset(); setDeleting(tpl); }} aria-label={`Delete ${tpl.name}`}>
                              Delete
                            </button>
                          </>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      {deleting && (
        <ConfirmDialog
          title={`Delete template "${deleting.name}"?`}
          confirmLabel="Delete"
          danger
          busy={remove.isPending}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove.mutate({ id: deleting.id }, { onSuccess: () => setDeleting(null) })}
        >
          <p>This cannot be undone.</p>
          {remove.isError && <ErrorMessage error={remove.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}
