import { FormattedMessage } from 'react-intl';

/** A status word with a colour that never carries the meaning alone. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`}>
      <FormattedMessage id={`status.${status}`} defaultMessage={status} />
    </span>
  );
}
