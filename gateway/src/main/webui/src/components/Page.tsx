import { useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

/**
 * A screen's heading: sets the document title and, after a client-side navigation, moves focus to
 * the heading so screen reader and keyboard users start at the new content.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const intl = useIntl();
  const portal = intl.formatMessage({ id: 'app.name' });
  useEffect(() => {
    document.title = `${title} · ${portal}`;
    if (document.activeElement && document.activeElement !== document.body && !document.activeElement.closest('main')) {
      ref.current?.focus();
    }
  }, [title, portal]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
