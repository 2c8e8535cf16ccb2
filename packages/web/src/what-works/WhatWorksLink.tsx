import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';

/** The network page's way to "what works here", beside its collections (in its aside). */
export function WhatWorksLink({ slug }: { slug: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="what-works-link-heading" className="panel">
      <h2 id="what-works-link-heading">{t.measures.whatWorks}</h2>
      <p>{t.measures.whatWorksLinkIntro}</p>
      <p>
        <Link className="button-secondary" to={`/networks/${slug}/what-works`}>
          {t.measures.whatWorksLink}
        </Link>
      </p>
    </section>
  );
}
