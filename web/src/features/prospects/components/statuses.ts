import type { Input } from '@/lib/api-client';

export type ProspectStatus = NonNullable<Input<'listProspects'>['status']>[number];

export const PROSPECT_STATUSES: ProspectStatus[] = ['new', 'contacted', 'engaged', 'qualified', 'meeting_booked', 'meeting_completed', 'customer', 'lost', 'nurture', 'unsubscribed'];
