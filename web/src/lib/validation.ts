import { CONSTRAINTS, CROSS_FIELD_RULES } from '@/types/generated/rules';
import { currentLanguage, t } from '@/i18n';

/** One field's rule as the server declares it (the generated CONSTRAINTS entries). */
export interface Rule {
  required?: boolean;
  notBlank?: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  email?: boolean;
  minItems?: number;
  maxItems?: number;
  /** Client-only mirror of the server's password rule (a cross-field rule in the contract). */
  mixedClasses?: boolean;
}

export type RuleSet = Record<string, Rule>;
export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Same classes as the server's PasswordRules: lower-case, upper-case, digit, other. */
function charClasses(value: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((re) => re.test(value)).length;
}

function get(values: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((acc, key) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[key] : undefined), values);
}

/** The first broken rule for one value, worded like the server's `details[].issue` (English; validate() localizes). */
export function checkField(value: unknown, rule: Rule): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value === '')) return rule.required || rule.notBlank ? 'must not be blank' : null;
  if (rule.notBlank && isBlank(value)) return 'must not be blank';
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || !Number.isInteger(value)) return 'must be a whole number';
    if (rule.min !== undefined && value < rule.min) return rule.max !== undefined ? `must be between ${rule.min} and ${rule.max}` : `must be at least ${rule.min}`;
    if (rule.max !== undefined && value > rule.max) return rule.min !== undefined ? `must be between ${rule.min} and ${rule.max}` : `must be at most ${rule.max}`;
  }
  if (typeof value === 'string') {
    if (rule.minLength !== undefined && value.length < rule.minLength) return `must be at least ${rule.minLength} characters`;
    if (rule.maxLength !== undefined && value.length > rule.maxLength) return `must be at most ${rule.maxLength} characters`;
    if (rule.email && !EMAIL.test(value)) return 'must be a valid e-mail address';
    if (rule.mixedClasses && charClasses(value) < 2) return 'must mix at least two of: lower-case letters, upper-case letters, digits, other characters';
  }
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems) return `must have at least ${rule.minItems} items`;
    if (rule.maxItems !== undefined && value.length > rule.maxItems) return `must have at most ${rule.maxItems} items`;
  }
  return null;
}

/**
 * One field issue in the UI's language. The issues (the client's checkField and the server's `details[].issue`)
 * are a small fixed set of English sentences: those are translated; any other server sentence (e.g. "hits
 * blacklisted topics: guarantee") is kept as is in English and, in another language, shown as a localized
 * "This value is not valid" with the server's text in brackets.
 */
export function localizeIssue(issue: string): string {
  const exact: Record<string, string> = {
    'must not be blank': 'validation.blank',
    'must not be null': 'validation.blank',
    'must be a whole number': 'validation.wholeNumber',
    'must be a valid e-mail address': 'validation.email',
    'must mix at least two of: lower-case letters, upper-case letters, digits, other characters': 'validation.mixedClasses',
    'must be an IANA time zone such as Europe/Paris': 'validation.timeZone',
    'must include at least one channel': 'validation.oneChannel',
    // the import's per-row messages (importProspects)
    'linkedinUrl or email is required': 'validation.contactRequired',
    'must be a linkedin.com profile or company URL': 'validation.linkedinUrl',
    'must be one of new, contacted, engaged, qualified, meeting_booked, meeting_completed, customer, lost, nurture, unsubscribed': 'validation.prospectStatus',
    'must be true or false (yes/no, 1/0) or empty': 'validation.vipFlag',
    'only a VIP prospect has a VIP reason': 'validation.vipReasonWithoutVip',
    'must be greater than or equal to minDays': 'settings.maxBelowMin', // WarmupSettings.maxDays: no field name on screen
  };
  if (exact[issue]) return t(exact[issue]);
  const patterns: [RegExp, string, (m: RegExpMatchArray) => Record<string, string>][] = [
    [/^must be between (-?[\d.]+) and (-?[\d.]+)$/, 'validation.between', (m) => ({ min: m[1], max: m[2] })],
    // Bean Validation's default @Size message (e.g. an ICP list element of a campaign)
    [/^size must be between (\d+) and (\d+)$/, 'validation.sizeBetween', (m) => ({ min: m[1], max: m[2] })],
    [/^must be at least (-?\d+) characters$/, 'validation.minLength', (m) => ({ min: m[1] })],
    [/^must be at most (-?\d+) characters$/, 'validation.maxLength', (m) => ({ max: m[1] })],
    [/^must have at least (\d+) items$/, 'validation.minItems', (m) => ({ min: m[1] })],
    [/^must have at most (\d+) items$/, 'validation.maxItems', (m) => ({ max: m[1] })],
    [/^must be at least (-?[\d.]+)$/, 'validation.atLeast', (m) => ({ min: m[1] })],
    [/^must be at most (-?[\d.]+)$/, 'validation.atMost', (m) => ({ max: m[1] })],
  ];
  for (const [re, key, vars] of patterns) {
    const m = issue.match(re);
    if (m) return t(key, vars(m));
  }
  return currentLanguage() === 'en' ? issue : t('validation.invalid', { detail: issue });
}

export function validate(values: Record<string, unknown>, rules: RuleSet): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, rule] of Object.entries(rules)) {
    const issue = checkField(get(values, field), rule);
    if (issue) errors[field] = localizeIssue(issue);
  }
  return errors;
}

/** The rules of one contract record (e.g. `WarmupSettings`), plus the password-mix cross-field rule where it applies. */
export function recordRules(record: string): RuleSet {
  const base = { ...((CONSTRAINTS as unknown as Record<string, RuleSet>)[record] ?? {}) };
  const cross = (CROSS_FIELD_RULES as unknown as Record<string, readonly { field: string; message: string }[]>)[record] ?? [];
  for (const c of cross) if (c.message.startsWith('must mix')) base[c.field] = { ...base[c.field], mixedClasses: true };
  return base;
}

/** The server's rules for one function's input: `signup` -> the `SignupInput` record's rules. */
export function rulesFor(functionName: string): RuleSet {
  return recordRules(`${functionName.charAt(0).toUpperCase()}${functionName.slice(1)}Input`);
}

/** Nests a record's rules under a field: `prefixed('warmup', ...)` -> `warmup.minDays`, ... */
export function prefixed(prefix: string, rules: RuleSet): RuleSet {
  return Object.fromEntries(Object.entries(rules).map(([k, v]) => [`${prefix}.${k}`, v]));
}
