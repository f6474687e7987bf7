import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert } from '../../../components/Feedback';
import { TextField } from '../../../components/Field';
import { describeProblem } from '../../../lib/i18n/problems';
import { useWithdraw, type Application } from '../api/applications';

/** The owner withdraws before a decision, saying why if it wants to; asked to confirm first. */
export function WithdrawPanel({ application }: { application: Application }) {
  const intl = useIntl();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const withdraw = useWithdraw(application.id ?? '', () => reason.trim());
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => dialog.current?.showModal()}>
        <FormattedMessage id="withdraw.open" />
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="withdraw-title">
        <form
          method="dialog"
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            withdraw.mutate(undefined, { onSuccess: () => dialog.current?.close() });
          }}
        >
          <h2 id="withdraw-title">
            <FormattedMessage id="withdraw.title" />
          </h2>
          <p>
            <FormattedMessage id="withdraw.body" />
          </p>
          <TextField label={<FormattedMessage id="withdraw.reason" />} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          {withdraw.isError && <Alert tone="error">{describeProblem(intl, withdraw.error)}</Alert>}
          <div className="actions">
            <button type="submit" className="button button--danger" disabled={withdraw.isPending}>
              <FormattedMessage id="withdraw.confirm" />
            </button>
            <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
