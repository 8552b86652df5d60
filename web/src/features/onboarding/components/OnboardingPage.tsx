import { useState, type FormEvent, type ReactNode } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { QueryState } from '@/components/States';
import { TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError, type Input, type Output } from '@/lib/api-client';
import { recordRules, validate, type FieldErrors } from '@/lib/validation';
import { useCompleteOnboarding, useOnboardingStatus, useSaveStep } from '../api/onboarding';

type StepName = 'icp' | 'persona' | 'limits' | 'warmup';
const STEPS: { name: StepName; title: string }[] = [
  { name: 'icp', title: 'Ideal customer' },
  { name: 'persona', title: 'Persona' },
  { name: 'limits', title: 'Limits' },
  { name: 'warmup', title: 'Warm-up' },
];

// The same ranges the server enforces for these steps, from the generated contract.
const LIMIT_RULES = recordRules('LimitsData');
const WARMUP_RULES = recordRules('WarmupSettings');

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

export default function OnboardingPage() {
  const status = useOnboardingStatus();
  return (
    <main className="auth" id="main">
      <div className="card" style={{ width: '100%', maxWidth: 640 }}>
        <p className="brand" style={{ fontWeight: 700, color: 'var(--primary)', margin: 0 }}>
          Sales Machine
        </p>
        <h1>Set up your prospecting</h1>
        {/* an onboarded user is never offered the wizard (nor its "Launch your first campaign") again */}
        <QueryState query={status}>{(s) => (s.completed ? <Navigate to="/" replace /> : <Wizard status={s} />)}</QueryState>
      </div>
    </main>
  );
}

function Wizard({ status }: { status: Output<'onboardingStatus'> }) {
  const firstOpen = STEPS.findIndex((s) => !status.steps.find((x) => x.step === s.name)?.done);
  const [index, setIndex] = useState(firstOpen === -1 ? STEPS.length : firstOpen);
  const [values, setValues] = useState({
    industries: '', jobTitles: '', companySizes: '', locations: '',
    personaTitles: '', seniorities: '',
    dailyEmailLimit: '20', aiConfidenceThreshold: '80',
    minDays: '7', maxDays: '14', dailyActionLimit: '20',
    campaignName: '',
  });
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
        return { data, errors: data.industries.length + data.jobTitles.length === 0 ? { industries: 'name at least one industry or job title' } : {} };
      }
      case 'persona': {
        const data = { jobTitles: list(values.personaTitles), seniorities: list(values.seniorities) };
        return { data, errors: data.jobTitles.length === 0 ? { personaTitles: 'name at least one job title' } : {} };
      }
      case 'limits': {
        const data = { dailyEmailLimit: num(values.dailyEmailLimit), aiConfidenceThreshold: num(values.aiConfidenceThreshold) };
        return { data, errors: validate({ ...data }, LIMIT_RULES) };
      }
      case 'warmup': {
        const data = { minDays: num(values.minDays), maxDays: num(values.maxDays), dailyActionLimit: num(values.dailyActionLimit) };
        const e = validate({ ...data }, WARMUP_RULES);
        if (!e.maxDays && !e.minDays && data.maxDays < data.minDays) e.maxDays = 'must be greater than or equal to the minimum';
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
        Step {index + 1} of {STEPS.length}: {step.title}
      </h2>
      {children}
      {save.isError && !Object.keys(errors).length && <ErrorMessage error={save.error} />}
      <div className="row">
        {index > 0 && (
          <button type="button" className="btn" onClick={() => setIndex(index - 1)}>
            Back
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save and continue'}
        </button>
      </div>
    </form>
  );

  return (
    <>
      <ol className="steps" aria-label="Progress">
        {STEPS.map((s, i) => (
          <li key={s.name} aria-current={i === index ? 'step' : undefined} className={done(s.name) && i !== index ? 'done' : undefined}>
            {done(s.name) && i !== index ? '✓ ' : ''}
            {s.title}
          </li>
        ))}
        <li aria-current={index === STEPS.length ? 'step' : undefined}>Launch</li>
      </ol>
      {step?.name === 'icp' &&
        stepForm(
          <>
            <p className="muted">Who buys from you? Separate several values with commas.</p>
            <TextField label="Industries" value={values.industries} onChange={set('industries')} error={errors.industries} placeholder="SaaS, Fintech" />
            <TextField label="Job titles" value={values.jobTitles} onChange={set('jobTitles')} error={errors.jobTitles} placeholder="Head of Sales, VP Sales" />
            <TextField label="Company sizes" value={values.companySizes} onChange={set('companySizes')} error={errors.companySizes} placeholder="11-50, 51-200" />
            <TextField label="Locations" value={values.locations} onChange={set('locations')} error={errors.locations} placeholder="France, Germany" />
          </>,
        )}
      {step?.name === 'persona' &&
        stepForm(
          <>
            <p className="muted">Who exactly do you talk to?</p>
            <TextField label="Persona job titles" value={values.personaTitles} onChange={set('personaTitles')} error={errors.personaTitles ?? errors.jobTitles} placeholder="Head of Sales" />
            <TextField label="Seniorities" value={values.seniorities} onChange={set('seniorities')} error={errors.seniorities} placeholder="Director, VP" />
          </>,
        )}
      {step?.name === 'limits' &&
        stepForm(
          <>
            <TextField label="E-mails per day (1–100)" type="number" min={1} max={100} value={values.dailyEmailLimit} onChange={set('dailyEmailLimit')} error={errors.dailyEmailLimit} />
            <TextField label="AI confidence threshold (0–100)" type="number" min={0} max={100} value={values.aiConfidenceThreshold} onChange={set('aiConfidenceThreshold')} error={errors.aiConfidenceThreshold} hint="Drafts below it wait for your review." />
          </>,
        )}
      {step?.name === 'warmup' &&
        stepForm(
          <>
            <TextField label="Minimum warm-up days (7–15)" type="number" min={7} max={15} value={values.minDays} onChange={set('minDays')} error={errors.minDays} />
            <TextField label="Maximum warm-up days (7–15)" type="number" min={7} max={15} value={values.maxDays} onChange={set('maxDays')} error={errors.maxDays} />
            <TextField label="Warm-up actions per day (1–40)" type="number" min={1} max={40} value={values.dailyActionLimit} onChange={set('dailyActionLimit')} error={errors.dailyActionLimit} />
          </>,
        )}
      {index === STEPS.length && (
        <form onSubmit={finish} noValidate>
          <h2>Launch your first campaign</h2>
          <TextField label="Campaign name (optional)" value={values.campaignName} onChange={set('campaignName')} maxLength={200} />
          {complete.isError && <ErrorMessage error={complete.error} />}
          <div className="row">
            <button type="button" className="btn" onClick={() => setIndex(STEPS.length - 1)}>
              Back
            </button>
            <button type="submit" className="btn btn-primary" disabled={complete.isPending}>
              {complete.isPending ? 'Launching…' : 'Launch campaign'}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
