import { useFunctionPages, useFunctionQuery } from '@/lib/functions';

export const useDashboardStats = () => useFunctionQuery('dashboardStats', {});
export const usePipeline = () => useFunctionQuery('dashboardPipeline', {});
export const useActivity = () => useFunctionPages('activityStream', { limit: 50 });
export const useMe = () => useFunctionQuery('me', {}, { staleTime: 60_000 });
export const useActivityPerDay = () => useFunctionQuery('activityPerDay', { days: 14 });
