import { useQueryClient } from '@tanstack/react-query';
import type { Input, Output } from '@/lib/api-client';
import { functionKey, useFunctionMutation, useFunctionQuery } from '@/lib/functions';

export type Campaign = Output<'getCampaign'>;
export type CampaignStatus = Campaign['status'];
export type CampaignFigures = Output<'campaignFigures'>['items'][number];

export const CAMPAIGN_STATUSES: CampaignStatus[] = ['draft', 'active', 'paused', 'completed', 'archived'];

export const useCampaigns = (input: Input<'listCampaigns'>) => useFunctionQuery('listCampaigns', input);
/** A campaign id is a UUID: anything else is not sent (the server would answer 422), the page shows "not found". */
export const isCampaignId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
export const useCampaign = (id: string) => useFunctionQuery('getCampaign', { id }, { enabled: isCampaignId(id) });
/** The status filter from the URL: an unknown value is ignored (no filter) rather than sent to the server. */
export const statusFilter = (raw: string | null): CampaignStatus | '' => (CAMPAIGN_STATUSES as (string | null)[]).includes(raw) ? (raw as CampaignStatus) : '';
export const useCampaignFigures = (campaignId?: string) => useFunctionQuery('campaignFigures', campaignId ? { campaignId } : {});

const AFFECTED = ['listCampaigns', 'campaignFigures', 'dashboardStats'] as const;

export function useCreateCampaign() {
  return useFunctionMutation('createCampaign', { invalidates: [...AFFECTED] });
}

export function useUpdateCampaign() {
  const queryClient = useQueryClient();
  return useFunctionMutation('updateCampaign', {
    invalidates: [...AFFECTED],
    onSuccess: (campaign) => queryClient.setQueryData(functionKey('getCampaign', { id: campaign.id }), campaign),
  });
}

/**
 * The status machine's moves from a status, as the server allows them (CampaignStatusMachine): draft->active,
 * active<->paused, active/paused->completed, any->archived (archived itself moves nowhere).
 */
export function nextStatuses(status: CampaignStatus): CampaignStatus[] {
  switch (status) {
    case 'draft':
      return ['active', 'archived'];
    case 'active':
      return ['paused', 'completed', 'archived'];
    case 'paused':
      return ['active', 'completed', 'archived'];
    case 'completed':
      return ['archived'];
    case 'archived':
      return [];
  }
}
