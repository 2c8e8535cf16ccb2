/**
 * The app's one polite live region. Anything that changes without a page load (saved, added,
 * signed out, more results) is announced here, and shown, so sighted users get the same news.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

type Announce = (message: string) => void;
const StatusContext = createContext<Announce>(() => {});

// A message set just before a navigation (e.g. "Saved", then back to the page) must survive it.
const SURVIVES_NAVIGATION_MS = 1500;
// Long enough to read twice; screen readers have announced it by then.
const SHOWN_FOR_MS = 8000;

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', at: 0 });
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);

  const announce = useCallback<Announce>((text) => {
    // Clearing first makes screen readers repeat a message identical to the previous one.
    setMessage({ text: '', at: 0 });
    window.setTimeout(() => setMessage({ text, at: Date.now() }), 50);
  }, []);

  useEffect(() => {
    if (!message.text) return;
    const timer = window.setTimeout(() => setMessage({ text: '', at: 0 }), SHOWN_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    setMessage((current) =>
      Date.now() - current.at > SURVIVES_NAVIGATION_MS ? { text: '', at: 0 } : current,
    );
  }, [pathname]);

  return (
    <StatusContext.Provider value={announce}>
      <div role="status" aria-live="polite" aria-atomic="true" className="status-message">
        {message.text}
      </div>
      {children}
    </StatusContext.Provider>
  );
}

/** Returns `announce(message)`, which shows and speaks a status message. */
export const useAnnounce = () => useContext(StatusContext);
