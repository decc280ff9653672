import { createContext, useContext } from 'react';
import { commands, type CommandName } from '../../../shared/commands';
import type { AuthStatus, SessionUser } from '../../../shared/schemas/auth';
import { LEADERS, type Role } from '../../../shared/schemas/user';

/** The signed-in session as the pages see it (filled by features/auth AuthProvider). */
export interface Session {
  status: AuthStatus;
  user: SessionUser;
  /** Covers the app at once and locks the session on the service (Ctrl+L, idle). */
  lock: () => void;
  signOut: () => Promise<void>;
  /** Opens the change-password dialog. */
  changePassword: () => void;
  /** Takes a status the service answered (e.g. after a settings change). */
  refresh: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only inside the app (the auth gate renders the pages only when signed in). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}

/** May `role` run `name`? The same table dispatch enforces (shared/commands roles). */
export const roleCan = (role: Role | undefined, name: CommandName): boolean => Boolean(role && commands[name].roles.includes(role));

/**
 * Whether the signed-in user may run a command: pages hide or disable what the role may not do,
 * reading the same roles dispatch checks, so the UI and the service never disagree.
 */
export function useCan(name: CommandName): boolean {
  return roleCan(useContext(SessionContext)?.user.role, name);
}

/**
 * Children's identities in a report export: `reports.export` is open to every role for
 * pseudonymised reports; the service lets only LEADERS add the children's details.
 */
export function useCanExportChildDetails(): boolean {
  const role = useContext(SessionContext)?.user.role;
  return Boolean(role && LEADERS.includes(role));
}

/** The signed-in user's role (undefined outside the app). */
export const useRole = (): Role | undefined => useContext(SessionContext)?.user.role;
