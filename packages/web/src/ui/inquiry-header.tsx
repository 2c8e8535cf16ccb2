/**
 * The heading every inquiry page starts with, the measure pages included: back to the list, the
 * network, the title, and the sub-navigation (Overview | Driver diagram | Cycles | Measures). It
 * lives here, below the areas, because inquiries/ and measures/ both draw it and measures/ may not
 * import inquiries/ (which embeds practices/, which embeds what-works/, which draws measures/).
 */
import { Link, NavLink } from 'react-router';
import type { InquiryDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from './page-heading.tsx';
import './inquiry-header.css';

export type InquiryTab = 'overview' | 'diagram' | 'cycles' | 'measures';

interface HeaderProps {
  inquiry: InquiryDetail;
  /** The page's own name, shown before the inquiry's title; none on the overview. */
  title?: string;
  /** The tab a page below a tab's address belongs to (a measure's page, under Measures). */
  current?: InquiryTab;
}

export function InquiryHeader({ inquiry, title, current }: HeaderProps) {
  const { t } = useI18n();
  const q = t.inquiries;
  return (
    <header className="page-header inquiry-header">
      <p>
        <Link to="/inquiries">← {q.backToList}</Link>
      </p>
      <p className="eyebrow">
        <Link to={`/networks/${inquiry.network.slug}`}>{inquiry.network.name}</Link> ·{' '}
        {q.vocab.status[inquiry.status]} · {q.vocab.outcome[inquiry.outcome]}
      </p>
      <div lang={inquiry.language}>
        <PageHeading title={title ? `${title} · ${inquiry.title}` : inquiry.title}>
          {title ? (
            <>
              {title}
              <span className="heading-context" lang={inquiry.language}>
                {' · '}
                {inquiry.title}
              </span>
            </>
          ) : (
            inquiry.title
          )}
        </PageHeading>
      </div>
      <InquiryTabs inquiryId={inquiry.id} current={current} />
    </header>
  );
}

/**
 * Links, not ARIA tabs, since each is its own page with its own address; the current one says so
 * with `aria-current="page"`, found from the address unless the page names it.
 */
export function InquiryTabs({ inquiryId, current }: { inquiryId: string; current?: InquiryTab | undefined }) {
  const { t } = useI18n();
  const q = t.inquiries;
  const base = `/inquiries/${inquiryId}`;
  const tabs = [
    { key: 'overview', to: base, label: q.overview, end: true },
    { key: 'diagram', to: `${base}/driver-diagram`, label: q.diagram, end: true },
    { key: 'cycles', to: `${base}/cycles`, label: q.cycles, end: false },
    { key: 'measures', to: `${base}/measures`, label: q.measures, end: false },
  ] as const;
  return (
    <nav aria-label={q.tabs} className="inquiry-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.key}>
            {current ? (
              <Link to={tab.to} aria-current={tab.key === current ? 'page' : undefined}>
                {tab.label}
              </Link>
            ) : (
              <NavLink to={tab.to} end={tab.end}>
                {tab.label}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
