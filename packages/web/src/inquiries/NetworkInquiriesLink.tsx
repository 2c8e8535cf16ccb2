import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';

/** The network page's way to its inquiries (the list, filtered to the network). */
export function NetworkInquiriesLink({ slug }: { slug: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="inquiries-link-heading" className="panel">
      <h2 id="inquiries-link-heading">{t.inquiries.networkLink}</h2>
      <p>{t.inquiries.networkLinkIntro}</p>
      <p>
        <Link className="button-secondary" to={`/inquiries?network=${encodeURIComponent(slug)}`}>
          {t.inquiries.networkLink}
        </Link>
      </p>
    </section>
  );
}
