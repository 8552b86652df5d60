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
  const [copying, setCopying] = useState<Template | null>(null);
  const [previewing, setPreviewing] = useState<Template | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const remove = useDeleteTemplate();

  return (
    <div className="stack">
      <div className="spread">
        <h1>{t('templates.title')}</h1>
        <button type="button" className="btn btn-primary" onClick={() => { setCopying(null); setEditing('new'); }}>
          {t('templates.newTemplate')}
        </button>
      </div>
      {/* keys name the kind too: a form and a preview of the same template are siblings, and React must never
          take one for the other (the QA pass: an edit saved with its preview open stayed on "Saving…") */}
      {editing && <TemplateForm key={editing === 'new' ? 'form-new' : `form-${editing.id}`} template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      {copying && !editing && <TemplateForm key={`copy-${copying.id}`} template={null} copyOf={copying} onDone={() => setCopying(null)} />}
      {previewing && <TemplatePreview key={`preview-${previewing.id}`} template={previewing} onClose={() => setPreviewing(null)} />}
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
                        <button type="button" className="btn btn-small" onClick={() => { setEditing(null); setCopying(tpl); }} aria-label={t('templates.duplicateOf', { name: tpl.name })}>
                          {t('templates.duplicate')}
                        </button>
                        {!tpl.system && (
                          <>
                            <button type="button" className="btn btn-small" onClick={() => { setCopying(null); setEditing(tpl); }} aria-label={t('templates.editOf', { name: tpl.name })}>
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
