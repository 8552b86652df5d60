import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { SelectField, TextField } from '@/components/Field';
import { TimeZoneField } from '@/components/TimeZoneField';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useToast } from '@/components/toast-context';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import { isTimeZone, timeZones } from '@/lib/format';
import { useUnsavedChanges } from '@/lib/unsaved';
import type { Output } from '@/lib/api-client';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '@/i18n';
import { useMe, useUpdateMe } from '../api/settings';

const rules = rulesFor('updateMe');

/**
 * The profile holds the display preferences: the ONE time-zone setting (users.timezone, also what the server
 * counts days in) and the UI language. Preferences no longer shows a second time-zone field.
 */
export function ProfileSection() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('settings.profile')}</h2>
      <QueryState query={me}>{(user) => <ProfileForm user={user} />}</QueryState>
    </section>
  );
}

function ProfileForm({ user }: { user: Output<'me'> }) {
  const { t } = useTranslation();
  const toast = useToast();
  const saved = { fullName: user.fullName ?? '', companyName: user.companyName ?? '', timezone: user.timezone, language: (user.language === 'fr' ? 'fr' : 'en') as Language };
  const [values, setValues] = useState(saved);
  const form = useFormErrors(rules);
  const update = useUpdateMe();
  const set = (field: 'fullName' | 'companyName') => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(saved));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check(values)) return;
    if (!isTimeZone(values.timezone) || !timeZones().includes(values.timezone)) {
      form.setErrors({ timezone: t('settings.timezoneInvalid') });
      return;
    }
    // Saving the zone or the language re-renders the whole app in them (RequireAuth): say so in a toast, which outlives that.
    update.mutate(values, { onSuccess: () => toast.show({ message: t('settings.profileSaved') }), onError: (err) => form.fromServer(err) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="muted small">{t('settings.signedInAs', { email: user.email })}</p>
      <div className="grid">
        <TextField label={t('settings.fullName')} value={values.fullName} onChange={set('fullName')} error={form.errors.fullName} autoComplete="name" />
        <TextField label={t('settings.company')} value={values.companyName} onChange={set('companyName')} error={form.errors.companyName} autoComplete="organization" />
        <TimeZoneField label={t('settings.timezone')} value={values.timezone} onChange={(timezone) => { setValues((v) => ({ ...v, timezone })); form.clear('timezone'); }} error={form.errors.timezone} hint={t('settings.timezoneHint')} />
        <SelectField label={t('settings.language')} value={values.language} onChange={(e) => setValues((v) => ({ ...v, language: e.target.value as Language }))} error={form.errors.language}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </SelectField>
      </div>
      {update.isError && !Object.keys(form.errors).length && <ErrorMessage error={update.error} />}
      <button type="submit" className="btn btn-primary" disabled={update.isPending}>
        {t('settings.saveProfile')}
      </button>
    </form>
  );
}
