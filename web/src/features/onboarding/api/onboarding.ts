import { useQueryClient } from '@tanstack/react-query';
import { functionKey, useFunctionMutation, useFunctionQuery } from '@/lib/functions';

export const useOnboardingStatus = () => useFunctionQuery('onboardingStatus', {});

export function useSaveStep() {
  const queryClient = useQueryClient();
  return useFunctionMutation('saveOnboardingStep', { onSuccess: (status) => queryClient.setQueryData(functionKey('onboardingStatus', {}), status) });
}

export const useCompleteOnboarding = () => useFunctionMutation('completeOnboarding', { invalidates: ['me', 'onboardingStatus', 'dashboardStats', 'dashboardPipeline', 'listCampaigns'] });
