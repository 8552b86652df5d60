import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '@/i18n';
import { formatDate, formatDateTime, humanize, isTimeZone, setDisplayTimeZone, timeZones } from './format';

afterEach(() => {
  applyLanguage('en');
  setDisplayTimeZone('UTC');
});

describe('dates and times in the profile\'s zone and the UI language', () => {
  const instant = '2026-01-15T20:30:00Z';

  it('shows Europe/Paris time with its label, whatever the machine\'s zone', () => {
    setDisplayTimeZone('Europe/Paris');
    expect(formatDateTime(instant)).toMatch(/15 Jan 2026.*21:30.*(CET|GMT\+1)/);
    setDisplayTimeZone('America/New_York');
    expect(formatDateTime(instant)).toMatch(/15 Jan 2026.*15:30.*(EST|GMT-5)/);
  });

  it('formats in French when the UI is French, never mixing languages', () => {
    setDisplayTimeZone('Europe/Paris');
    applyLanguage('fr');
    expect(formatDateTime(instant)).toMatch(/15 janv\. 2026.*21:30.*UTC\+1/);
    expect(humanize('meeting_booked')).toBe('Rendez-vous pris');
    applyLanguage('en');
    expect(humanize('meeting_booked')).toBe('Meeting booked');
  });

  it('counts a late-evening event on the profile\'s day, not the machine\'s', () => {
    setDisplayTimeZone('Pacific/Auckland');
    expect(formatDate('2026-01-15T20:30:00Z')).toBe('16 Jan 2026');
  });

  it('knows the IANA zones and refuses anything else', () => {
    expect(timeZones()).toEqual(expect.arrayContaining(['Europe/Paris', 'America/New_York', 'UTC']));
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('enum values whose wording depends on what they describe', () => {
  it('words a campaign status, an activity type, a source and company data in French, unknown values capitalised', () => {
    applyLanguage('fr');
    expect(humanize('completed', 'campaignStatus')).toBe('Terminée');
    expect(humanize('completed')).toBe('Effectué'); // a meeting
    expect(['draft', 'active', 'paused', 'archived'].map((s) => humanize(s, 'campaignStatus'))).toEqual(['Brouillon', 'Active', 'En pause', 'Archivée']);
    expect(humanize('prospect_added', 'activity')).toBe('Prospect ajouté');
    expect(humanize('message_rejected', 'activity')).toBe('Message refusé');
    expect(humanize('prospects_bulk_changed', 'activity')).toBe('Prospects modifiés en masse');
    expect(humanize('workflow_engine', 'source')).toBe('Moteur de workflow');
    expect(humanize('founded', 'companyData')).toBe('Fondée en');
    expect(humanize('revenue_band', 'companyData')).toBe('Revenue band');
    expect(humanize('source', 'activity')).toBe('Source'); // a group's name is not a value
    applyLanguage('en');
    expect(humanize('prospect_added', 'activity')).toBe('Prospect added');
  });
});

