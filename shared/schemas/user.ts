import * as z from 'zod';

/** Who may do what (security.md "Users and roles"). */
export const ROLES = ['admin', 'leader', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Everyone signed in: reading, reports without children's identities. */
export const EVERYONE: readonly Role[] = ROLES;
/** Those who record: establishments, plans, inspections and what is found. */
export const RECORDERS: readonly Role[] = ['admin', 'leader', 'member'];
/** Those who approve plans, finalise or amend minutes, and may see children's identities in exports. */
export const LEADERS: readonly Role[] = ['admin', 'leader'];
/** Users, settings, the legal catalogue, retention. */
export const ADMINS: readonly Role[] = ['admin'];

export const RoleSchema = z.enum(ROLES);
