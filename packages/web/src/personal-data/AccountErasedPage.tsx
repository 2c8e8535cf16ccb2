/** Where a person lands after erasing their account: signed out, told what happened. */
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

export function AccountErasedPage() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <PageHeading title={t.yourData.erasedTitle}>{t.yourData.erasedTitle}</PageHeading>
      <p className="lead">{t.yourData.erasedText}</p>
      <Link to="/">{t.yourData.erasedHome}</Link>
    </div>
  );
}
