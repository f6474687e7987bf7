import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { SelectField, TextField } from '../../../components/Field';
import { DateTime } from '../../../components/Formatted';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { AgencyOptions } from '../../calls/components/AgencyOptions';
import { AGENCY_ROLES, ROLES, useApiClients, useCreateApiClient, useRevokeApiClient, type Role } from '../api/admin';

/** Credentials for scripts: create one (its secret is shown this once), list them, revoke for good. */
export function ApiClients() {
  const intl = useIntl();
  const clients = useApiClients();
  const create = useCreateApiClient();
  const revoke = useRevokeApiClient();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [agency, setAgency] = useState('');
  const needsAgency = roles.some((r) => AGENCY_ROLES.includes(r));
  return (
    <>
      <section aria-labelledby="new-client-title" className="panel">
        <h2 id="new-client-title">
          <FormattedMessage id="clients.new" />
        </h2>
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({ name: name.trim(), roles, agency: needsAgency ? agency : undefined }, { onSuccess: () => setName('') });
          }}
        >
          <TextField id="client-name" label={<FormattedMessage id="clients.name" />} maxLength={100} value={name}
            onChange={(e) => setName(e.target.value)} errors={fieldMessages(intl, create.error, 'name')} />
          <fieldset className="group">
            <legend>
              <FormattedMessage id="clients.roles" />
            </legend>
            <div className="checks">
              {ROLES.filter((r) => r !== 'STARTUP' && r !== 'MENTOR').map((role) => (
                <label key={role} className="check">
                  <input type="checkbox" checked={roles.includes(role)}
                    onChange={(e) => setRoles((rs) => (e.target.checked ? [...rs, role] : rs.filter((r) => r !== role)))} />
                  <FormattedMessage id={`role.${role}`} />
                </label>
              ))}
            </div>
            {fieldMessages(intl, create.error, 'roles', true).length > 0 && (
              <p className="field__error">{fieldMessages(intl, create.error, 'roles', true).join(' ')}</p>
            )}
          </fieldset>
          {needsAgency && (
            <SelectField id="client-agency" label={<FormattedMessage id="accounts.agency" />} value={agency}
              onChange={(e) => setAgency(e.target.value)} errors={fieldMessages(intl, create.error, 'agency')}>
              <AgencyOptions />
            </SelectField>
          )}
          {create.isError && <Alert tone="error">{describeProblem(intl, create.error)}</Alert>}
          <div className="actions">
            <button type="submit" className="button" disabled={create.isPending}>
              <FormattedMessage id="clients.create" />
            </button>
          </div>
        </form>
        {create.data && (
          <Alert tone="warning" title={<FormattedMessage id="clients.secret.title" values={{ name: <bdi>{create.data.name}</bdi> }} />}>
            <dl className="facts">
              <div>
                <dt>client_id</dt>
                <dd><code className="secret">{create.data.clientId}</code></dd>
              </div>
              <div>
                <dt>client_secret</dt>
                <dd><code className="secret">{create.data.clientSecret}</code></dd>
              </div>
            </dl>
            <p>
              <FormattedMessage id="clients.secret.body" />
            </p>
          </Alert>
        )}
      </section>
      <section aria-labelledby="clients-title">
        <h2 id="clients-title">
          <FormattedMessage id="clients.list" />
        </h2>
        {clients.isPending ? (
          <Loading />
        ) : clients.isError ? (
          <Alert tone="error">{describeProblem(intl, clients.error)}</Alert>
        ) : !clients.data.items?.length ? (
          <Empty>
            <FormattedMessage id="clients.none" />
          </Empty>
        ) : (
          <ul className="cards">
            {clients.data.items.map((c) => (
              <li key={c.clientId} className="card">
                <h3>
                  {c.name} <StatusBadge status={c.status ?? ''} />
                </h3>
                <p className="meta">
                  <code>{c.clientId}</code> · {(c.roles ?? []).map((r) => intl.formatMessage({ id: `role.${r}` })).join(', ')}
                  {c.agency && ` · ${c.agency}`} · <DateTime value={c.createdAt ?? ''} />
                </p>
                {c.status === 'ACTIVE' && (
                  <ReasonDialog
                    opener={<FormattedMessage id="clients.revoke" values={{ name: <bdi>{c.name}</bdi> }} />}
                    title={<FormattedMessage id="clients.revoke.title" values={{ name: <bdi>{c.name}</bdi> }} />}
                    body={<FormattedMessage id="clients.revoke.body" />}
                    confirm={<FormattedMessage id="clients.revoke.confirm" />}
                    askReason={false}
                    danger
                    pending={revoke.isPending}
                    error={revoke.isError && revoke.variables === c.clientId ? describeProblem(intl, revoke.error) : undefined}
                    onConfirm={(_, close) => revoke.mutate(c.clientId ?? '', { onSuccess: close })}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
