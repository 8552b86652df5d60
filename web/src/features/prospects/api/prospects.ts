import { useQueryClient } from '@tanstack/react-query';
import type { Input } from '@/lib/api-client';
import { functionKey, useFunctionMutation, useFunctionPages, useFunctionQuery } from '@/lib/functions';

export const useProspectPages = (input: Input<'listProspects'>) => useFunctionPages('listProspects', input);
export const useProspect = (id: string) => useFunctionQuery('getProspect', { id });

export function useUpdateProspect() {
  const queryClient = useQueryClient();
  return useFunctionMutation('updateProspect', {
    invalidates: ['listProspects', 'dashboardStats'],
    onSuccess: (summary) => {
      queryClient.setQueryData(functionKey('getProspect', { id: summary.id }), (old: object | undefined) => (old ? { ...old, ...summary } : old));
    },
  });
}

export function useDeleteProspect() {
  const queryClient = useQueryClient();
  return useFunctionMutation('deleteProspect', {
    invalidates: ['listProspects', 'dashboardStats', 'dashboardPipeline', 'listReviewQueue', 'listMeetings', 'activityStream'],
    onSuccess: (_r, input) => queryClient.removeQueries({ queryKey: functionKey('getProspect', { id: input.id }) }),
  });
}

/** What a bulk action changes: every list, figure and chart that counts prospects. */
const BULK_AFFECTED = ['listProspects', 'getProspect', 'dashboardStats', 'dashboardPipeline', 'campaignFigures', 'listCampaigns', 'getCampaign', 'activityStream', 'activityPerDay', 'funnelReport', 'listReviewQueue', 'listMeetings'] as const;

export const useBulkStatus = () => useFunctionMutation('bulkSetProspectStatus', { invalidates: [...BULK_AFFECTED] });
export const useBulkVip = () => useFunctionMutation('bulkSetProspectVip', { invalidates: [...BULK_AFFECTED] });
export const useBulkAssign = () => useFunctionMutation('bulkAssignProspects', { invalidates: [...BULK_AFFECTED] });
export const useBulkDelete = () => useFunctionMutation('bulkDeleteProspects', { invalidates: [...BULK_AFFECTED] });
