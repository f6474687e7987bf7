import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { SelectField, TextField } from '../../../components/Field';
import { DateTime } from '../../../components/Formatted';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { StatusBadge } from '../../../components/StatusBadge';
import { Pager } from '../../../components/Pager';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { AgencyOptions } from '../../calls/components/AgencyOptions';
import { ROLES, reloadAccount, useAccounts, useChangeAccount, useIssueResetCode, type Account, type AccountSearch } from '../api/admin';
import { afterOwnChange, isStaleEdit, needsAgency, reread, roleFormOf, roleGrantOf, withAgency, withRole } from '../model/roleForm';

/** Find accounts by email, role and status; change roles, disable, enable, unlock, issue a password reset code. */
export function AccountManager() {
  const intl = useIntl();
  const [search, setSearch] = useState<AccountSearch>({ email: '', role: '', status: '', offset: 0 });
  const [email, setEmail] = useState('');
  const accounts = useAccounts(search);
  const total = accounts.data?.total ?? 0;
  return (
    <>
      <form className="search" role="search" onSubmit={(e) => { e.preventDefault(); setSearch((s) => ({ ...s, email, offset: 0 })); }}>
        <TextField label={<FormattedMessage id="accounts.email" />} type="search" dir="auto" value={email} onChange={(e) => setEmail(e.target.value)} />
        <SelectField label={<FormattedMessage id="accounts.role" />} value={search.role} onChange={(e) => setSearch((s) => ({ ...s, role: e.target.value, offset: 0 }))}>
          <option value="">{intl.formatMessage({ id: 'accounts.any' })}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>{intl.formatMessage({ id: `role.${r}` })}</option>
          ))}
        </SelectField>
        <SelectField label={<FormattedMessage id="accounts.status" />} value={search.status} onChange={(e) => setSearch((s) => ({ ...s, status: e.target.value, offset: 0 }))}>
          <option value="">{intl.formatMessage({ id: 'accounts.any' })}</option>
          {['ACTIVE', 'LOCKED', 'DISABLED'].map((s) => (
            <option key={s} value={s}>{intl.formatMessage({ id: `status.${s}` })}</option>
          ))}
        </SelectField>
        <button type="submit" className="button">
          <FormattedMessage id="accounts.search" />
        </button>
      </form>
      {accounts.isPending ? (
        <Loading />
      ) : accounts.isError ? (
        <Alert tone="error">{describeProblem(intl, accounts.error)}</Alert>
      ) : !accounts.data.items?.length ? (
        <Empty>
          <FormattedMessage id="accounts.none" />
        </Empty>
      ) : (
        <>
          <p role="status">
            <FormattedMessage id="accounts.count" values={{ total }} />
          </p>
          <ul className="cards">
            {accounts.data.items.map((account) => (
              <li key={account.id} className="card">
                <AccountCard account={account} />
              </li>
            ))}
          </ul>
        </>
      )}
      <Pager offset={search.offset} total={total} pageSize={20} onPage={(offset) => setSearch((s) => ({ ...s, offset }))} />
    </>
  );
}

/**
 * One account and its editor. The roles on screen keep the version of the account they started from
 * (sent as If-Match): a list read again meanwhile never turns an edit based on an older version into
 * an overwrite. A save refused as stale shows the account as it is now, to choose again from.
 */
