import { FormattedMessage, useIntl } from 'react-intl';

/** Previous and next page of a list the API serves in pages; nothing when it fits on one. */
export function Pager({ offset, total, pageSize, onPage }: { offset: number; total: number; pageSize: number; onPage: (offset: number) => void }) {
  const intl = useIntl();
  if (total <= pageSize) {
    return null;
  }
  return (
    <nav className="pager" aria-label={intl.formatMessage({ id: 'common.pages' })}>
      <button type="button" className="button button--quiet" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
        <FormattedMessage id="common.previous" />
      </button>
      <button type="button" className="button button--quiet" disabled={offset + pageSize >= total} onClick={() => onPage(offset + pageSize)}>
        <FormattedMessage id="common.next" />
      </button>
    </nav>
  );
}
