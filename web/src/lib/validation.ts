import { CONSTRAINTS } from '@/types/generated/api';

/** One field's rule as the server declares it (mirrored from the generated CONSTRAINTS). */
export interface Rule {
  required?: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  notAllOneClass?: boolean;
}

export type RuleSet = Record<string, Rule>;
export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function charClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(value)).length;
}

function isTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function get(values: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((acc, key) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[key] : undefined), values);
}

/** The first broken rule per field, worded like the server's `details[].issue`. */
export function checkField(value: unknown, rule: Rule): string | null {
  if (isBlank(value)) return rule.required ? 'is required' : null;
  if (typeof value === 'number' || (typeof value === 'string' && (rule.min !== undefined || rule.max !== undefined))) {
    const n = typeof value === 'number' ? value : Number(value);
    if (rule.min !== undefined || rule.max !== undefined) {
      if (!Number.isFinite(n) || !Number.isInteger(n)) return 'must be a whole number';
      if (rule.min !== undefined && n < rule.min) return rule.max !== undefined ? `must be between ${rule.min} and ${rule.max}` : `must be at least ${rule.min}`;
      if (rule.max !== undefined && n > rule.max) return rule.min !== undefined ? `must be between ${rule.min} and ${rule.max}` : `must be at most ${rule.max}`;
    }
  }
  if (typeof value === 'string') {
    if (rule.minLength !== undefined && value.length < rule.minLength) return `must be at least ${rule.minLength} characters`;
    if (rule.maxLength !== undefined && value.length > rule.maxLength) return `must be at most ${rule.maxLength} characters`;
    if (rule.format === 'email' && !EMAIL.test(value)) return 'must be a valid e-mail address';
    if (rule.format === 'url' && !/^https?:\/\/\S+$/.test(value)) return 'must be a valid URL';
    if (rule.format === 'timezone' && !isTimezone(value)) return 'must be an IANA time zone such as Europe/Paris';
    if (rule.notAllOneClass && charClasses(value) < 2) return 'must mix at least two kinds of characters (letters, digits, symbols)';
  }
  return null;
}

export function validate(values: Record<string, unknown>, rules: RuleSet): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, rule] of Object.entries(rules)) {
    const issue = checkField(get(values, field), rule);
    if (issue) errors[field] = issue;
  }
  return errors;
}

/** The server's rules for one function's input, or none if the contract declares none. */
export function rulesFor(name: string): RuleSet {
  return ((CONSTRAINTS as unknown as Record<string, RuleSet>)[name] ?? {}) as RuleSet;
}
