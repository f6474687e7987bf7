import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/problem';
import { afterOwnChange, isStaleEdit, reread, roleFormOf, roleGrantOf, withAgency, withRole } from './roleForm';

const startup = { id: 'a1', roles: ['STARTUP' as const], version: 3 };

describe('role form', () => {
  it('starts from the account: its roles, agency and version', () => {
    expect(roleFormOf({ ...startup, roles: ['REVIEWER', 'STARTUP'], agency: 'MY-MDEC' })).toEqual({
      roles: ['STARTUP', 'REVIEWER'], agency: 'MY-MDEC', version: 3, edited: false,
    });
  });

  it('saves the roles with the version it started from, and the agency only where a role needs one', () => {
    let form = withAgency(withRole(roleFormOf(startup), 'REVIEWER', true), 'MY-MDEC');
    expect(roleGrantOf(form)).toEqual({ roles: ['STARTUP', 'REVIEWER'], agency: 'MY-MDEC', version: 3 });
    form = withRole(form, 'REVIEWER', false);
    expect(roleGrantOf(form)).toEqual({ roles: ['STARTUP'], agency: undefined, version: 3 });
  });

  it('follows the account read again while nothing was edited', () => {
    const now = { ...startup, roles: ['STARTUP' as const, 'MENTOR' as const], version: 4 };
    expect(reread(roleFormOf(startup), now)).toEqual(roleFormOf(now));
  });

  it('keeps edits with their old version when the account read again changed elsewhere: the save is then stale, not an overwrite', () => {
    const edited = withRole(roleFormOf(startup), 'ADMIN', true);
    const changedElsewhere = { ...startup, roles: ['STARTUP' as const, 'MENTOR' as const], version: 4 };
    const form = reread(edited, changedElsewhere);
    expect(form).toBe(edited);
    expect(roleGrantOf(form).version).toBe(3);
  });

  it('takes the version of its own status change, unless another change came in between', () => {
    const edited = withRole(roleFormOf(startup), 'MENTOR', true);
    expect(afterOwnChange(edited, 3, { ...startup, status: 'DISABLED', version: 4 }).version).toBe(4);
    expect(afterOwnChange(edited, 3, { ...startup, status: 'DISABLED', version: 5 }).version).toBe(3);
    expect(afterOwnChange(edited, 4, { ...startup, status: 'DISABLED', version: 5 }).version).toBe(3);
  });

  it('knows a stale edit from other refusals', () => {
    expect(isStaleEdit(new ApiError(412, { type: '/problems/stale-version' }))).toBe(true);
    expect(isStaleEdit(new ApiError(409, { type: '/problems/concurrent-modification' }))).toBe(true);
    expect(isStaleEdit(new ApiError(409, { type: '/problems/last-admin' }))).toBe(false);
    expect(isStaleEdit(new Error('offline'))).toBe(false);
  });
});
