import { useQueryClient } from '@tanstack/react-query';
import { useFunctionMutation } from '@/lib/functions';
import { functionKey } from '@/lib/functions';
import type { Output } from '@/lib/api-client';

/** Login and signup put the user in the cache; the session itself stays in the HttpOnly cookie. */
function useRememberUser() {
  const queryClient = useQueryClient();
  return (result: Output<'login'>) => {
    queryClient.clear();
    queryClient.setQueryData(functionKey('me', {}), result.user);
  };
}

export function useLogin() {
  const remember = useRememberUser();
  return useFunctionMutation('login', { onSuccess: remember });
}

export function useSignup() {
  const remember = useRememberUser();
  return useFunctionMutation('signup', { onSuccess: remember });
}
