import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { TZDate } from '@date-fns/tz';
import type { Input } from '@/lib/api-client';
import { dayKey, displayTimeZone } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/display-zone';
import { useDebounced } from './use-debounced';

export type ListInput = Input<'listProspects'>;
export type Filter = Omit<ListInput, 'sort' | 'limit' | 'cursor'>;

/** The URL keys of the filter (short, so a filtered list is a readable bookmark). */
export const FILTER_KEYS = ['q', 'status', 'vip', 'campaign', 'channel', 'title', 'createdFrom', 'createdTo', 'contactedFrom', 'contactedTo'] as const;

/**
 * A `yyyy-mm-dd` from a date input as the instant its day starts in the profile's time zone (days are the
 * seller's days, as everywhere else, not the browser's); `endOfDay` gives the next day's start. DST days included
 * (the zone's rules come from @date-fns/tz over Intl).
 */
export function dayToInstant(day: string, endOfDay = false, zone = displayTimeZone()): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const d = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (endOfDay ? 1 : 0), zone);
  return Number.isNaN(d.getTime()) ? undefined : new Date(d.getTime()).toISOString();
}

/** URL parameters -> the listProspects filter (the same object bulk actions and exports take). */
export function filterFromParams(params: URLSearchParams, search: string): Filter {
  const get = (k: string) => params.get(k) ?? '';
  const f: Filter = {};
  if (search) f.search = search;
  if (get('status')) f.status = [get('status') as NonNullable<Filter['status']>[number]];
  if (get('vip')) f.vip = get('vip') === 'yes';
  if (get('campaign')) f.campaignId = get('campaign');
  if (get('channel') === 'email' || get('channel') === 'linkedin') f.channel = get('channel') as Filter['channel'];
  if (get('title').trim()) f.jobTitle = get('title').trim();
  const createdFrom = dayToInstant(get('createdFrom'));
  const createdTo = dayToInstant(get('createdTo'), true);
  const contactedFrom = dayToInstant(get('contactedFrom'));
  const contactedTo = dayToInstant(get('contactedTo'), true);
  if (createdFrom) f.createdFrom = createdFrom;
  if (createdTo) f.createdTo = createdTo;
  if (contactedFrom) f.lastContactedFrom = contactedFrom;
  if (contactedTo) f.lastContactedTo = contactedTo;
  return f;
}

/** The filter lives in the URL: bookmarkable, survives the back button. */
export function useProspectFilter() {
  const [params, setParams] = useSearchParams();
  const search = useDebounced((params.get('q') ?? '').trim(), 300);
  const key = params.toString();
  const zone = useDisplayTimeZone(); // a zone saved in the settings re-renders this and moves the days' bounds
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => filterFromParams(params, search), [key, search, zone]);
  const sort = (params.get('sort') ?? 'created_desc') as NonNullable<ListInput['sort']>;
  const setParam = (k: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(k, value);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const clear = () => {
    const next = new URLSearchParams(params);
    FILTER_KEYS.forEach((k) => next.delete(k));
    setParams(next, { replace: true });
  };
  const active = FILTER_KEYS.some((k) => params.get(k));
  return { params, filter, sort, setParam, clear, active };
}

/** An instant as the `yyyy-mm-dd` it falls on in the profile's zone; `endOfDay` undoes dayToInstant's next day. */
export function instantToDay(iso: string | null | undefined, endOfDay = false, zone = displayTimeZone()): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() - (endOfDay ? 1 : 0));
  return Number.isNaN(d.getTime()) ? '' : dayKey(d, zone);
}

/** A saved filter (as the server keeps it) -> the URL parameters of the list, the inverse of filterFromParams. */
export function paramsFromFilter(f: Partial<Record<keyof Filter, unknown>>, sort?: string | null): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: string | undefined | null) => v && p.set(k, v);
  set('q', f.search as string | undefined);
  set('status', Array.isArray(f.status) ? (f.status[0] as string) : undefined);
  if (typeof f.vip === 'boolean') p.set('vip', f.vip ? 'yes' : 'no');
  set('campaign', f.campaignId as string | undefined);
  set('channel', f.channel as string | undefined);
  set('title', f.jobTitle as string | undefined);
  set('createdFrom', instantToDay(f.createdFrom as string | undefined));
  set('createdTo', instantToDay(f.createdTo as string | undefined, true));
  set('contactedFrom', instantToDay(f.lastContactedFrom as string | undefined));
  set('contactedTo', instantToDay(f.lastContactedTo as string | undefined, true));
  if (sort && sort !== 'created_desc') p.set('sort', sort);
  return p;
}
