import { useState, type FormEvent, type ReactNode } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { t as translate } from '@/i18n';
import { QueryState } from '@/components/States';
import { TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError, type Input, type Output } from '@/lib/api-client';
import { recordRules, validate, type FieldErrors } from '@/lib/validation';
import { useCompleteOnboarding, useOnboardingStatus, useSaveStep } from '../api/onboarding';

type StepName = 'icp' | 'persona' | 'limits' | 'warmup';
const STEPS: { name: StepName; title: 'onboarding.stepIcp' | 'onboarding.stepPersona' | 'onboarding.stepLimits' | 'onboarding.stepWarmup' }[] = [
  { name: 'icp', title: 'onboarding.stepIcp' },
  { name: 'persona', title: 'onboarding.stepPersona' },
  { name: 'limits', title: 'onboarding.stepLimits' },
  { name: 'warmup', title: 'onboarding.stepWarmup' },
];

// The same ranges the server enforces for these steps, from the generated contract.
const LIMIT_RULES = recordRules('LimitsData');
const WARMUP_RULES = recordRules('WarmupSettings');

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

export default function OnboardingPage() {
  const { t } = useTranslation();
  const status = useOnboardingStatus();
  return (
    <main className="auth" id="main">
      <div className="card" style={{ width: '100%', maxWidth: 640 }}>
        <p className="brand" style={{ fontWeight: 700, color: 'var(--primary)', margin: 0 }}>
          {t('common.appName')}
        </p>
        <h1>{t('onboarding.title')}</h1>
        {/* an onboarded user is never offered the wizard (nor its "Launch your first campaign") again */}
        <QueryState query={status}>{(s) => (s.completed ? <Navigate to="/" replace /> : <Wizard status={s} />)}</QueryState>
      </div>
    </main>
  );
}

/** What the saved steps hold (onboardingStatus.saved), as the form's text values: a wizard opened again shows them. */
function savedValues(saved: Output<'onboardingStatus'>['saved']): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  const join = (xs: string[] | undefined) => (xs ?? []).join(', ');
  if (saved.icp) Object.assign(out, { industries: join(saved.icp.industries), jobTitles: join(saved.icp.jobTitles), companySizes: join(saved.icp.companySizes), locations: join(saved.icp.locations) });
  if (saved.persona) Object.assign(out, { personaTitles: join(saved.persona.jobTitles), seniorities: join(saved.persona.seniorities) });
  if (saved.limits) Object.assign(out, { dailyEmailLimit: String(saved.limits.dailyEmailLimit), aiConfidenceThreshold: String(saved.limits.aiConfidenceThreshold) });
  if (saved.warmup) Object.assign(out, { minDays: String(saved.warmup.minDays), maxDays: String(saved.warmup.maxDays), dailyActionLimit: String(saved.warmup.dailyActionLimit) });
  return out;
}

