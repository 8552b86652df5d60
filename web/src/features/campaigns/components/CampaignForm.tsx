import { useState, type FormEvent } from 'react';
import { TextAreaField, TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api-client';
import { localizeIssue } from '@/lib/validation';
import { useUnsavedChanges } from '@/lib/unsaved';
import { useCreateCampaign, useUpdateCampaign, type Campaign } from '../api/campaigns';
import { T } from '../strings';
import { formField } from './form-field';

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const LIST_FIELDS = ['industries', 'jobTitles', 'companySizes', 'locations'] as const;
/** The server's limits (CreateCampaignInput / UpdateCampaignInput in docs/openapi.json). */
const NAME_MAX = 200;
const DESCRIPTION_MAX = 2000;

/**
 * Create (no campaign) or edit (a campaign): name, description, ICP criteria, channels, daily send limit.
 * While it differs from what it started with, leaving the page asks first (useUnsavedChanges); a caller whose
 * onDone navigates calls allowNextLeave() before it, so a saved form does not ask.
 */
export function CampaignForm({ campaign, onDone, onCancel }: { campaign?: Campaign; onDone: (c: Campaign) => void; onCancel: () => void }) {
  const [initial] = useState(() => ({
    name: campaign?.name ?? '',
    description: campaign?.description ?? '',
    industries: campaign?.icpCriteria.industries.join(', ') ?? '',
    jobTitles: campaign?.icpCriteria.jobTitles.join(', ') ?? '',
    companySizes: campaign?.icpCriteria.companySizes.join(', ') ?? '',
    locations: campaign?.icpCriteria.locations.join(', ') ?? '',
    linkedin: campaign?.channels.linkedin ?? true,
    email: campaign?.channels.email ?? true,
    dailySendLimit: String(campaign?.dailySendLimit ?? 20),
  }));
  const [values, setValues] = useState(initial);
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const mutation = campaign ? update : create;
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = T.form.nameRequired;
    const limit = values.dailySendLimit.trim() === '' ? NaN : Number(values.dailySendLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) found.dailySendLimit = T.form.limitRange;
    setErrors(found);
    if (Object.keys(found).length) return;
    const body = {
      name: values.name.trim(),
      description: values.description.trim(),
      icpCriteria: { industries: list(values.industries), jobTitles: list(values.jobTitles), companySizes: list(values.companySizes), locations: list(values.locations) },
      channels: { linkedin: values.linkedin, email: values.email },
      dailySendLimit: limit,
    };
    const onError = (err: Error) => {
      if (err instanceof ApiError && err.status === 422) {
        const mapped: Record<string, string> = {};
        for (const d of err.details) {
          const field = formField(d.field);
          if (!(field in mapped)) mapped[field] = localizeIssue(d.issue);
        }
        setErrors(mapped);
      }
    };
    if (campaign) update.mutate({ id: campaign.id, ...body }, { onSuccess: onDone, onError });
    else create.mutate(body, { onSuccess: onDone, onError });
  };

  const known = new Set(['name', 'description', 'channels', 'dailySendLimit', ...LIST_FIELDS]);
  const unplaced = Object.entries(errors).filter(([k]) => !known.has(k));

  return (
    <form className="card" onSubmit={submit} noValidate aria-label={campaign ? T.form.editTitle : T.form.createTitle}>
      <h2>{campaign ? T.form.editTitle : T.form.createTitle}</h2>
      <TextField label={T.form.name} value={values.name} onChange={set('name')} error={errors.name} maxLength={NAME_MAX} />
      <TextAreaField label={T.form.description} value={values.description} onChange={set('description')} error={errors.description} maxLength={DESCRIPTION_MAX} style={{ minHeight: '4rem' }} />
      <div className="grid">
        {LIST_FIELDS.map((f) => (
          <TextField key={f} label={T.form[f]} value={values[f]} onChange={set(f)} error={errors[f]} hint={T.form.listHint} />
        ))}
      </div>
      <fieldset className="field" aria-describedby={errors.channels ? 'channels-error' : undefined}>
        <legend>{T.form.channels}</legend>
        <label className="row">
          <input type="checkbox" checked={values.linkedin} onChange={(e) => setValues((v) => ({ ...v, linkedin: e.target.checked }))} /> {T.form.linkedin}
        </label>
        <label className="row">
          <input type="checkbox" checked={values.email} onChange={(e) => setValues((v) => ({ ...v, email: e.target.checked }))} /> {T.form.email}
        </label>
        {errors.channels && (
          <span id="channels-error" className="field-error" role="alert">
            {errors.channels}
          </span>
        )}
      </fieldset>
      <TextField label={T.form.dailySendLimit} type="number" min={1} max={100} value={values.dailySendLimit} onChange={set('dailySendLimit')} error={errors.dailySendLimit} />
      {unplaced.map(([k, v]) => (
        <p key={k} className="field-error" role="alert">
          {k}: {v}
        </p>
      ))}
      {mutation.isError && !(mutation.error instanceof ApiError && mutation.error.status === 422) && <ErrorMessage error={mutation.error} />}
      <div className="row end">
        <button type="button" className="btn" onClick={onCancel}>
          {T.form.cancel}
        </button>
        <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
          {mutation.isPending ? T.form.saving : campaign ? T.form.save : T.form.create}
        </button>
      </div>
    </form>
  );
}
