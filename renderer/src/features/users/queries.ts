import { useQuery } from '@tanstack/react-query';
import { call } from '../../api';

export const USERS = ['users'] as const;

export const useUsers = () => useQuery({ queryKey: USERS, queryFn: () => call('users.list', {}) });

/** A temporary password the admin can read out or write down: three groups of four letters and digits. */
export function temporaryPassword(): string {
  // No 0/o, 1/l/i: read aloud or copied by hand without mistakes.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}
