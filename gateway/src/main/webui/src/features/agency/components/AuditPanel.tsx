import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { Pager } from '../../../components/Pager';
import { describeProblem } from '../../../lib/i18n/problems';
import { useCallAudit } from '../api/agency';

/** Who did what to the call and everything in it, newest first, a page at a time. */
export function AuditPanel({ callId }: { callId: string }) {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const audit = useCallAudit(callId, offset);
  const total = audit.data?.total ?? 0;
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
          <table>
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
                  <td><DateTime value={entry.occurredAt ?? ''} /></td>
                  <td>{entry.aggregateType} · {entry.action}</td>
                  <td>{[entry.from, entry.to].filter(Boolean).join(' → ')}</td>
                  <td className="mono">{entry.actor}</td>
                  <td>{entry.reason}</td>
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
