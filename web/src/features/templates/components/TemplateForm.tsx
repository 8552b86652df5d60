import { useState, type FormEvent } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api-client';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import { useCreateTemplate, useUpdateTemplate } from '../api/templates';
import type { Template } from './TemplatesPage';

const rules = rulesFor('createTemplate');
const USE_CASES = ['initial_outreach', 'follow_up', 'reply_response', 'meeting_request'];

export function TemplateForm({ template, onDone }: { template: Template | null; onDone: () => void }) {
  const [values, setValues] = useState({
    name: template?.name ?? '',
    channel: template?.channel ?? 'email',
    useCase: template?.useCase ?? 'initial_outreach',
    subject: template?.subject ?? '',
    body: template?.body ?? '',
  });
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
      <h2 id="tpl-form-title">{template ? `Edit "${template.name}"` : 'New template'}</h2>
      <form onSubmit={submit} noValidate>
        <div className="grid">
          <TextField label="Name" value={values.name} onChange={set('name')} error={form.errors.name} required />
          <SelectField label="Channel" value={values.channel} onChange={set('channel')} error={form.errors.channel}>
            <option value="email">E-mail</option>
            <option value="linkedin">LinkedIn</option>
          </SelectField>
          <SelectField label="Use case" value={values.useCase} onChange={set('useCase')} error={form.errors.useCase}>
            {[...new Set([...USE_CASES, values.useCase])].map((u) => (
              <option key={u} value={u}>
                {u.replace(/_/g, ' ')}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField label="Subject" value={values.subject} onChange={set('subject')} error={form.errors.subject} hint="E-mail only. Variables like {{firstName}} are allowed." />
        <TextAreaField label="Body" value={values.body} onChange={set('body')} error={form.errors.body} rows={8} required hint="Use {{variables}}, e.g. {{firstName}}, {{companyName}}." />
        {mutation.isError && !shownInline && <ErrorMessage error={mutation.error} />}
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
            {mutation.isPending ? 'Saving…' : 'Save template'}
          </button>
          <button type="button" className="btn" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
