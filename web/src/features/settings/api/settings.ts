import { useQueryClient } from '@tanstack/react-query';
import { functionKey, useFunctionMutation, useFunctionQuery } from '@/lib/functions';

export const useMe = () => useFunctionQuery('me', {}, { staleTime: 60_000 });
export const useSettings = () => useFunctionQuery('getSettings', {});
export const useSessions = () => useFunctionQuery('listSessions', {});

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useFunctionMutation('updateMe', { onSuccess: (user) => queryClient.setQueryData(functionKey('me', {}), user) });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useFunctionMutation('updateSettings', { invalidates: ['dashboardStats'], onSuccess: (s) => queryClient.setQueryData(functionKey('getSettings', {}), s) });
}

export const useLogoutEverywhere = () => useFunctionMutation('logoutEverywhere');
export const useChangePassword = () => useFunctionMutation('changePassword', { invalidates: ['listSessions'] });
export const useExport = () => useFunctionMutation('exportMyData');
export const useDeleteAccount = () => useFunctionMutation('deleteAccount');
