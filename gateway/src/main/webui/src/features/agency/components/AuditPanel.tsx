import { useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { Pager } from '../../../components/Pager';
import { describeProblem } from '../../../lib/i18n/problems';
import { describeReason } from '../../../lib/i18n/reasons';
import { useClaims } from '../../auth/hooks/useSession';
import { useAgencies } from '../../calls/api/calls';
import { useCallAudit, type AuditEntry } from '../api/agency';

/** Who did what to the call and everything in it, newest first, a page at a time. */
export function AuditPanel({ callId }: { callId: string }) {
  const intl = useIntl();
  const me = useClaims()?.sub;
  const agencies = useAgencies();
  const [offset, setOffset] = useState(0);
  const audit = useCallAudit(callId, offset);
  const total = audit.data?.total ?? 0;
  const agencyName = (code: string) => agencies.data?.get(code)?.name ?? code;
  const label = (id: string) => intl.formatMessage({ id });
  return (
    <section aria-labelledby="audit-title" className="panel">
      <h2 id="audit-title">
        <FormattedMessage id="audit.title" />
      </h2>
      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <Alert tone="error">{describeProblem(intl, audit.error)}</Alert>
      ) : !audit.data.items?.length ? (
        <Empty>
          <FormattedMessage id="audit.empty" />
        </Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="audit-title">
          <table className="table--stack">
            <thead>
              <tr>
                <th scope="col"><FormattedMessage id="audit.when" /></th>
                <th scope="col"><FormattedMessage id="audit.what" /></th>
                <th scope="col"><FormattedMessage id="audit.change" /></th>
                <th scope="col"><FormattedMessage id="audit.actor" /></th>
                <th scope="col"><FormattedMessage id="audit.reason" /></th>
              </tr>
            </thead>
            <tbody>
              {audit.data.items.map((entry) => (
                <tr key={entry.id}>
                  <td data-label={label('audit.when')}><DateTime value={entry.occurredAt ?? ''} /></td>
                  <td data-label={label('audit.what')}>{describeAction(intl, entry, agencyName)}</td>
                  <td data-label={label('audit.change')}>{describeChange(intl, entry)}</td>
                  <td data-label={label('audit.actor')}>
                    <Actor entry={entry} me={me} />
                  </td>
                  <td data-label={label('audit.reason')}>{describeReason(intl, entry, agencyName)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager offset={offset} total={total} pageSize={20} onPage={setOffset} />
    </section>
  );
}

/** "Application · Malaysian Investment Agency approved its share"; an action this client does not know yet shows its code. */
export function describeAction(intl: IntlShape, entry: AuditEntry, agencyName: (code: string) => string): string {
  const type = entry.aggregateType ?? '';
  const [action = '', party] = (entry.action ?? '').split(':');
  const what = intl.formatMessage({ id: `audit.type.${type}`, defaultMessage: type });
  const id = `audit.action.${action}`;
  const done = intl.messages[id] ? intl.formatMessage({ id }, { agency: party ? agencyName(party) : '' }) : action;
  const showParty = party && !(typeof intl.messages[id] === 'string' && intl.messages[id].includes('{agency}'));
  return `${what} · ${done}${showParty ? ` (${agencyName(party)})` : ''}`;
}

/** "Submitted → Under review", in the reader's language; empty when the state did not change. */
export function describeChange(intl: IntlShape, entry: AuditEntry): string {
  if (!entry.to || entry.from === entry.to) {
    return '';
  }
  const status = (s: string) => intl.formatMessage({ id: `status.${s}`, defaultMessage: s });
  return entry.from ? intl.formatMessage({ id: 'audit.fromTo' }, { from: status(entry.from), to: status(entry.to) }) : status(entry.to);
}

/** The actor's name as it was when they acted; the portal's own jobs, and the reader, are said as such. */
function Actor({ entry, me }: { entry: AuditEntry; me?: string }) {
  if (entry.actor === 'system') {
    return <FormattedMessage id="audit.actor.system" />;
  }
  const name = entry.actorName ?? entry.actor ?? '';
  return (
    <bdi className={entry.actorName ? undefined : 'mono'} title={entry.actor}>
      {entry.actor === me ? <FormattedMessage id="audit.actor.you" values={{ name }} /> : name}
    </bdi>
  );
}
