/** A network's page: purpose and goal, typology facts, related networks, members and member tools. */
import { NetworkRoute } from '../ui/network-route.tsx';
import { Link } from 'react-router';
import { NetworkAnalysisLink } from '../analysis/NetworkAnalysisLink.tsx';
import type { NetworkDetail, NetworkRef } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { NetworkCollectionsLink } from '../collections/NetworkCollectionsLink.tsx';
import { WhatWorksLink } from '../what-works/WhatWorksLink.tsx';
import { NetworkInquiriesLink } from '../inquiries/NetworkInquiriesLink.tsx';
import { MembersSummary } from '../memberships/MembersSummary.tsx';
import { NetworkSurveysSection } from '../surveys/NetworkSurveysSection.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { NetworkFacts } from './NetworkFacts.tsx';
import { inReaderLanguage } from '../i18n/reader-language.ts';

export function NetworkPage() {
  return (
    <NetworkRoute title={(network) => network.name}>
      {(network) => <NetworkArticle network={network} />}
    </NetworkRoute>
  );
}

function NetworkArticle({ network }: { network: NetworkDetail }) {
  const { t, locale } = useI18n();
  const purpose = inReaderLanguage(network.purpose, network.purposeEs, locale);
  const goal = inReaderLanguage(network.goal, network.goalEs, locale);

  return (
    <article className="network">
      <header className="page-header">
        <p className="eyebrow">{t.vocab.networkKind[network.kind]}</p>
        <PageHeading title={network.name}>{network.name}</PageHeading>
        {network.permissions.update ? (
          <p>
            <Link className="button-secondary" to={`/networks/${network.slug}/edit`}>
              {t.network.edit}
            </Link>
          </p>
        ) : null}
      </header>
      <div className="network-layout">
        <div className="network-main">
          <section aria-labelledby="purpose-heading">
            <h2 id="purpose-heading">{t.network.purpose}</h2>
            <p className="prose" lang={purpose.lang}>
              {purpose.text || t.common.notSet}
            </p>
          </section>
          <section aria-labelledby="goal-heading" className="goal">
            <h2 id="goal-heading">{t.network.goal}</h2>
            <p className="prose" lang={goal.lang}>
              {goal.text || t.network.noGoal}
            </p>
          </section>
          <MembersSummary network={network} />
          {network.permissions.addMembers ? (
            <p>
              <Link to={`/networks/${network.slug}/invite`}>{t.mail.inviteLink}</Link>
            </p>
          ) : null}
          <NetworkSurveysSection network={network} />
        </div>
        <aside className="network-aside" aria-label={t.network.facts}>
          <NetworkFacts network={network} />
          <NetworkAnalysisLink slug={network.slug} />
          <NetworkCollectionsLink slug={network.slug} />
          <WhatWorksLink slug={network.slug} />
          <NetworkInquiriesLink slug={network.slug} />
          <RelatedNetworks id="parents" title={t.network.parents} networks={network.parents} />
          <RelatedNetworks id="children" title={t.network.children} networks={network.children} />
        </aside>
      </div>
    </article>
  );
}

function RelatedNetworks({ id, title, networks }: { id: string; title: string; networks: NetworkRef[] }) {
  if (networks.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>{title}</h2>
      <ul className="link-list">
        {networks.map((network) => (
          <li key={network.id}>
            <Link to={`/networks/${network.slug}`}>{network.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
