/** The header's account area: who is signed in and the sign-out buttons, or a sign-in link. */
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { useSession } from './session-context.tsx';

export function AccountMenu() {
  const { t, fill } = useI18n();
  const { session, signOut } = useSession();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);

  if (session === undefined) return null;
  if (session === null) {
    if (location.pathname === '/sign-in') return null;
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Link className="button-secondary" to={`/sign-in?next=${next}`}>
        {t.session.signIn}
      </Link>
    );
  }

  async function end(everywhere: boolean) {
    setBusy(true);
    try {
      await signOut(everywhere);
      announce(everywhere ? t.session.signedOutEverywhere : t.session.signedOut);
      void navigate('/');
    } catch (error) {
      announce(fill(t.common.error, { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="account" role="group" aria-label={t.session.accountMenu}>
      <p className="signed-in-as">{fill(t.session.signedInAs, { name: session.person.displayName })}</p>
      <Link className="button-quiet" to="/your-data">
        {t.yourData.menuLink}
      </Link>
      <Link className="button-quiet" to="/account/email">
        {t.mail.changeEmailLink}
      </Link>
      {session.person.isAdmin ? (
        <Link className="button-quiet" to="/admin/outbox">
          {t.mail.outboxLink}
        </Link>
      ) : null}
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void end(false)}>
        {t.session.signOut}
      </button>
      <button type="button" className="button-quiet" disabled={busy} onClick={() => void end(true)}>
        {t.session.signOutEverywhere}
      </button>
    </div>
  );
}
