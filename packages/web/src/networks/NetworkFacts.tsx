/** The typology facts of a network as a description list. */
import type { NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { levelName } from './labels.ts';

export function NetworkFacts({ network }: { network: NetworkDetail }) {
  const { t, fill } = useI18n();
  const place = [network.municipality, network.region, network.country].filter(Boolean).join(', ');
  const facts: [string, string][] = [
    [t.network.kind, t.vocab.networkKind[network.kind]],
    [
      t.network.level,
      fill(t.network.levelValue, { level: network.level, name: levelName(t, network.level) }),
    ],
    [t.network.scope, network.scopes.map((scope) => t.vocab.scope[scope]).join(', ')],
    [t.network.approach, t.vocab.approach[network.approach]],
    [t.network.status, t.vocab.status[network.status]],
    [t.network.region, place || t.common.notSet],
    [t.network.visibility, t.vocab.visibility[network.visibility]],
  ];
  return (
    <section aria-labelledby="facts-heading" className="panel">
      <h2 id="facts-heading">{t.network.facts}</h2>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