function AccountCard({ account }: { account: Account }) {
  const intl = useIntl();
  const client = useQueryClient();
  const change = useChangeAccount(account);
  const reset = useIssueResetCode(account.id ?? '');
  const [form, setForm] = useState(() => roleFormOf(account));
  const [seen, setSeen] = useState(account);
  if (seen !== account) {
    setSeen(account);
    setForm((f) => reread(f, account));
  }
  const agencyNeeded = needsAgency(form.roles);
  const rolesChange = change.variables?.kind === 'roles';
  const status = account.status ?? 'ACTIVE';
  const idBase = `account-${account.id}`;
  const statusChange = (kind: 'disable' | 'enable' | 'unlock') => (
    <ReasonDialog
      opener={<FormattedMessage id={`accounts.${kind}`} />}
      title={<FormattedMessage id={`accounts.${kind}.title`} values={{ email: <bdi>{account.email}</bdi> }} />}
      confirm={<FormattedMessage id={`accounts.${kind}`} />}
      danger={kind === 'disable'}
      pending={change.isPending}
      error={change.isError && change.variables?.kind === kind ? describeProblem(intl, change.error) : undefined}
      onConfirm={(reason, close) => {
        const before = account.version ?? 0;
        change.mutate({ kind, reason }, {
          onSuccess: (saved) => {
            setForm((f) => afterOwnChange(f, before, saved));
            close();
          },
        });
      }}
    />
  );
  return (
    <>
      <h3>
        {account.displayName} <StatusBadge status={status} />
      </h3>
      <p className="meta">
        <bdi>{account.email}</bdi> · {account.country} · <FormattedMessage id="accounts.since" values={{ when: <DateTime value={account.createdAt ?? ''} /> }} />
      </p>
      <details>
        <summary>
          <FormattedMessage id="accounts.manage" values={{ email: <bdi>{account.email}</bdi> }} />
        </summary>
        <div className="group">
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              change.mutate({ kind: 'roles', ...roleGrantOf(form) }, {
                onSuccess: (saved) => setForm(roleFormOf(saved)),
                onError: (error) => {
                  if (isStaleEdit(error)) {
                    void reloadAccount(client, account.id ?? '').then((now) => setForm(roleFormOf(now)), () => undefined);
                  }
                },
              });
            }}
          >
            <fieldset className="group">
              <legend>
                <FormattedMessage id="accounts.roles" />
              </legend>
              <div className="checks">
                {ROLES.map((role) => (
                  <label key={role} className="check">
                    <input
                      type="checkbox"
                      checked={form.roles.includes(role)}
                      onChange={(e) => setForm((f) => withRole(f, role, e.target.checked))}
                    />
                    <FormattedMessage id={`role.${role}`} />
                  </label>
                ))}
              </div>
            </fieldset>
            {agencyNeeded && (
              <SelectField id={`${idBase}-agency`} label={<FormattedMessage id="accounts.agency" />} value={form.agency}
                onChange={(e) => setForm((f) => withAgency(f, e.target.value))} errors={fieldMessages(intl, change.error, 'agency')}>
                <AgencyOptions />
              </SelectField>
            )}
            {change.isError && rolesChange && (isStaleEdit(change.error) ? (
              <Alert tone="warning" title={<FormattedMessage id="accounts.rolesConflict.title" />}>
                <p>
                  <FormattedMessage id="accounts.rolesConflict" />
                </p>
              </Alert>
            ) : (
              <Alert tone="error">{describeProblem(intl, change.error)}</Alert>
            ))}
            {change.isSuccess && rolesChange && !form.edited && (
              <Alert tone="success">
                <FormattedMessage id="accounts.rolesSaved" />
              </Alert>
            )}
            <div className="actions">
              <button type="submit" className="button" disabled={change.isPending}>
                <FormattedMessage id="accounts.saveRoles" />
              </button>
            </div>
          </form>
          <div className="actions">
            {status === 'DISABLED' ? statusChange('enable') : statusChange('disable')}
            {status === 'LOCKED' && statusChange('unlock')}
            <button type="button" className="button button--secondary" disabled={reset.isPending} onClick={() => reset.mutate()}>
              <FormattedMessage id="accounts.resetCode" />
            </button>
          </div>
          {reset.isError && <Alert tone="error">{describeProblem(intl, reset.error)}</Alert>}
          {reset.data && (
            <Alert tone="info" title={<FormattedMessage id="accounts.resetCode.title" />}>
              <p>
                <code className="secret">{reset.data.resetCode}</code>
              </p>
              <p>
                <FormattedMessage id="accounts.resetCode.body" values={{ when: <DateTime value={reset.data.expiresAt ?? ''} /> }} />
              </p>
            </Alert>
          )}
        </div>
      </details>
    </>
  );
}
