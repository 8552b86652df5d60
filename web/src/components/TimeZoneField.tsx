import { useId, useMemo } from 'react';
import { timeZones } from '@/lib/format';

/**
 * The one time-zone setting: a searchable list of the IANA zones the browser knows (Intl.supportedValuesOf), as a
 * native combobox (an input with a datalist: type "par" to find Europe/Paris, keyboard and screen readers included).
 */
export function TimeZoneField({ label, value, onChange, error, hint }: { label: string; value: string; onChange: (zone: string) => void; error?: string | null; hint?: string }) {
  const id = useId();
  const zones = useMemo(() => timeZones(), []);
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        list={`${id}-zones`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <datalist id={`${id}-zones`}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
