/** The frame of every page: skip link, header with navigation, language and account, main, footer. */
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { AccountMenu } from '../session/AccountMenu.tsx';
import { useSession } from '../session/session-context.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipLink}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{t.app.name}</span>
            <span className="brand-tagline">{t.app.tagline}</span>
          </Link>
          <nav aria-label={t.app.mainNav} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t.directory.title}
                </NavLink>
              </li>
              <li>
                <NavLink to="/resources">{t.resources.nav}</NavLink>
              </li>
              <li>
                <NavLink to="/practices">{t.practices.nav}</NavLink>
              </li>
              {/* Inquiries are the work of a network's people: offered once they are signed in. */}
              {session ? (
                <li>
                  <NavLink to="/inquiries">{t.inquiries.nav}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.app.footer}</p>
      </footer>
    </>
  );
}
