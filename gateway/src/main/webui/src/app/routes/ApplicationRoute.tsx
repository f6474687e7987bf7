import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Alert, Loading } from '../../components/Feedback';
import { DateTime, TimeLeft } from '../../components/Formatted';
import { PageTitle } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { useApplication, type Application, type CallView } from '../../features/applications/api/applications';
import { ApplicationEditor } from '../../features/applications/components/ApplicationEditor';
import { ApplicationOverview } from '../../features/applications/components/ApplicationOverview';
import { AwardShares } from '../../features/applications/components/AwardShares';
import { HistoryTimeline } from '../../features/applications/components/HistoryTimeline';
import { SubmitPanel } from '../../features/applications/components/SubmitPanel';
import { WithdrawPanel } from '../../features/applications/components/WithdrawPanel';
import { useDraft } from '../../features/applications/hooks/useDraft';
import { nextStep } from '../../features/applications/model/form';
import { AttachmentsPanel } from '../../features/attachments/components/AttachmentsPanel';
import { useClaims } from '../../features/auth/hooks/useSession';
import { useAgencies, useCall } from '../../features/calls/api/calls';
import { ConsortiumPanel } from '../../features/consortium/components/ConsortiumPanel';
import { MentoringAfterAward } from '../../features/mentoring/components/MentoringAfterAward';
import { ApiError } from '../../lib/api/problem';
import { describeProblem } from '../../lib/i18n/problems';
import { RequireSignIn } from '../RequireSignIn';

export function ApplicationRoute() {
  return (
    <RequireSignIn>
      <ApplicationScreen />
    </RequireSignIn>
  );
}

function ApplicationScreen() {
  const intl = useIntl();
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const call = useCall(application.data?.callId);
  // a cancelled call is no longer public: the application is still shown, with what it says of its call
  const callGone = call.error instanceof ApiError && call.error.status === 404;
  if (application.isError || (call.isError && !callGone)) {
    return <Alert tone="error">{describeProblem(intl, application.error ?? call.error)}</Alert>;
  }
  if (!application.data || (!call.data && !callGone)) {
    return <Loading />;
  }
  const shownCall = call.data ?? { id: application.data.callId, title: application.data.callTitle, closesAt: application.data.callClosesAt };
  return <ApplicationPage key={applicationId} application={application.data} call={shownCall} />;
}

function ApplicationPage({ application, call }: { application: Application; call: CallView }) {
  const intl = useIntl();
  const claims = useClaims();
  const me = claims?.sub ?? '';
  const agencies = useAgencies();
  const agencyNames = new Map([...(agencies.data?.entries() ?? [])].map(([code, a]) => [code ?? '', a.name ?? code ?? '']));
  const isOwner = application.ownerId === me;
  const isMember = isOwner || (application.collaborators ?? []).includes(me);
  const editable = application.status === 'DRAFT' && isMember;
  const draft = useDraft(application, call, intl.locale);
  const id = application.id ?? '';
  const decided = ['AWARDED', 'REJECTED', 'WITHDRAWN'].includes(application.status ?? '');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/">
          <FormattedMessage id="nav.dashboard" />
        </Link>{' '}
        / <Link to={`/calls/${call.id}`}>{call.title}</Link>
      </p>
      <PageTitle title={draft.form.title || intl.formatMessage({ id: 'application.untitled' })}>
        {editable ? draft.form.title || <FormattedMessage id="application.untitled" /> : application.title}
      </PageTitle>
      <p className="meta">
        <StatusBadge status={application.status ?? ''} />{' '}
        <span>
          <FormattedMessage id={nextStep(application.status, isOwner)} />
        </span>
      </p>
      {application.status === 'DRAFT' && call.closesAt && (
        <p className="meta">
          <FormattedMessage id="dashboard.deadline" values={{ when: <DateTime value={call.closesAt} />, left: <TimeLeft until={call.closesAt} /> }} />
        </p>
      )}
      <div className="application-layout">
        <div className="application-main">
          {editable ? (
            <ApplicationEditor draft={draft} call={call} agencyNames={agencyNames} />
          ) : (
            <ApplicationOverview application={application} call={call} agencyNames={agencyNames} />
          )}
          <AttachmentsPanel applicationId={id} editable={editable} />
        </div>
        <div className="application-side">
          <ConsortiumPanel application={application} me={me} myName={claims?.name ?? claims?.email ?? ''} />
          {editable && (
            <SubmitPanel
              application={application}
              isOwner={isOwner}
              agencyNames={agencyNames}
              beforeCheck={() => (draft.status === 'saved' ? Promise.resolve(true) : draft.save('manual'))}
            />
          )}
          <AwardShares application={application} agencyNames={agencyNames} />
          {application.status === 'AWARDED' && <MentoringAfterAward applicationId={id} />}
          <HistoryTimeline applicationId={id} agencyNames={agencyNames} />
          {isOwner && !decided && (
            <section className="panel" aria-labelledby="withdraw-section">
              <h2 id="withdraw-section">
                <FormattedMessage id="withdraw.section" />
              </h2>
              <WithdrawPanel application={application} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
