import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert } from '../../../components/Feedback';
import { TextField } from '../../../components/Field';
import { SignInError } from '../../../lib/auth/session';
import { session } from '../../../lib/auth/sessionInstance';

/** How long the service asks us to wait (identity's sign-in delay, the gateway's rate limit), if it says. */
function retryAfterSeconds(problem: unknown): number | null {
  const seconds = (problem as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

/** Email and password; the identity service answers the same for every refusal, and so do we. */
export function SignInForm({ initialEmail = '', onSignedIn }: { initialEmail?: string; onSignedIn: () => void }) {
  const intl = useIntl();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await session.signIn(email.trim(), password);
      onSignedIn();
    } catch (error) {
      const status = error instanceof SignInError ? error.status : 0;
      const seconds = error instanceof SignInError ? retryAfterSeconds(error.problem) : null;
      if (status === 429 && seconds !== null) {
        setFailure(intl.formatMessage({ id: 'signIn.delayed' }, { seconds }));
        return;
      }
      setFailure(
        intl.formatMessage({
          id: status === 401 ? 'signIn.refused' : status === 429 ? 'problem.too-many-requests' : 'problem.network',
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <TextField
        label={<FormattedMessage id="account.email" />}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        label={<FormattedMessage id="account.password" />}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button className="button" type="submit" disabled={busy}>
        <FormattedMessage id={busy ? 'signIn.busy' : 'signIn.submit'} />
      </button>
    </form>
  );
}
