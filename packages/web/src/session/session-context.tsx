/**
 * Who is signed in, for the whole app. The session lives in React Query's cache under
 * `['session']`; signing in or out refetches everything else, since what one may see changes.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Session } from '../api/types.ts';
import { fetchSession, signIn as signInRequest, signOut as signOutRequest } from './session.api.ts';

export const SESSION_KEY = ['session'] as const;

export interface SessionState {
  /** undefined while loading, null when signed out. */
  session: Session | null | undefined;
  signIn(email: string, password: string): Promise<Session>;
  signOut(everywhere: boolean): Promise<void>;
}

export function useSession(): SessionState {
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await signInRequest(email, password);
      queryClient.setQueryData(SESSION_KEY, session);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      return session;
    },
    [queryClient],
  );

  const signOut = useCallback(
    async (everywhere: boolean) => {
      await signOutRequest(everywhere);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, null);
    },
    [queryClient],
  );

  return { session: data, signIn, signOut };
}
