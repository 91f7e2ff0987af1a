/**
 * Who is asking. Every request has exactly one principal, decided at the HTTP edge (API key, JWT
 * or the configured anonymous role) before any resolver runs; nothing a client sends in a body
 * or a custom header can change it.
 */

/** Roles, each including every role before it. */
export const ROLES = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Stable identity recorded on writes and in the audit log: `key:alice`, `jwt:<sub>`, `anonymous`. */
  readonly id: string;
  readonly role: Role;
  readonly kind: 'key' | 'jwt' | 'anonymous' | 'system';
}

/** True when `principal` holds `required` or a role above it. */
export function hasRole(principal: Principal, required: Role): boolean {
  return ROLES.indexOf(principal.role) >= ROLES.indexOf(required);
}

/** Personal data is shown in clear from ANALYST up; VIEWER sees it masked. */
export function seesPersonalData(principal: Principal): boolean {
  return hasRole(principal, 'ANALYST');
}

/** The principal of in-process jobs (seed, importers run from the command line, tests). */
export function systemPrincipal(name: string): Principal {
  return { id: `system:${name}`, role: 'ADMIN', kind: 'system' };
}
