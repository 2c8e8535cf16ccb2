import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

/** Shown for any address the app has no page for. */
export function NotFoundPage({ title, body }: { title?: string; body?: string }) {
  const { t } = useI18n();
  const heading = title ?? t.notFound.title;
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p>{body ?? t.notFound.body}</p>
      <p>
        <Link to="/">{t.network.backToDirectory}</Link>
      </p>
    </>
  );
}
