import { useState } from 'react';
import { SelectField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { usePreview, useProspectChoices } from '../api/templates';
import type { Template } from './TemplatesPage';

export function TemplatePreview({ template, onClose }: { template: Template; onClose: () => void }) {
  const prospects = useProspectChoices();
  const [prospectId, setProspectId] = useState('');
  const preview = usePreview();
  const items = prospects.data?.items ?? [];

  return (
    <section className="card" aria-labelledby="preview-title">
      <div className="spread">
        <h2 id="preview-title">Preview "{template.name}"</h2>
        <button type="button" className="btn btn-small" onClick={onClose}>
          Close
        </button>
      </div>
      {prospects.isPending ? (
        <Loading />
      ) : prospects.isError ? (
        <ErrorMessage error={prospects.error} onRetry={() => void prospects.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">You need at least one prospect to preview a template.</p>
      ) : (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (prospectId) preview.mutate({ templateId: template.id, prospectId });
          }}
        >
          <SelectField label="Prospect" value={prospectId} onChange={(e) => setProspectId(e.target.value)}>
            <option value="">Choose a prospect…</option>
            {items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName} ({p.companyName})
              </option>
            ))}
          </SelectField>
          <button type="submit" className="btn btn-primary" disabled={!prospectId || preview.isPending}>
            {preview.isPending ? 'Rendering…' : 'Render'}
          </button>
        </form>
      )}
      {preview.isError && <ErrorMessage error={preview.error} />}
      {preview.data && (
        <div className="draft" aria-live="polite" data-testid="template-preview">
          {preview.data.subject && (
            <p>
              <strong>Subject: </strong>
              {preview.data.subject}
            </p>
          )}
          {preview.data.body}
        </div>
      )}
    </section>
  );
}
