import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { t as translate } from '@/i18n';
import { Loading, QueryState } from '@/components/States';
import { useFunctionQuery } from '@/lib/functions';
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

/**
 * What a reload must not lose. The limits and warm-up steps are read back from the settings they were saved into
 * (getSettings); the API returns nothing for the ICP, the persona and the campaign name, so what the seller typed
 * there is kept in this tab's sessionStorage (no secret among them) and dropped when onboarding completes.
 */
const DRAFT_KEY = 'sm-onboarding-draft';
const DRAFT_FIELDS = ['industries', 'jobTitles', 'companySizes', 'locations', 'personaTitles', 'seniorities', 'campaignName'] as const;
type Draft = Partial<Record<(typeof DRAFT_FIELDS)[number], string>>;

function readDraft(): Draft {
  try {
    const saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') as Record<string, unknown>;
    return Object.fromEntries(DRAFT_FIELDS.filter((k) => typeof saved[k] === 'string').map((k) => [k, saved[k]])) as Draft;
  } catch {
    return {};
  }
}

function writeDraft(draft: Draft | null): void {
  try {
    if (draft) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    else sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    /* storage unavailable: the fields simply start empty after a reload */
  }
}

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
        <QueryState query={status}>{(s) => (s.completed ? <Navigate to="/" replace /> : <WizardWithSaved status={s} />)}</QueryState>
      </div>
    </main>
  );
}

/** Waits for the saved settings when a limits or warm-up step is done, so Back shows what was saved. */
function WizardWithSaved({ status }: { status: Output<'onboardingStatus'> }) {
  const { t } = useTranslation();
  const savedSteps = status.steps.filter((x) => x.done && (x.step === 'limits' || x.step === 'warmup')).map((x) => x.step);
  const settings = useFunctionQuery('getSettings', {}, { enabled: savedSteps.length > 0 });
  if (savedSteps.length > 0 && settings.isPending) return <Loading label={t('common.loading')} />;
  const s = settings.data;
  const saved: Partial<Record<string, string>> = {};
  if (s && savedSteps.includes('limits')) Object.assign(saved, { dailyEmailLimit: String(s.dailyEmailLimit), aiConfidenceThreshold: String(s.aiConfidenceThreshold) });
  if (s && savedSteps.includes('warmup')) Object.assign(saved, { minDays: String(s.warmup.minDays), maxDays: String(s.warmup.maxDays), dailyActionLimit: String(s.warmup.dailyActionLimit) });
  return <Wizard status={status} saved={saved} />;
}

function Wizard({ status, saved }: { status: Output<'onboardingStatus'>; saved: Partial<Record<string, string>> }) {
  const { t } = useTranslation();
  const firstOpen = STEPS.findIndex((s) => !status.steps.find((x) => x.step === s.name)?.done);
  const [index, setIndex] = useState(firstOpen === -1 ? STEPS.length : firstOpen);
  const [values, setValues] = useState(() => ({
    industries: '', jobTitles: '', companySizes: '', locations: '',
    personaTitles: '', seniorities: '',
    dailyEmailLimit: '20', aiConfidenceThreshold: '80',
    minDays: '7', maxDays: '14', dailyActionLimit: '20',
    campaignName: '',
    ...saved,
    ...readDraft(),
  }));
  useEffect(() => writeDraft(Object.fromEntries(DRAFT_FIELDS.map((k) => [k, values[k]]))), [values]);
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
      onSuccess: () => {
        writeDraft(null);
        navigate('/', { replace: true });
      },
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
