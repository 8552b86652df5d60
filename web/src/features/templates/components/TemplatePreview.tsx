import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { usePreview, useProspectChoices } from '../api/templates';
import type { Template } from './TemplatesPage';

export function TemplatePreview({ template, onClose }: { template: Template; onClose: () => void }) {
  const { t } = useTranslation();
  const prospects = useProspectChoices();
  const [prospectId, setProspectId] = useState('');
  const preview = usePreview();
  const items = prospects.data?.items ?? [];

  return (
    <section className="card" aria-labelledby="preview-title">
      <div className="spread">
        <h2 id="preview-title">{t('templates.previewTitle', { name: template.name })}</h2>
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {prospects.isPending ? (
        <Loading />
      ) : prospects.isError ? (
        <ErrorMessage error={prospects.error} onRetry={() => void prospects.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('templates.needProspect')}</p>
      ) : (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (prospectId) preview.mutate({ templateId: template.id, prospectId });
          }}
        >
          <SelectField label={t('templates.prospect')} value={prospectId} onChange={(e) => setProspectId(e.target.value)}>
            <option value="">{t('templates.chooseProspect')}</option>
            {items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName} ({p.companyName})
              </option>
            ))}
          </SelectField>
          <button type="submit" className="btn btn-primary" disabled={!prospectId || preview.isPending}>
            {preview.isPending ? t('templates.rendering') : t('templates.render')}
          </button>
        </form>
      )}
      {preview.isError && <ErrorMessage error={preview.error} />}
      {preview.data && (
        <div className="draft" aria-live="polite" data-testid="template-preview">
          {preview.data.subject && (
            <p>
              <strong>{t('review.subjectPrefix')}</strong>
              {preview.data.subject}
            </p>
          )}
          {preview.data.body}
        </div>
      )}
    </section>
  );
}
