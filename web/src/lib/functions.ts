import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { callFunction, type FunctionName, type Input, type Output } from './api-client';

/** Query keys are `[functionName, input]`, so any feature can invalidate `[name]` without importing another feature. */
export function functionKey<K extends FunctionName>(name: K, input?: Input<K>): readonly unknown[] {
  return input === undefined ? [name] : [name, input];
}

export function useFunctionQuery<K extends FunctionName>(
  name: K,
  input: Input<K>,
  options?: Omit<UseQueryOptions<Output<K>, Error, Output<K>, readonly unknown[]>, 'queryKey' | 'queryFn'>,
) {
  return useQuery({
    queryKey: functionKey(name, input),
    queryFn: ({ signal }) => callFunction(name, input, { signal }),
    ...options,
  });
}

type PagedName = {
  [K in FunctionName]: Output<K> extends { items: unknown[]; nextCursor: string | null } ? (Input<K> extends { cursor?: string | null } ? K : never) : never;
}[FunctionName];

/** Keyset pagination: each page passes the previous page's `nextCursor`. */
export function useFunctionPages<K extends PagedName>(name: K, input: Input<K>, options?: { enabled?: boolean; refetchInterval?: number; refetchOnWindowFocus?: boolean }) {
  return useInfiniteQuery({
    queryKey: functionKey(name, input),
    queryFn: ({ pageParam, signal }) => callFunction(name, { ...input, ...(pageParam ? { cursor: pageParam } : {}) } as Input<K>, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last as { nextCursor: string | null }).nextCursor ?? undefined,
    enabled: options?.enabled,
    refetchInterval: options?.refetchInterval,
    refetchOnWindowFocus: options?.refetchOnWindowFocus,
  });
}

export function useFunctionMutation<K extends FunctionName>(name: K, options?: { invalidates?: FunctionName[]; onSuccess?: (data: Output<K>, input: Input<K>) => void }) {
  const queryClient = useQueryClient();
  return useMutation<Output<K>, Error, Input<K>>({
    mutationFn: (input) => callFunction(name, input),
    onSuccess: async (data, input) => {
      options?.onSuccess?.(data, input);
      await Promise.all((options?.invalidates ?? []).map((n) => queryClient.invalidateQueries({ queryKey: [n] })));
    },
  });
}
