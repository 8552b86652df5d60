import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const templates = useTemplates();
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [previewing, setPreviewing] = useState<Template | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const remove = useDeleteTemplate();

  return (
    <div className="stack">
      <div className="spread">
        <h1>{t('templates.title')}</h1>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          {t('templates.newTemplate')}
        </button>
      </div>
      {editing && <TemplateForm key={editing === 'new' ? 'new' : editing.id} template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      {previewing && <TemplatePreview key={previewing.id} template={previewing} onClose={() => setPreviewing(null)} />}
      <QueryState query={templates} isEmpty={(t) => t.items.length === 0} empty={t('templates.none')}>
        {(list) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('templates.name')}</th>
                  <th scope="col">{t('templates.channel')}</th>
                  <th scope="col" className="hide-narrow">
                    {t('templates.useCase')}
                  </th>
                  <th scope="col" className="hide-narrow">
                    {t('templates.variables')}
                  </th>
                  <th scope="col">
                    <span className="sr-only">{t('templates.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((tpl) => (
                  <tr key={tpl.id}>
                    <td>
                      {tpl.name} {tpl.system && <span className="badge" title={t('templates.systemTitle')}>{t('templates.system')}</span>}
                    </td>
                    <td>{humanize(tpl.channel)}</td>
                    <td className="hide-narrow">{humanize(tpl.useCase)}</td>
                    <td className="hide-narrow small">{tpl.variables.map((v) => `{{${v}}}`).join(' ') || '—'}</td>
                    <td>
                      <div className="row">
                        <button type="button" className="btn btn-small" onClick={() => setPreviewing(tpl)} aria-label={t('templates.previewOf', { name: tpl.name })}>
                          {t('templates.preview')}
                        </button>
                        {!tpl.system && (
                          <>
                            <button type="button" className="btn btn-small" onClick={() => setEditing(tpl)} aria-label={t('templates.editOf', { name: tpl.name })}>
                              {t('common.edit')}
                            </button>
                            <button type="button" className="btn btn-small" onClick={() => { remove.reset(); setDeleting(tpl); }} aria-label={t('templates.deleteOf', { name: tpl.name })}>
                              {t('common.delete')}
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
          title={t('templates.deleteTitle', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          danger
          busy={remove.isPending}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove.mutate({ id: deleting.id }, { onSuccess: () => setDeleting(null) })}
        >
          <p>{t('common.cannotBeUndone')}</p>
          {remove.isError && <ErrorMessage error={remove.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}
