import { useFunctionMutation, useFunctionPages } from '@/lib/functions';

export const useMeetings = (when: 'upcoming' | 'past') => useFunctionPages('listMeetings', { when, limit: 25 });
export const useCancelMeeting = () => useFunctionMutation('cancelMeeting', { invalidates: ['listMeetings', 'dashboardStats', 'getProspect'] });
