/** One network in the directory: name, kind, level, scope, approach and member counts. */
import { Link } from 'react-router';
import type { NetworkSummary } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { levelName } from './labels.ts';

export function NetworkCard({ network }: { network: NetworkSummary }) {
  const { t, fill, plural } = useI18n();
  return (
    <article className="card network-card">
      <h3 className="card-title">
        <Link to={`/networks/${network.slug}`}>{network.name}</Link>
      </h3>
      <p className="card-kind">{t.vocab.networkKind[network.kind]}</p>
      <dl className="facts facts-compact">
        <div>
          <dt>{t.network.level}</dt>
          <dd>{fill(t.network.levelValue, { level: network.level, name: levelName(t, network.level) })}</dd>
        </div>
        <div>
          <dt>{t.network.scope}</dt>
          <dd>{network.scopes.map((scope) => t.vocab.scope[scope]).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.network.approach}</dt>
          <dd>{t.vocab.approach[network.approach]}</dd>
        </div>
        <div>
          <dt>{t.members.title}</dt>
          <dd>
            {plural(t.directory.organisations, network.memberCounts.organisations)} ·{' '}
            {plural(t.directory.people, network.memberCounts.people)}
          </dd>
        </div>
      </dl>
      {network.status !== 'active' ? <p className="badge">{t.vocab.status[network.status]}</p> : null}
    </article>
  );
}