function Wizard({ status }: { status: Output<'onboardingStatus'> }) {
  const { t } = useTranslation();
  const firstOpen = STEPS.findIndex((s) => !status.steps.find((x) => x.step === s.name)?.done);
  const [index, setIndex] = useState(firstOpen === -1 ? STEPS.length : firstOpen);
  const [values, setValues] = useState(() => ({
    industries: '', jobTitles: '', companySizes: '', locations: '',
    personaTitles: '', seniorities: '',
    dailyEmailLimit: '20', aiConfidenceThreshold: '80',
    minDays: '7', maxDays: '14', dailyActionLimit: '20',
    campaignName: '',
    ...savedValues(status.saved),
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSaveStep();
  const complete = useCompleteOnboarding();
  const navigate = useNavigate();
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const done = (name: StepName) => status.steps.find((x) => x.step === name)?.done;

  const dataFor = (step: StepName): { data: Input<'saveOnboardingStep'>['data']; errors: FieldErrors } => {
    switch (step) {
      case 'icp': {
        const data = { industries: list(values.industries), jobTitles: list(values.jobTitles), companySizes: list(values.companySizes), locations: list(values.locations) };
        return { data, errors: data.industries.length + data.jobTitles.length === 0 ? { industries: translate('onboarding.needIcp') } : {} };
      }
      case 'persona': {
        const data = { jobTitles: list(values.personaTitles), seniorities: list(values.seniorities) };
        return { data, errors: data.jobTitles.length === 0 ? { personaTitles: translate('onboarding.needPersona') } : {} };
      }
      case 'limits': {
        const data = { dailyEmailLimit: num(values.dailyEmailLimit), aiConfidenceThreshold: num(values.aiConfidenceThreshold) };
        return { data, errors: validate({ ...data }, LIMIT_RULES) };
      }
      case 'warmup': {
        const data = { minDays: num(values.minDays), maxDays: num(values.maxDays), dailyActionLimit: num(values.dailyActionLimit) };
        const e = validate({ ...data }, WARMUP_RULES);
        if (!e.maxDays && !e.minDays && data.maxDays < data.minDays) e.maxDays = translate('settings.maxBelowMin');
        return { data, errors: e };
      }
    }
  };

  const submitStep = (e: FormEvent) => {
    e.preventDefault();
    const step = STEPS[index].name;
    const { data, errors: found } = dataFor(step);
    setErrors(found);
    if (Object.keys(found).length) return;
    save.mutate(
      { step, data },
      {
        onSuccess: () => setIndex((i) => i + 1),
        onError: (err) => {
          if (err instanceof ApiError && err.status === 422) setErrors(Object.fromEntries(Object.entries(err.fieldErrors()).map(([k, v]) => [k.replace(/^data\./, ''), v])));
        },
      },
    );
  };

  const finish = (e: FormEvent) => {
    e.preventDefault();
    complete.mutate(values.campaignName.trim() ? { campaignName: values.campaignName.trim() } : {}, {
      onSuccess: () => navigate('/', { replace: true }),
      // completed meanwhile (another tab): there is nothing left to launch here
      onError: (err) => {
        if (err instanceof ApiError && err.status === 409) navigate('/', { replace: true });
      },
    });
  };

  const step = STEPS[index];
  const stepForm = (children: ReactNode) => (
    <form onSubmit={submitStep} noValidate>
      <h2>
        {index + 1} / {STEPS.length}: {t(step.title)}
      </h2>
      {children}
      {save.isError && !Object.keys(errors).length && <ErrorMessage error={save.error} />}
      <div className="row">
        {index > 0 && (
          <button type="button" className="btn" onClick={() => setIndex(index - 1)}>
            {t('onboarding.back')}
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('onboarding.saveAndContinue')}
        </button>
      </div>
    </form>
  );

  return (
    <>
      <ol className="steps" aria-label={t('onboarding.progress')}>
        {STEPS.map((s, i) => (
          <li key={s.name} aria-current={i === index ? 'step' : undefined} className={done(s.name) && i !== index ? 'done' : undefined}>
            {done(s.name) && i !== index ? '✓ ' : ''}
            {t(s.title)}
          </li>
        ))}
        <li aria-current={index === STEPS.length ? 'step' : undefined}>{t('onboarding.stepLaunch')}</li>
      </ol>
      {step?.name === 'icp' &&
        stepForm(
          <>
            <p className="muted">{t('onboarding.icpIntro')}</p>
            <TextField label={t('onboarding.industries')} value={values.industries} onChange={set('industries')} error={errors.industries} placeholder="SaaS, Fintech" />
            <TextField label={t('onboarding.jobTitles')} value={values.jobTitles} onChange={set('jobTitles')} error={errors.jobTitles} placeholder="Head of Sales, VP Sales" />
            <TextField label={t('onboarding.companySizes')} value={values.companySizes} onChange={set('companySizes')} error={errors.companySizes} placeholder="11-50, 51-200" />
            <TextField label={t('onboarding.locations')} value={values.locations} onChange={set('locations')} error={errors.locations} placeholder="France, Germany" />
          </>,
        )}
      {step?.name === 'persona' &&
        stepForm(
          <>
            <p className="muted">{t('onboarding.personaIntro')}</p>
            <TextField label={t('onboarding.personaTitles')} value={values.personaTitles} onChange={set('personaTitles')} error={errors.personaTitles ?? errors.jobTitles} placeholder="Head of Sales" />
            <TextField label={t('onboarding.seniorities')} value={values.seniorities} onChange={set('seniorities')} error={errors.seniorities} placeholder="Director, VP" />
          </>,
        )}
      {step?.name === 'limits' &&
        stepForm(
          <>
            <TextField label={t('onboarding.emailsPerDay')} type="number" min={1} max={100} value={values.dailyEmailLimit} onChange={set('dailyEmailLimit')} error={errors.dailyEmailLimit} />
            <TextField label={t('onboarding.threshold')} type="number" min={0} max={100} value={values.aiConfidenceThreshold} onChange={set('aiConfidenceThreshold')} error={errors.aiConfidenceThreshold} hint={t('onboarding.thresholdHint')} />
          </>,
        )}
      {step?.name === 'warmup' &&
        stepForm(
          <>
            <TextField label={t('onboarding.warmupMin')} type="number" min={7} max={15} value={values.minDays} onChange={set('minDays')} error={errors.minDays} />
            <TextField label={t('onboarding.warmupMax')} type="number" min={7} max={15} value={values.maxDays} onChange={set('maxDays')} error={errors.maxDays} />
            <TextField label={t('onboarding.warmupActions')} type="number" min={1} max={40} value={values.dailyActionLimit} onChange={set('dailyActionLimit')} error={errors.dailyActionLimit} />
          </>,
        )}
      {index === STEPS.length && (
        <form onSubmit={finish} noValidate>
          <h2>{t('onboarding.launchTitle')}</h2>
          <TextField label={t('onboarding.campaignName')} value={values.campaignName} onChange={set('campaignName')} maxLength={200} />
          {complete.isError && <ErrorMessage error={complete.error} />}
          <div className="row">
            <button type="button" className="btn" onClick={() => setIndex(STEPS.length - 1)}>
              {t('onboarding.back')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={complete.isPending}>
              {complete.isPending ? t('onboarding.launching') : t('onboarding.launch')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
