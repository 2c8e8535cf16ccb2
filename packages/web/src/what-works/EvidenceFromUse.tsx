/**
 * "Used in N cycles by M schools; in k of them a measure showed a signal in the better direction",
 * with links to the inquiries, on a practice's or resource's page; nothing at all when N is 0.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { getInquiryUse, whatWorksKeys } from './what-works.api.ts';

export function EvidenceFromUse({ kind, id }: { kind: 'practices' | 'resources'; id: string }) {
  const { t, fill, plural, number } = useI18n();
  const m = t.measures;
  const use = useQuery({
    queryKey: whatWorksKeys.use(kind, id),
    queryFn: ({ signal }) => getInquiryUse(kind, id, signal),
  });
  if (!use.data || use.data.cycles === 0) return null;
  const { data } = use;
  return (
    <section aria-labelledby="from-use-heading" className="panel">
      <h2 id="from-use-heading">{m.fromUse}</h2>
      <p>
        {fill(m.fromUseSentence, {
          cycles: plural(m.cycles, data.cycles),
          schools: plural(m.schools, data.schools),
          better: number(data.schoolsBetter),
        })}
      </p>
      <ul className="plain-list">
        {data.inquiries.map((inquiry) => (
          <li key={inquiry.id}>
            <Link to={`/inquiries/${inquiry.id}`}>{inquiry.title}</Link>{' '}
            <span className="hint">
              ·{' '}
              {fill(m.fromUseInquiry, {
                network: inquiry.network.name,
                cycles: plural(m.cycles, inquiry.cycles),
                schools: plural(m.schools, inquiry.schools),
              })}
              {inquiry.better ? ` · ${m.fromUseBetter}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
