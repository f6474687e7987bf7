import { useState } from 'react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { downloadWithToken } from '../../../lib/api/download';
import { describeProblem } from '../../../lib/i18n/problems';
import { useMatchingRun, useMatchingRuns, useStartMatchingRun, type MatchingRun } from '../api/mentoring';
import { ScoreExplanation } from './ScoreExplanation';

/** An administrator runs batch matching and reads each run: every proposal with its score and why. */
export function MatchingRuns() {
  const intl = useIntl();
  const runs = useMatchingRuns();
  const start = useStartMatchingRun();
  const [chosen, setChosen] = useState<string>();
  const shown = chosen ?? start.data?.id ?? runs.data?.items?.[0]?.id;
  return (
    <>
      <section aria-labelledby="run-now-title" className="panel">
        <h2 id="run-now-title">
          <FormattedMessage id="runs.runNow" />
        </h2>
        <p>
          <FormattedMessage id="runs.explain" />
        </p>
        <button type="button" className="button" disabled={start.isPending} onClick={() => start.mutate(undefined, { onSuccess: (r) => setChosen(r.id) })}>
          <FormattedMessage id="runs.start" />
        </button>
        {start.isError && <Alert tone="error">{describeProblem(intl, start.error)}</Alert>}
        {start.data && (
          <Alert tone="success">
            <FormattedMessage id="runs.done" values={{ proposed: start.data.proposedCount, requests: start.data.requestCount }} />
          </Alert>
        )}
      </section>
      <section aria-labelledby="runs-title">
        <h2 id="runs-title">
          <FormattedMessage id="runs.title" />
        </h2>
        {runs.isPending ? (
          <Loading />
        ) : runs.isError ? (
          <Alert tone="error">{describeProblem(intl, runs.error)}</Alert>
        ) : !runs.data.items?.length ? (
          <Empty>
            <FormattedMessage id="runs.none" />
          </Empty>
        ) : (
          <ul className="runs">
            {runs.data.items.map((run) => (
              <li key={run.id}>
                <button type="button" className="link" aria-pressed={run.id === shown} onClick={() => setChosen(run.id)}>
                  <DateTime value={run.startedAt ?? ''} />
                </button>{' '}
                <FormattedMessage id="runs.summary" values={{ proposed: run.proposedCount, requests: run.requestCount, mentors: run.mentorCount }} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {shown && <RunDetail id={shown} />}
    </>
  );
}

function RunDetail({ id }: { id: string }) {
  const intl = useIntl();
  const run = useMatchingRun(id);
  const [problem, setProblem] = useState<string | null>(null);
  if (run.isPending) {
    return <Loading />;
  }
  if (run.isError) {
    return <Alert tone="error">{describeProblem(intl, run.error)}</Alert>;
  }
  const r: MatchingRun = run.data;
  return (
    <section aria-labelledby="run-title" className="panel">
      <h2 id="run-title">
        <FormattedMessage id="runs.detail" values={{ when: <DateTime value={r.startedAt ?? ''} /> }} />
      </h2>
      <p>
        <FormattedMessage
          id="runs.totals"
          values={{
            proposed: r.proposedCount,
            requests: r.requestCount,
            mentors: r.mentorCount,
            total: <FormattedNumber value={r.totalScore ?? 0} maximumFractionDigits={1} />,
            ms: r.durationMs,
          }}
        />
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setProblem(null);
          downloadWithToken(`/api/mentorship/matching-runs/${id}/export`, `matching-run-${id}.csv`).catch((e: unknown) =>
            setProblem(describeProblem(intl, e)),
          );
        }}
      >
        <FormattedMessage id="runs.csv" />
      </button>
      {problem && <Alert tone="error">{problem}</Alert>}
      {(r.proposals ?? []).map((p) => (
        <article key={p.matchId} className="card">
          <h3>
            <FormattedMessage
              id="runs.proposal"
              values={{ startup: p.startupName || intl.formatMessage({ id: 'match.aStartup' }), mentor: p.mentorName }}
            />{' '}
            <StatusBadge status={p.status ?? ''} />
          </h3>
          <ScoreExplanation items={p.explanation ?? []} score={p.score} level={4} />
        </article>
      ))}
      {(r.unmatchedRequestIds ?? []).length > 0 && (
        <p className="meta">
          <FormattedMessage id="runs.unmatched" values={{ count: (r.unmatchedRequestIds ?? []).length }} />
        </p>
      )}
    </section>
  );
}
