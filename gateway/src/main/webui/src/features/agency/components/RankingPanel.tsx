import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { Money } from '../../../components/Formatted';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeProblem } from '../../../lib/i18n/problems';
import { useAward } from '../../applications/api/applications';
import { useRanking, useShareDecision, type CallView, type RankingEntry } from '../api/agency';

/** The ranking with how it was computed and why ties fell as they did; each agency decides its own share. */
export function RankingPanel({ call, agency }: { call: CallView; agency: string }) {
  const intl = useIntl();
  const ranking = useRanking(call.id ?? '', true);
  return (
    <section aria-labelledby="ranking-title" className="panel">
      <h2 id="ranking-title">
        <FormattedMessage id="ranking.title" />
      </h2>
      <p className="hint">
        <FormattedMessage id="ranking.rule" />
      </p>
      {ranking.isPending ? (
        <Loading />
      ) : ranking.isError ? (
        <Alert tone="error">{describeProblem(intl, ranking.error)}</Alert>
      ) : !ranking.data.items?.length ? (
        <Empty>
          <FormattedMessage id="agency.noApplications" />
        </Empty>
      ) : (
        <ol className="ranking">
          {ranking.data.items.map((entry) => (
            <RankedApplication key={entry.applicationId} entry={entry} call={call} agency={agency} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RankedApplication({ entry, call, agency }: { entry: RankingEntry; call: CallView; agency: string }) {
  const intl = useIntl();
  const award = useAward(entry.applicationId ?? '', true);
  const decide = useShareDecision(entry.applicationId ?? '', call.id ?? '');
  const mine = award.data?.shares?.find((s) => s.agency === agency);
  const undecided = mine && (mine.decision ?? 'PENDING') === 'PENDING' && entry.status === 'UNDER_REVIEW';
  return (
    <li className="card">
      <h3>
        <FormattedMessage id="ranking.rank" values={{ rank: entry.rank }} /> {entry.title} <StatusBadge status={entry.status ?? ''} />
      </h3>
      <p>
        {entry.score === undefined || entry.score === null ? (
          <FormattedMessage id="ranking.unscored" />
        ) : (
          <FormattedMessage
            id="ranking.score"
            values={{ score: <FormattedNumber value={entry.score} maximumFractionDigits={2} />, reviews: entry.reviewCount ?? 0 }}
          />
        )}
        {entry.disqualified && (
          <>
            {' '}
            <strong>
              <FormattedMessage id="ranking.disqualified" />
            </strong>
          </>
        )}
      </p>
      {entry.tieBreakCode && (
        <p className="meta">
          <FormattedMessage id={`ranking.tie.${entry.tieBreakCode}`} values={{ rank: (entry.rank ?? 1) - 1 }} />
        </p>
      )}
      {award.data && (
        <ul className="shares">
          {(award.data.shares ?? []).map((share) => (
            <li key={share.agency}>
              <strong><bdi className="agency-code">{share.agency}</bdi></strong>: <Money amount={share.amount ?? 0} currency={share.currency ?? ''} /> —{' '}
              <FormattedMessage id={`award.decision.${share.decision ?? 'PENDING'}`} defaultMessage={share.decision ?? ''} />
              {share.reason && <span className="meta"> ({share.reason})</span>}
            </li>
          ))}
        </ul>
      )}
      {undecided && (
        <div className="actions">
          <ReasonDialog
            opener={<FormattedMessage id="ranking.approve" values={{ title: <bdi>{entry.title}</bdi> }} />}
            title={<FormattedMessage id="ranking.approve.title" values={{ title: <bdi>{entry.title}</bdi> }} />}
            body={
              <FormattedMessage
                id="ranking.approve.body"
                values={{ agency, amount: <Money amount={mine.amount ?? 0} currency={mine.currency ?? ''} /> }}
              />
            }
            confirm={<FormattedMessage id="ranking.approve.confirm" />}
            pending={decide.isPending}
            error={decide.isError && decide.variables?.decision === 'approve' ? describeProblem(intl, decide.error) : undefined}
            onConfirm={(reason, close) => decide.mutate({ decision: 'approve', reason }, { onSuccess: close })}
          />
          <ReasonDialog
            opener={<FormattedMessage id="ranking.refuse" values={{ title: <bdi>{entry.title}</bdi> }} />}
            title={<FormattedMessage id="ranking.refuse.title" values={{ title: <bdi>{entry.title}</bdi> }} />}
            body={<FormattedMessage id="ranking.refuse.body" />}
            confirm={<FormattedMessage id="ranking.refuse.confirm" />}
            required
            danger
            pending={decide.isPending}
            error={decide.isError && decide.variables?.decision === 'refuse' ? describeProblem(intl, decide.error) : undefined}
            onConfirm={(reason, close) => decide.mutate({ decision: 'refuse', reason }, { onSuccess: close })}
          />
        </div>
      )}
    </li>
  );
}
