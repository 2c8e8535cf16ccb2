/**
 * Page headings and titles. After a client-side navigation, focus moves to the new page's `<h1>`
 * (so keyboard and screen-reader users start at the new content), and `document.title` names
 * the page. The heading mounts once the page's data is there, so focus lands on real content.
 */
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';

const PendingFocus = createContext<RefObject<boolean>>({ current: false });

export function NavigationFocusProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const pending = useRef(false);
  const lastPath = useRef(pathname);
  // A layout effect runs before any child's passive effect, so a heading that mounts in this
  // same commit already sees the flag.
  useLayoutEffect(() => {
    if (pathname !== lastPath.current) {
      lastPath.current = pathname;
      pending.current = true;
    }
  }, [pathname]);
  return <PendingFocus.Provider value={pending}>{children}</PendingFocus.Provider>;
}

/** Sets the document title to `title – Trellis`. */
export function useDocumentTitle(title: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title === t.app.name ? title : `${title} – ${t.app.name}`;
  }, [title, t.app.name]);
}

/** The page's `<h1>`: names the page in the title, and takes focus after a navigation. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const pendingFocusRef = useContext(PendingFocus);
  useDocumentTitle(title);
  useEffect(() => {
    if (pendingFocusRef.current && ref.current) {
      pendingFocusRef.current = false;
      ref.current.focus();
    }
  });
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
