import { useId } from 'react';
import { FormattedMessage, FormattedNumber } from 'react-intl';
import type { ScoreItem } from '../api/mentoring';

/** Why a mentor and a request scored what they did: points per criterion out of its maximum, and what matched. */
export function ScoreExplanation({ items, score, level = 2 }: { items: ScoreItem[]; score?: number; level?: 2 | 4 }) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h4';
  return (
    <section aria-labelledby={titleId} className={level === 2 ? 'panel' : undefined}>
      <Heading id={titleId}>
        <FormattedMessage id="explain.title" />
      </Heading>
      {score !== undefined && (
        <p className="lead">
          <FormattedMessage id="explain.total" values={{ score: <FormattedNumber value={score} maximumFractionDigits={1} /> }} />
        </p>
      )}
      <dl className="explanation">
        {items.map((item) => (
          <div key={item.criterion}>
            <dt>
              <FormattedMessage id={`explain.${item.criterion}`} defaultMessage={item.criterion} />
            </dt>
            <dd>
              <FormattedMessage
                id="explain.points"
                values={{
                  points: <FormattedNumber value={item.points ?? 0} maximumFractionDigits={1} />,
                  max: <FormattedNumber value={item.maxPoints ?? 0} maximumFractionDigits={1} />,
                }}
              />
              {(item.matched ?? []).length > 0 && (
                <>
                  {' — '}
                  <FormattedMessage id="explain.matched" values={{ what: <bdi>{(item.matched ?? []).join(', ')}</bdi> }} />
                </>
              )}
              <meter min={0} max={item.maxPoints || 1} value={item.points ?? 0} aria-hidden="true" />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
