import { createContext, useContext } from 'react';
import { displayTimeZone } from './format';

/**
 * The profile's display zone as React state: RequireAuth provides it, and a component that shows dates or times reads
 * it with `useDisplayTimeZone()` so that saving another zone re-renders it (without remounting anything, which would
 * drop unsaved form input). The formatters in `format.ts` read the same zone.
 */
export const DisplayZoneContext = createContext<string | null>(null);

export function useDisplayTimeZone(): string {
  return useContext(DisplayZoneContext) ?? displayTimeZone();
}
