import { useId, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Alert } from './Feedback';
import { TextArea } from './Field';

interface ReasonDialogProps {
  /** The button that opens the dialog. */
  opener: ReactNode;
  title: ReactNode;
  body?: ReactNode;
  confirm: ReactNode;
  /** A reason must be given (a refusal, a conflict); otherwise it is optional. */
  required?: boolean;
  reasonLabel?: ReactNode;
  /** false for an action that takes no reason: the dialog only confirms. */
  askReason?: boolean;
  danger?: boolean;
  pending: boolean;
  /** The refusal in the person's language, when the last try failed. */
  error?: string;
  onConfirm: (reason: string, close: () => void) => void;
}

/** Asks to confirm an action that changes state, with a reason that goes into the audit trail. */
export function ReasonDialog({ opener, title, body, confirm, required = false, reasonLabel, askReason = true, danger = false, pending, error, onConfirm }: ReasonDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const close = () => {
    dialog.current?.close();
    setReason('');
    setMissing(false);
  };
  return (
    <>
      <button type="button" className={danger ? 'button button--danger' : 'button button--secondary'} onClick={() => dialog.current?.showModal()}>
        {/* one flex item, so that a <bdi> inside the sentence stays in its line */}
        <span>{opener}</span>
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (required && !reason.trim()) {
              setMissing(true);
              return;
            }
            onConfirm(reason.trim(), close);
          }}
        >
          <h2 id={titleId}>{title}</h2>
          {body && <p>{body}</p>}
          {askReason && (
            <TextArea
              label={reasonLabel ?? <FormattedMessage id={required ? 'reason.required' : 'reason.optional'} />}
              rows={3}
              maxLength={500}
              required={required}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
          {missing && (
            <Alert tone="error">
              <FormattedMessage id="reason.missing" />
            </Alert>
          )}
          {error && <Alert tone="error">{error}</Alert>}
          <div className="actions">
            <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={pending}>
              {confirm}
            </button>
            <button type="button" className="button button--quiet" onClick={close}>
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
