/**
 * The sub-navigation every inquiry page shares (Overview | Driver diagram | Cycles | Measures):
 * links, not ARIA tabs, since each is its own page with its own address; the current one says so
 * with `aria-current="page"`.
 */
import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import './inquiries.css';

export function InquiryTabs({ inquiryId }: { inquiryId: string }) {
  const { t } = useI18n();
  const q = t.inquiries;
  const base = `/inquiries/${inquiryId}`;
  const tabs = [
    { to: base, label: q.overview, end: true },
    { to: `${base}/driver-diagram`, label: q.diagram, end: true },
    { to: `${base}/cycles`, label: q.cycles, end: false },
    { to: `${base}/measures`, label: q.measures, end: false },
  ];
  return (
    <nav aria-label={q.tabs} className="inquiry-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
