import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '@/lib/unsaved';
import { QueryState } from '@/components/States';
import { SelectField, TextAreaField, TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { prefixed, recordRules, rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import type { Output } from '@/lib/api-client';
import { useSettings, useUpdateSettings } from '../api/settings';

type Settings = Output<'getSettings'>;
const rules = { ...rulesFor('updateSettings'), ...prefixed('warmup', recordRules('WarmupSettings')) };

export function PreferencesSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <section className="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('settings.automation')}</h2>
      <QueryState query={settings}>{(s) => <PreferencesForm settings={s} />}</QueryState>
    </section>
  );
}

const toInt = (s: string) => (s.trim() === '' ? NaN : Number(s));

function PreferencesForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const initial = {
    aiConfidenceThreshold: String(settings.aiConfidenceThreshold),
    dailyEmailLimit: String(settings.dailyEmailLimit),
    mode: settings.mode,
    minDays: String(settings.warmup.minDays),
    maxDays: String(settings.warmup.maxDays),
    dailyActionLimit: String(settings.warmup.dailyActionLimit),
    blacklistedTerms: settings.blacklistedTerms.join('\n'),
    email: settings.notifications.email,
    inApp: settings.notifications.inApp,
  };
  const [v, setV] = useState(initial);
  const [savedAs, setSavedAs] = useState(JSON.stringify(initial));
  useUnsavedChanges(JSON.stringify(v) !== savedAs);
  const form = useFormErrors(rules);
  const update = useUpdateSettings();
  const set = (field: keyof typeof v) => (e: { target: { value: string } }) => {
    setV((prev) => ({ ...prev, [field]: e.target.value }));
    form.clear(field);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      aiConfidenceThreshold: toInt(v.aiConfidenceThreshold),
      dailyEmailLimit: toInt(v.dailyEmailLimit),
      mode: v.mode,
      warmup: { minDays: toInt(v.minDays), maxDays: toInt(v.maxDays), dailyActionLimit: toInt(v.dailyActionLimit) },
      blacklistedTerms: v.blacklistedTerms.split('\n').map((t) => t.trim()).filter(Boolean),
      notifications: { email: v.email, inApp: v.inApp },
    };
    const ok = form.check(input);
    if (ok && input.warmup.maxDays < input.warmup.minDays) {
      form.setErrors({ 'warmup.maxDays': t('settings.maxBelowMin') });
      return;
    }
    if (!ok) return;
    update.mutate(input, { onSuccess: () => setSavedAs(JSON.stringify(v)), onError: (err) => form.fromServer(err) });
  };

  const err = (f: string) => form.errors[f] ?? form.errors[`warmup.${f}`] ?? form.errors[`notifications.${f}`];
  return (
    <form onSubmit={submit} noValidate>
      <div className="grid">
        <TextField label={t('settings.threshold')} type="number" inputMode="numeric" min={0} max={100} value={v.aiConfidenceThreshold} onChange={set('aiConfidenceThreshold')} error={err('aiConfidenceThreshold')} hint={t('settings.thresholdHint')} />
        <TextField label={t('settings.emailsPerDay')} type="number" inputMode="numeric" min={1} max={100} value={v.dailyEmailLimit} onChange={set('dailyEmailLimit')} error={err('dailyEmailLimit')} />
        <SelectField label={t('settings.mode')} value={v.mode} onChange={set('mode')} error={err('mode')}>
          <option value="semi_automatic">{t('settings.modeSemi')}</option>
          <option value="autopilot">{t('settings.modeAutopilot')}</option>
        </SelectField>
        <TextField label={t('settings.warmupMin')} type="number" min={7} max={15} value={v.minDays} onChange={set('minDays')} error={err('minDays')} />
        <TextField label={t('settings.warmupMax')} type="number" min={7} max={15} value={v.maxDays} onChange={set('maxDays')} error={err('maxDays')} />
        <TextField label={t('settings.warmupActions')} type="number" min={1} max={40} value={v.dailyActionLimit} onChange={set('dailyActionLimit')} error={err('dailyActionLimit')} />
      </div>
      <TextAreaField label={t('settings.blacklist')} value={v.blacklistedTerms} onChange={set('blacklistedTerms')} error={err('blacklistedTerms')} rows={4} hint={t('settings.blacklistHint')} />
      <fieldset className="row" style={{ border: 'none', padding: 0, marginBottom: '1rem' }}>
        <legend className="small" style={{ fontWeight: 600 }}>
          {t('settings.notifications')}
        </legend>
        <label>
          <input type="checkbox" checked={v.email} onChange={(e) => setV((p) => ({ ...p, email: e.target.checked }))} /> {t('settings.notifyEmail')}
        </label>
        <label>
          <input type="checkbox" checked={v.inApp} onChange={(e) => setV((p) => ({ ...p, inApp: e.target.checked }))} /> {t('settings.notifyInApp')}
        </label>
      </fieldset>
      {update.isError && !Object.keys(form.errors).length && <ErrorMessage error={update.error} />}
      {update.isSuccess && <p className="success" role="status">{t('settings.settingsSaved')}</p>}
      <button type="submit" className="btn btn-primary" disabled={update.isPending}>
        {t('settings.saveSettings')}
      </button>
    </form>
  );
}
