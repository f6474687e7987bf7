import type { components } from '../../../lib/api/generated/identity';
import { ApiError } from '../../../lib/api/problem';

type Account = components['schemas']['Account'];
type Role = components['schemas']['Role'];

export const ROLES: Role[] = ['STARTUP', 'MENTOR', 'REVIEWER', 'AGENCY_ADMIN', 'ADMIN'];
export const AGENCY_ROLES: Role[] = ['REVIEWER', 'AGENCY_ADMIN'];

/**
 * The role editor of one account: the roles and agency on screen, and the version of the account
 * they started from. That version goes out as If-Match, so a save is refused when the account
 * changed since (another tab, another administrator, a script) instead of overwriting that change.
 */
export interface RoleForm {
  roles: Role[];
  agency: string;
  version: number;
  /** The administrator changed something since the form last followed the account. */
  edited: boolean;
}

export function roleFormOf(account: Account): RoleForm {
  return { roles: ROLES.filter((r) => account.roles?.includes(r)), agency: account.agency ?? '', version: account.version ?? 0, edited: false };
}

/**
 * The form once the account has been read again (a list refetched when the tab regains focus, a
 * save or status change of this page): an untouched form follows the account; edits stay with the
 * version they started from, so that their save is refused as stale rather than laid over a
 * change the administrator never saw.
 */
export function reread(form: RoleForm, account: Account): RoleForm {
  if ((account.version ?? 0) === form.version || form.edited) {
    return form;
  }
  return roleFormOf(account);
}

/**
 * After a change of this page's own that leaves the roles alone (disable, enable, unlock), made
 * when the account was at `before`: the form's base moves on to the answer's version, unless
 * something else came in between (then the version jumped further, and the next save is stale).
 */
export function afterOwnChange(form: RoleForm, before: number, saved: Account): RoleForm {
  const version = saved.version ?? 0;
  return form.version === before && version === before + 1 ? { ...form, version } : form;
}

export function withRole(form: RoleForm, role: Role, granted: boolean): RoleForm {
  const roles = ROLES.filter((r) => (r === role ? granted : form.roles.includes(r)));
  return { ...form, roles, edited: true };
}

export function withAgency(form: RoleForm, agency: string): RoleForm {
  return { ...form, agency, edited: true };
}

export function needsAgency(roles: Role[]): boolean {
  return roles.some((r) => AGENCY_ROLES.includes(r));
}

/** What the save sends: the roles, the agency only where a role needs one, and the If-Match version. */
export function roleGrantOf(form: RoleForm): { roles: Role[]; agency?: string; version: number } {
  return { roles: form.roles, agency: needsAgency(form.roles) && form.agency ? form.agency : undefined, version: form.version };
}

/** The account changed since the version the edit named (412), or at the same moment (409). */
export function isStaleEdit(error: unknown): boolean {
  return error instanceof ApiError && (error.slug === 'stale-version' || error.slug === 'concurrent-modification');
}
