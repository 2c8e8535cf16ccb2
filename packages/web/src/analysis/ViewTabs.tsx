/**
 * Map or table, as ARIA tabs (automatic activation): Tab reaches the chosen tab, the arrow keys,
 * Home and End move between them, and the panel follows.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { View } from './selection.ts';

const VIEWS: View[] = ['map', 'table'];

export function ViewTabs({
  view,
  onChange,
  children,
}: {
  view: View;
  onChange: (view: View) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const tabs = useRef(new Map<View, HTMLButtonElement | null>());
  const move = (event: KeyboardEvent) => {
    const at = VIEWS.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? VIEWS[(at + 1) % VIEWS.length]
        : event.key === 'ArrowLeft'
          ? VIEWS[(at - 1 + VIEWS.length) % VIEWS.length]
          : event.key === 'Home'
            ? VIEWS[0]
            : event.key === 'End'
              ? VIEWS[VIEWS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={t.analysis.views.label} className="view-tabs" onKeyDown={move}>
        {VIEWS.map((candidate) => (
          <button
            key={candidate}
            ref={(element) => {
              tabs.current.set(candidate, element);
            }}
            type="button"
            role="tab"
            id={`view-tab-${candidate}`}
            aria-selected={view === candidate}
            aria-controls="view-panel"
            tabIndex={view === candidate ? 0 : -1}
            onClick={() => onChange(candidate)}
          >
            {t.analysis.views[candidate]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="view-panel" aria-labelledby={`view-tab-${view}`} className="view-panel">
        {children}
      </div>
    </>
  );
}
