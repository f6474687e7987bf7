import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

export function Loading({ label }: { label?: ReactNode }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? <FormattedMessage id="common.loading" />}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A message that screen readers announce as it appears; errors take focus so keyboard users land on them. */
export function Alert({ tone, title, children, focus = false }: { tone: 'error' | 'success' | 'info' | 'warning'; title?: ReactNode; children?: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) {
      ref.current?.focus();
    }
  }, [focus]);
  return (
    <div ref={ref} className={`alert alert--${tone}`} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'} tabIndex={focus ? -1 : undefined}>
      {title && <p className="alert__title">{title}</p>}
      {children}
    </div>
  );
}
