import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { SignInDialog } from '../features/auth/components/SignInDialog';
import { useSession } from '../features/auth/hooks/useSession';
import { syncNotificationLanguage } from '../features/notifications/api/languageSync';
import { NotificationsLink } from '../features/notifications/components/NotificationsLink';
import { session } from '../lib/auth/sessionInstance';
import { LANGUAGE_NAMES, LOCALES, isLocale } from '../lib/i18n/locales';
import { useLocaleChoice } from './locale';

export function Layout() {
  const state = useSession();
  const intl = useIntl();
  const navigate = useNavigate();
  const { locale, setLocale } = useLocaleChoice();
  const signedIn = state.status === 'signed-in' || state.status === 'expired';
  const subject = state.status === 'signed-in' ? state.claims.sub : null;

  // e-mails and notification texts come in the language chosen here
  useEffect(() => {
    if (subject) {
      void syncNotificationLanguage(locale).catch(() => undefined);
    }
  }, [subject, locale]);

  function signOut() {
    // signed out here at once; the revocation at identity follows without holding the page
    void session.signOut();
    navigate('/');
  }

  return (
    <>
      <a className="skip-link" href="#main">
        <FormattedMessage id="nav.skip" />
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <FormattedMessage id="app.name" />
        </Link>
        <nav aria-label={intl.formatMessage({ id: 'nav.label' })}>
          <ul>
            {signedIn && (
              <li>
                <NavLink to="/" end>
                  <FormattedMessage id="nav.dashboard" />
                </NavLink>
              </li>
            )}
            {signedIn && (
              <li>
                <NotificationsLink />
              </li>
            )}
            {roleLinks(signedIn ? state.claims.groups : []).map(({ to, id }) => (
              <li key={to}>
                <NavLink to={to}>
                  <FormattedMessage id={id} />
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink to="/calls">
                <FormattedMessage id="nav.calls" />
              </NavLink>
            </li>
            {state.status === 'anonymous' && (
              <>
                <li>
                  <NavLink to="/signin">
                    <FormattedMessage id="nav.signIn" />
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/register">
                    <FormattedMessage id="nav.register" />
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="site-header__tools">
          <label className="language">
            <span className="visually-hidden">
              <FormattedMessage id="nav.language" />
            </span>
            <select value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          {signedIn && (
            <>
              <span className="who">{state.claims.name ?? state.claims.email}</span>
              <button type="button" className="button button--quiet" onClick={signOut}>
                <FormattedMessage id="nav.signOut" />
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" className="page">
        <Outlet />
      </main>
      <footer className="site-footer">
        <a href="/q/swagger-ui">
          <FormattedMessage id="footer.api" />
        </a>
      </footer>
      {state.status === 'expired' && <SignInDialog email={state.claims.email ?? ''} />}
    </>
  );
}

/** Each role's own screens, in the order people reach for them. */
function roleLinks(roles: string[]): { to: string; id: string }[] {
  const links: { to: string; id: string }[] = [];
  if (roles.includes('STARTUP')) links.push({ to: '/mentoring', id: 'nav.mentoring' });
  if (roles.includes('MENTOR')) links.push({ to: '/mentor/profile', id: 'nav.mentorProfile' });
  if (roles.includes('ADMIN')) {
    links.push({ to: '/admin/accounts', id: 'nav.accounts' }, { to: '/admin/clients', id: 'nav.clients' }, { to: '/admin/matching', id: 'nav.matching' });
  }
  return links;
}
