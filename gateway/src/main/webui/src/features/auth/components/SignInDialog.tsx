import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { session } from '../../../lib/auth/sessionInstance';
import { SignInForm } from './SignInForm';

/**
 * The session ended mid-work (it expired or was ended elsewhere). The page underneath stays as
 * it is, with everything typed, and the request that failed is sent again once signed in.
 */
export function SignInDialog({ email }: { email: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      element.showModal();
    }
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="session-ended-title" onCancel={() => session.giveUp()}>
      <h2 id="session-ended-title">
        <FormattedMessage id="session.ended.title" />
      </h2>
      <p>
        <FormattedMessage id="session.ended.body" />
      </p>
      <SignInForm initialEmail={email} onSignedIn={() => dialog.current?.close()} />
      <button type="button" className="button button--quiet" onClick={() => session.giveUp()}>
        <FormattedMessage id="session.ended.giveUp" />
      </button>
    </dialog>
  );
}
