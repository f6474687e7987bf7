import { FormattedMessage, useIntl } from 'react-intl';
import { Alert } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { describeProblem } from '../../../lib/i18n/problems';
import { useAnswerProposal, type Match } from '../api/mentoring';

/** The proposed mentor accepts, or declines with a reason (the next best mentor is then proposed). */
export function ProposalAnswer({ match }: { match: Match }) {
  const intl = useIntl();
  const answer = useAnswerProposal(match.id ?? '');
  return (
    <section aria-labelledby="answer-title" className="panel">
      <h2 id="answer-title">
        <FormattedMessage id="proposal.answer" />
      </h2>
      {match.expiresAt && (
        <p className="hint">
          <FormattedMessage id="proposal.expires" values={{ when: <DateTime value={match.expiresAt} /> }} />
        </p>
      )}
      {answer.isError && answer.variables?.answer === 'accept' && <Alert tone="error">{describeProblem(intl, answer.error)}</Alert>}
      <div className="actions">
        <button type="button" className="button" disabled={answer.isPending} onClick={() => answer.mutate({ answer: 'accept' })}>
          <FormattedMessage id="proposal.accept" />
        </button>
        <ReasonDialog
          opener={<FormattedMessage id="proposal.decline" />}
          title={<FormattedMessage id="proposal.decline.title" />}
          body={<FormattedMessage id="proposal.decline.body" />}
          confirm={<FormattedMessage id="proposal.decline" />}
          danger
          pending={answer.isPending}
          error={answer.isError && answer.variables?.answer === 'decline' ? describeProblem(intl, answer.error) : undefined}
          onConfirm={(reason, close) => answer.mutate({ answer: 'decline', reason }, { onSuccess: close })}
        />
      </div>
    </section>
  );
}
