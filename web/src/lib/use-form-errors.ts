import { useCallback, useState } from 'react';
import { ApiError } from './api-client';
import { validate, type FieldErrors, type RuleSet } from './validation';

/**
 * Field errors from two sources: the client-side mirror of the server's rules (checked before sending)
 * and the server's own 422 `details` (shown next to the same fields).
 */
export function useFormErrors(rules: RuleSet) {
  const [errors, setErrors] = useState<FieldErrors>({});

  const check = useCallback(
    (values: Record<string, unknown>): boolean => {
      const found = validate(values, rules);
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    [rules],
  );

  /** Spreads a 422's details onto fields; returns the errors that belong to no known field. */
  const fromServer = useCallback((error: unknown): boolean => {
    if (error instanceof ApiError && error.status === 422 && error.details.length > 0) {
      setErrors(error.fieldErrors());
      return true;
    }
    return false;
  }, []);

  const clear = useCallback((field: string) => setErrors((prev) => (field in prev ? Object.fromEntries(Object.entries(prev).filter(([k]) => k !== field)) : prev)), []);

  return { errors, check, fromServer, clear, setErrors };
}
