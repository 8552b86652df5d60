import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { humanize } from '@/lib/format';
import { SelectField, TextAreaField, TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api-client';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import { useUnsavedChanges } from '@/lib/unsaved';
import { useCreateTemplate, useUpdateTemplate } from '../api/templates';
import type { Template } from './TemplatesPage';

const rules = rulesFor('createTemplate');
const USE_CASES = ['initial_outreach', 'follow_up', 'reply_response', 'meeting_request'];

/**
 * Create or edit a template; while it differs from what it started with, leaving the page asks first. `copyOf`
 * starts a new template from another one (a system template is read-only: the way to adapt it is a copy).
 */
export function TemplateForm({ template, copyOf, onDone }: { template: Template | null; copyOf?: Template; onDone: () => void }) {
  const { t } = useTranslation();
  const [initial] = useState(() => {
    const from = template ?? copyOf;
    return {
      name: copyOf ? t('templates.copyName', { name: copyOf.name }).slice(0, 200) : (template?.name ?? ''),
      channel: from?.channel ?? 'email',
      useCase: from?.useCase ?? 'initial_outreach',
      subject: from?.subject ?? '',
      body: from?.body ?? '',
    };
  });
  const [values, setValues] = useState(initial);
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(initial));
  const form = useFormErrors(rules);
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const mutation = template ? update : create;

  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    form.clear(field);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check(values)) return;
    const payload = { ...values, channel: values.channel as Template['channel'], subject: values.subject.trim() ? values.subject : undefined };
    const onError = (err: Error) => form.fromServer(err);
    if (template) update.mutate({ id: template.id, ...payload }, { onSuccess: onDone, onError });
    else create.mutate(payload, { onSuccess: onDone, onError });
  };

  const shownInline = mutation.error instanceof ApiError && mutation.error.status === 422 && mutation.error.details.length > 0;
  return (
    <section className="card" aria-labelledby="tpl-form-title">
      <h2 id="tpl-form-title">{template ? t('templates.editTitle', { name: template.name }) : t('templates.newTemplate')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="grid">
          <TextField label={t('templates.name')} value={values.name} onChange={set('name')} error={form.errors.name} required />
          <SelectField label={t('templates.channel')} value={values.channel} onChange={set('channel')} error={form.errors.channel}>
            <option value="email">{humanize('email')}</option>
            <option value="linkedin">{humanize('linkedin')}</option>
          </SelectField>
          <SelectField label={t('templates.useCase')} value={values.useCase} onChange={set('useCase')} error={form.errors.useCase}>
            {[...new Set([...USE_CASES, values.useCase])].map((u) => (
              <option key={u} value={u}>
                {humanize(u)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField label={t('templates.subject')} value={values.subject} onChange={set('subject')} error={form.errors.subject} hint={t('templates.subjectHint', { example: '{{firstName}}' })} />
        <TextAreaField label={t('templates.body')} value={values.body} onChange={set('body')} error={form.errors.body} rows={8} required hint={t('templates.bodyHint', { variables: '{{variables}}', first: '{{firstName}}', second: '{{companyName}}' })} />
        {mutation.isError && !shownInline && <ErrorMessage error={mutation.error} />}
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('templates.save')}
          </button>
          <button type="button" className="btn" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
