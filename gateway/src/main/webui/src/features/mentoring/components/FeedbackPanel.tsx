import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Loading } from '../../../components/Feedback';
import { TextArea } from '../../../components/Field';
import { describeProblem } from '../../../lib/i18n/problems';
import { useFeedback, useGiveFeedback } from '../api/mentoring';

/** Each side rates the other once (1 to 5) with an optional comment; both ratings are shown to both. */
export function FeedbackPanel({ matchId, me, canGive }: { matchId: string; me: string; canGive: boolean }) {
  const intl = useIntl();
  const feedback = useFeedback(matchId);
  const give = useGiveFeedback(matchId);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const items = feedback.data?.items ?? [];
  const given = items.some((f) => f.authorId === me);
  return (
    <section aria-labelledby="feedback-title" className="panel">
      <h2 id="feedback-title">
        <FormattedMessage id="feedback.title" />
      </h2>
      {feedback.isPending ? (
        <Loading />
      ) : feedback.isError ? (
        <Alert tone="error">{describeProblem(intl, feedback.error)}</Alert>
      ) : (
        <ul>
          {items.map((f) => (
            <li key={f.id}>
              <strong>
                <FormattedMessage id={`feedback.side.${f.side}`} />
              </strong>
              : <FormattedMessage id="feedback.rating" values={{ rating: f.rating }} />
              {f.comment && <> — {f.comment}</>}
            </li>
          ))}
          {!items.length && (
            <li>
              <FormattedMessage id="feedback.none" />
            </li>
          )}
        </ul>
      )}
      {canGive && !given && !feedback.isPending && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!rating) {
              setMissing(true);
              return;
            }
            setMissing(false);
            give.mutate({ rating, comment: comment.trim() || undefined });
          }}
        >
          <fieldset className="group">
            <legend>
              <FormattedMessage id="feedback.yourRating" />
            </legend>
            <div className="checks">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="check">
                  <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
                  <FormattedMessage id="feedback.stars" values={{ n }} />
                </label>
              ))}
            </div>
          </fieldset>
          <TextArea id="feedback-comment" rows={3} maxLength={2000} label={<FormattedMessage id="feedback.comment" />}
            value={comment} onChange={(e) => setComment(e.target.value)} />
          {missing && (
            <Alert tone="error">
              <FormattedMessage id="feedback.chooseRating" />
            </Alert>
          )}
          {give.isError && <Alert tone="error">{describeProblem(intl, give.error)}</Alert>}
          <div className="actions">
            <button type="submit" className="button" disabled={give.isPending}>
              <FormattedMessage id="feedback.submit" />
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
