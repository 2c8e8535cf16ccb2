import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The network page's way to its collections and its bank activity (in its aside, beside the
 * analysis link); both are open to whoever sees the network, as the server's rules are.
 */
export function NetworkCollectionsLink({ slug }: { slug: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="collections-link-heading" className="panel">
      <h2 id="collections-link-heading">{t.collections.title}</h2>
      <p>{t.collections.intro}</p>
      <p>
        <Link className="button-secondary" to={`/networks/${slug}/collections`}>
          {t.collections.link}
        </Link>
      </p>
      <p>
        <Link to={`/networks/${slug}/bank-activity`}>{t.collections.activityLink}</Link>
      </p>
    </section>
  );
}
