import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeProblem } from '../../../lib/i18n/problems';
import { requestOf, useMentorProfile, useMyMatches, type Match } from '../api/mentoring';

/** A mentor's start: its rating and room, proposals waiting for an answer, its mentees, earlier matches. */
export function MentorDashboard() {
  const intl = useIntl();
  const profile = useMentorProfile();
  const matches = useMyMatches();
  if (profile.isPending || matches.isPending) {
    return <Loading />;
  }
  if (profile.isError || matches.isError) {
    return <Alert tone="error">{describeProblem(intl, profile.error ?? matches.error)}</Alert>;
  }
  if (!profile.data) {
    return (
      <section aria-labelledby="mentor-start-title" className="panel">
        <h2 id="mentor-start-title">
          <FormattedMessage id="mentor.noProfile.title" />
        </h2>
        <p>
          <FormattedMessage id="mentor.noProfile.body" />
        </p>
        <Link className="button" to="/mentor/profile">
          <FormattedMessage id="mentor.noProfile.create" />
        </Link>
      </section>
    );
  }
  const p = profile.data;
  const mine = (matches.data.items ?? []).filter((m) => m.mentorId === p.id);
  const by = (status: string) => mine.filter((m) => m.status === status);
  return (
    <>
      <section aria-labelledby="mentor-profile-title" className="panel">
        <h2 id="mentor-profile-title">
          <FormattedMessage id="mentor.profile" />
        </h2>
        <p>
          <FormattedMessage id="mentor.load" values={{ load: p.load ?? 0, capacity: p.capacity ?? 0 }} />
          {' · '}
          {p.ratingCount ? (
            <FormattedMessage
              id="mentor.rating"
              values={{ rating: <FormattedNumber value={p.averageRating ?? 0} maximumFractionDigits={1} />, count: p.ratingCount }}
            />
          ) : (
            <FormattedMessage id="mentor.noRating" />
          )}
          {!p.active && (
            <>
              {' · '}
              <strong>
                <FormattedMessage id="mentor.paused" />
              </strong>
            </>
          )}
        </p>
        <Link to="/mentor/profile">
          <FormattedMessage id="mentor.editProfile" />
        </Link>
      </section>
      <MatchList titleId="mentor.proposals" emptyId="mentor.noProposals" matches={by('PROPOSED')} />
      <MatchList titleId="mentor.mentees" emptyId="mentor.noMentees" matches={by('ACCEPTED')} />
      {by('ENDED').length > 0 && <MatchList titleId="mentor.past" emptyId="mentor.noMentees" matches={by('ENDED')} />}
    </>
  );
}

function MatchList({ titleId, emptyId, matches }: { titleId: string; emptyId: string; matches: Match[] }) {
  const id = `${titleId.replace('.', '-')}-title`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        <FormattedMessage id={titleId} values={{ count: matches.length }} />
      </h2>
      {!matches.length ? (
        <Empty>
          <FormattedMessage id={emptyId} />
        </Empty>
      ) : (
        <ul className="cards">
          {matches.map((m) => {
            const request = requestOf(m);
            return (
              <li key={m.id} className="card">
                <h3>
                  <Link to={`/matches/${m.id}`}>{request?.startupName || request?.sector || m.id}</Link> <StatusBadge status={m.status ?? ''} />
                </h3>
                <p className="meta">
                  {(request?.needs ?? []).join(', ')} ·{' '}
                  <FormattedMessage id="mentor.proposedAt" values={{ when: <DateTime value={m.proposedAt ?? ''} /> }} />
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
