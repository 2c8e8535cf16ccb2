/** On a network's page: the way to its analysis (the page itself says who may see what). */
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';

export function NetworkAnalysisLink({ slug }: { slug: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="analysis-link-heading" className="panel">
      <h2 id="analysis-link-heading">{t.analysis.link}</h2>
      <p>{t.analysis.linkHint}</p>
      <p>
        <Link className="button-secondary" to={`/networks/${slug}/analysis`}>
          {t.analysis.link}
        </Link>
      </p>
    </section>
  );
}
