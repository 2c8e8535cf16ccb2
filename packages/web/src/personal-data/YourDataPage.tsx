/** "Your data": what Trellis holds about the signed-in person, a download of it, and erasure. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { PageLoading, QueryState } from '../ui/page-states.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { EraseAccountSection } from './EraseAccountSection.tsx';
import { ARCHIVE_URL, fetchSummary, type PersonalDataSummary } from './personal-data.api.ts';

export const YOUR_DATA_KEY = ['your-data'] as const;

export function YourDataPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const summary = useQuery({
    queryKey: YOUR_DATA_KEY,
    queryFn: fetchSummary,
    enabled: Boolean(session),
    staleTime: 0,
  });

  if (session === undefined) return <PageLoading />;
  if (session === null) {
    return (
      <div className="narrow">
        <PageHeading title={t.yourData.title}>{t.yourData.title}</PageHeading>
        <p className="lead">{t.yourData.signInFirst}</p>
        <Link className="button-primary" to={`/sign-in?next=${encodeURIComponent('/your-data')}`}>
          {t.yourData.signInLink}
        </Link>
      </div>
    );
  }
  if (!summary.isSuccess) return <QueryState queries={summary} />;
  return (
    <div className="narrow your-data">
      <PageHeading title={t.yourData.title}>{t.yourData.title}</PageHeading>
      <p className="lead">{t.yourData.lead}</p>
      <HoldsSection summary={summary.data} />
      <section aria-labelledby="download-title" className="panel">
        <h2 id="download-title">{t.yourData.downloadTitle}</h2>
        <p>{t.yourData.downloadText}</p>
        {/* A plain link: the browser saves the answer as the file the server names. */}
        <a className="button-primary" href={ARCHIVE_URL} download>
          {t.yourData.downloadButton}
        </a>
      </section>
      <EraseAccountSection summary={summary.data} />
    </div>
  );
}

function HoldsSection({ summary }: { summary: PersonalDataSummary }) {
  const { t, plural } = useI18n();
  const { counts } = summary;
  const lines = [
    plural(t.yourData.affiliations, counts.affiliations),
    plural(t.yourData.memberships, counts.memberships),
    plural(t.yourData.surveyResponses, counts.surveyResponses),
    plural(t.yourData.tiesReported, counts.tiesReported),
    plural(t.yourData.tiesNamingThem, counts.tiesNamingThem),
    plural(t.yourData.sessions, counts.sessions),
    plural(t.yourData.auditEntries, counts.auditEntries),
  ];
  return (
    <section aria-labelledby="holds-title" className="panel">
      <h2 id="holds-title">{t.yourData.holdsTitle}</h2>
      <ul className="your-data-list">
        <li>{t.yourData.holdsProfile}</li>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
