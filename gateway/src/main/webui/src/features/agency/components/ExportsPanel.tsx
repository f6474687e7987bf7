import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert } from '../../../components/Feedback';
import { downloadWithToken } from '../../../lib/api/download';
import { describeProblem } from '../../../lib/i18n/problems';

/** The call's applications, ranking and audit trail as CSV files for a spreadsheet. */
export function ExportsPanel({ callId, ranked }: { callId: string; ranked: boolean }) {
  const intl = useIntl();
  const [problem, setProblem] = useState<string | null>(null);
  const files = [
    { id: 'exports.applications', path: `/api/funding/calls/${callId}/applications/export`, name: `applications-${callId}.csv` },
    ...(ranked ? [{ id: 'exports.ranking', path: `/api/funding/calls/${callId}/ranking/export`, name: `ranking-${callId}.csv` }] : []),
    { id: 'exports.audit', path: `/api/funding/audit/export?callId=${callId}`, name: `audit-${callId}.csv` },
  ];
  return (
    <section aria-labelledby="exports-title" className="panel">
      <h2 id="exports-title">
        <FormattedMessage id="exports.title" />
      </h2>
      <ul className="actions">
        {files.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setProblem(null);
                downloadWithToken(file.path, file.name).catch((e: unknown) => setProblem(describeProblem(intl, e)));
              }}
            >
              <FormattedMessage id={file.id} />
            </button>
          </li>
        ))}
      </ul>
      {problem && <Alert tone="error">{problem}</Alert>}
    </section>
  );
}
