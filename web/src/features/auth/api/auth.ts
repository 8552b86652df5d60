import { useQueryClient } from '@tanstack/react-query';
import { useFunctionMutation } from '@/lib/functions';
import { functionKey } from '@/lib/functions';
import { callFunction, type Output } from '@/lib/api-client';
import { browserTimeZone } from '@/lib/format';
import { currentLanguage } from '@/i18n';

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

/**
 * A new account starts in the browser's time zone and the language the sign-up page was shown in (the server's
 * defaults are UTC and English); the seller changes either in Settings.
 */
export function useSignup() {
  const remember = useRememberUser();
  const queryClient = useQueryClient();
  return useFunctionMutation('signup', {
    onSuccess: (result) => {
      remember(result);
      void callFunction('updateMe', { timezone: browserTimeZone(), language: currentLanguage() })
        .then((user) => queryClient.setQueryData(functionKey('me', {}), user))
        .catch(() => undefined);
    },
  });
}
