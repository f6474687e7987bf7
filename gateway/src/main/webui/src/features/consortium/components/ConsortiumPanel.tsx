import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { Alert, Loading } from '../../../components/Feedback';
import { TextArea, TextField } from '../../../components/Field';
import { DateTime } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { ApiError } from '../../../lib/api/problem';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import type { Application } from '../../applications/api/applications';
import { useAnswer, useCollaborators, useInvite, useRemoveCollaborator, useSentInvitations } from '../api/consortium';

/**
 * Who works on the application: the lead applicant and the partners who accepted its
 * invitations. The owner of a draft invites partners by e-mail address and sees what became of
 * each invitation; a partner can leave.
 */
export function ConsortiumPanel({ application, me, myName }: { application: Application; me: string; myName: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const id = application.id ?? '';
  const isOwner = application.ownerId === me;
  const collaborators = useCollaborators(id);
  const invitations = useSentInvitations(id, isOwner);
  const remove = useRemoveCollaborator(id);
  const answer = useAnswer();

  return (
    <section aria-labelledby="consortium-title" className="panel">
      <h2 id="consortium-title">
        <FormattedMessage id="consortium.title" />
      </h2>
      <p>
        <strong>
          <FormattedMessage id="consortium.lead" />
        </strong>
        {isOwner && (
          <>
            {': '}
            <FormattedMessage id="consortium.you" values={{ name: <bdi>{myName}</bdi> }} />
          </>
        )}
      </p>
      <h3>
        <FormattedMessage id="consortium.collaborators" />
      </h3>
      {collaborators.isPending ? (
        <Loading />
      ) : collaborators.isError ? (
        <Alert tone="error">{describeProblem(intl, collaborators.error)}</Alert>
      ) : (collaborators.data.items ?? []).length === 0 ? (
        <p className="empty">
          <FormattedMessage id="consortium.noCollaborators" />
        </p>
      ) : (
        <ul className="members">
          {(collaborators.data.items ?? []).map((c) => {
            const name = c.displayName ?? c.email ?? c.startupId ?? '';
            return (
              <li key={c.startupId}>
                {c.startupId === me ? <FormattedMessage id="consortium.you" values={{ name: <bdi>{myName || name}</bdi> }} /> : name}
                {c.email && c.displayName && <span className="meta"> ({c.email})</span>}
                {isOwner && (
                  <button type="button" className="button button--quiet" onClick={() => remove.mutate(c.startupId ?? '')}>
                    <FormattedMessage id="consortium.remove" values={{ name }} />
                  </button>
                )}
                {c.startupId === me && (
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => remove.mutate(me, { onSuccess: () => navigate('/') })}
                  >
                    <FormattedMessage id="consortium.leave" />
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {remove.isError && <Alert tone="error">{describeProblem(intl, remove.error)}</Alert>}

      {isOwner && application.status === 'DRAFT' && <InviteForm applicationId={id} />}

      {isOwner && (invitations.data?.items ?? []).length > 0 && (
        <>
          <h3>
            <FormattedMessage id="consortium.invitations" />
          </h3>
          <ul className="members">
            {(invitations.data?.items ?? []).map((invitation) => (
              <li key={invitation.id}>
                {invitation.email} <StatusBadge status={invitation.status ?? ''} />{' '}
                <span className="meta">
                  <DateTime value={invitation.invitedAt ?? ''} />
                </span>
                {invitation.status === 'PENDING' && (
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => answer.mutate({ id: invitation.id ?? '', answer: 'revoke' })}
                  >
                    <FormattedMessage id="consortium.revoke" values={{ email: invitation.email }} />
                  </button>
                )}
              </li>
            ))}
          </ul>
          {answer.isError && <Alert tone="error">{describeProblem(intl, answer.error)}</Alert>}
        </>
      )}
    </section>
  );
}

function InviteForm({ applicationId }: { applicationId: string }) {
  const intl = useIntl();
  const invite = useInvite(applicationId);
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    if (!email.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    invite.mutate(
      { email: email.trim(), message: message.trim() || undefined },
      {
        onSuccess: (invitation) => {
          setSent(invitation.email ?? email);
          setEmail('');
          setMessage('');
        },
      },
    );
  }

  const fieldProblem = invite.error instanceof ApiError && invite.error.slug !== 'validation';
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">
        <FormattedMessage id="consortium.invite.title" />
      </h3>
      <p className="hint">
        <FormattedMessage id="consortium.invite.hint" />
      </p>
      <TextField
        label={<FormattedMessage id="consortium.invite.email" />}
        type="email"
        autoComplete="off"
        maxLength={254}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        errors={[
          ...(missing ? [intl.formatMessage({ id: 'rule.NotBlank' })] : []),
          ...fieldMessages(intl, invite.error, 'email'),
          ...(fieldProblem ? [describeProblem(intl, invite.error)] : []),
        ]}
      />
      <TextArea
        label={<FormattedMessage id="consortium.invite.message" />}
        rows={3}
        maxLength={1000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={invite.isPending}>
        <FormattedMessage id="consortium.invite.submit" />
      </button>
      {sent && (
        <Alert tone="success">
          <FormattedMessage id="consortium.invite.sent" values={{ email: sent }} />
        </Alert>
      )}
      {invite.isError && !(invite.error instanceof ApiError) && <Alert tone="error">{describeProblem(intl, invite.error)}</Alert>}
    </form>
  );
}
