import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime, TimeLeft } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeProblem } from '../../../lib/i18n/problems';
import { useMyApplications, type Application } from '../api/applications';
import { nextStep } from '../model/form';

/**
 * The startup's applications: drafts to finish first (closest deadline first), then the rest,
 * each with its status and what happens next.
 */
export function ApplicationList({ me }: { me: string }) {
  const intl = useIntl();
  const applications = useMyApplications();
  if (applications.isPending) {
    return <Loading />;
  }
  if (applications.isError) {
    return <Alert tone="error">{describeProblem(intl, applications.error)}</Alert>;
  }
  const items = applications.data.items ?? [];
  const drafts = items
    .filter((a) => a.status === 'DRAFT')
    .sort((a, b) => (a.callClosesAt ?? '').localeCompare(b.callClosesAt ?? ''));
  const others = items.filter((a) => a.status !== 'DRAFT');
  return (
    <>
      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title">
          <FormattedMessage id="dashboard.drafts" />
        </h2>
        {drafts.length === 0 ? (
          <Empty>
            <FormattedMessage id="dashboard.noDrafts" />
          </Empty>
        ) : (
          <ul className="cards">
            {drafts.map((a) => (
              <ApplicationCard key={a.id} application={a} me={me} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="applications-title">
        <h2 id="applications-title">
          <FormattedMessage id="dashboard.applications" />
        </h2>
        {others.length === 0 ? (
          <Empty>
            <FormattedMessage id="dashboard.noApplications" />
          </Empty>
        ) : (
          <ul className="cards">
            {others.map((a) => (
              <ApplicationCard key={a.id} application={a} me={me} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ApplicationCard({ application, me }: { application: Application; me: string }) {
  const isOwner = application.ownerId === me;
  const draftOpen = application.status === 'DRAFT' && application.callClosesAt;
  return (
    <li className="card">
      <h3>
        <Link to={`/applications/${application.id}`}>{application.title}</Link>
      </h3>
      <p className="meta">
        {application.callTitle} · <StatusBadge status={application.status ?? ''} />
        {!isOwner && (
          <>
            {' '}
            · <FormattedMessage id="dashboard.collaborating" />
          </>
        )}
      </p>
      <p>
        <FormattedMessage id={nextStep(application.status, isOwner)} />
      </p>
      {draftOpen && (
        <p className="meta">
          <FormattedMessage
            id="dashboard.deadline"
            values={{ when: <DateTime value={application.callClosesAt!} />, left: <TimeLeft until={application.callClosesAt!} /> }}
          />
        </p>
      )}
    </li>
  );
}
