import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert } from '../../../components/Feedback';
import { TextArea, TextField } from '../../../components/Field';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { useDeclareConflict, useSubmitScores, type Review } from '../api/reviews';

/** Score each criterion against its rubric with a comment, and submit once; or step aside with a conflict. */
export function ScoreForm({ review }: { review: Review }) {
  const intl = useIntl();
  const criteria = review.criteria ?? [];
  const [scores, setScores] = useState(() => criteria.map(() => ({ score: '', comment: '' })));
  const [missing, setMissing] = useState(false);
  const submit = useSubmitScores(review.id ?? '');
  const conflict = useDeclareConflict(review.id ?? '');
  const set = (i: number, change: Partial<{ score: string; comment: string }>) =>
    setScores((all) => all.map((s, j) => (j === i ? { ...s, ...change } : s)));

  function send() {
    if (scores.some((s) => s.score.trim() === '' || !s.comment.trim())) {
      setMissing(true);
      return;
    }
    setMissing(false);
    submit.mutate(
      criteria.map((c, i) => ({ criterion: c.name ?? '', score: Number.parseInt(scores[i]?.score ?? '', 10), comment: scores[i]?.comment.trim() ?? '' })),
    );
  }

  return (
    <section aria-labelledby="score-title" className="panel">
      <h2 id="score-title">
        <FormattedMessage id="review.score" />
      </h2>
      <form className="form" noValidate onSubmit={(e) => { e.preventDefault(); send(); }}>
        {criteria.map((criterion, i) => (
          <fieldset key={criterion.name} className="group">
            <legend>{criterion.name}</legend>
            <p className="hint">
              <FormattedMessage
                id="review.rubric"
                values={{ max: criterion.maxScore, weight: criterion.weight, threshold: criterion.threshold }}
              />
            </p>
            <TextField
              id={`score-${i}`}
              type="number"
              min={0}
              max={criterion.maxScore}
              required
              label={<FormattedMessage id="review.points" values={{ criterion: <bdi>{criterion.name}</bdi>, max: criterion.maxScore }} />}
              value={scores[i]?.score ?? ''}
              onChange={(e) => set(i, { score: e.target.value })}
              errors={fieldMessages(intl, submit.error, `scores[${i}]`, true)}
            />
            <TextArea
              id={`comment-${i}`}
              rows={3}
              maxLength={5000}
              required
              label={<FormattedMessage id="review.comment" values={{ criterion: <bdi>{criterion.name}</bdi> }} />}
              value={scores[i]?.comment ?? ''}
              onChange={(e) => set(i, { comment: e.target.value })}
            />
          </fieldset>
        ))}
        {missing && (
          <Alert tone="error" focus>
            <FormattedMessage id="review.incomplete" />
          </Alert>
        )}
        {submit.isError && <Alert tone="error" focus>{describeProblem(intl, submit.error)}</Alert>}
        <p className="hint">
          <FormattedMessage id="review.final" />
        </p>
        <div className="actions">
          <button type="submit" className="button" disabled={submit.isPending}>
            <FormattedMessage id="review.submit" />
          </button>
          <ReasonDialog
            opener={<FormattedMessage id="review.conflict" />}
            title={<FormattedMessage id="review.conflict.title" />}
            body={<FormattedMessage id="review.conflict.body" />}
            confirm={<FormattedMessage id="review.conflict.confirm" />}
            required
            danger
            pending={conflict.isPending}
            error={conflict.isError ? describeProblem(intl, conflict.error) : undefined}
            onConfirm={(reason, close) => conflict.mutate(reason, { onSuccess: close })}
          />
        </div>
      </form>
    </section>
  );
}
