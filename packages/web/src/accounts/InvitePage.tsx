/** Inviting people to a network by email, one at a time or from a CSV file (those who add members). */
import { problemsOf } from '../ui/form-problems.ts';
import { NetworkRoute } from '../ui/network-route.tsx';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { NetworkDetail } from '../api/types.ts';
import type { MembershipRole } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary, type Problem } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { invite, inviteFromCsv, type InvitationResult } from './accounts.api.ts';

export function InvitePage() {
  return (
    <NetworkRoute
      title={(network) => network.name}
      allowed={(network) => network.permissions.grantableRoles.length > 0}
    >
      {(network) => <Invite network={network} />}
    </NetworkRoute>
  );
}

function Invite({ network }: { network: NetworkDetail }) {
  const { t, fill, plural } = useI18n();
  const announce = useAnnounce();
  const roles = network.permissions.grantableRoles;
  const [role, setRole] = useState<MembershipRole>(
    roles.includes('member') ? 'member' : (roles[0] ?? 'member'),
  );
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [result, setResult] = useState<string | null>(null);

  const report = (answer: InvitationResult) => {
    const already = answer.invited.filter((row) => row.outcome === 'already_member').length;
    const sent = answer.invited.length - already;
    const text = [plural(t.mail.inviteResult, sent), already > 0 ? plural(t.mail.inviteAlready, already) : '']
      .filter(Boolean)
      .join(' ');
    setResult(text);
    announce(text);
  };

  async function inviteOne(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblems([]);
    setResult(null);
    try {
      report(await invite(network.id, { email: email.trim(), displayName: name.trim(), role }));
      setEmail('');
      setName('');
    } catch (error) {
      setProblems(problemsOf(error, 'invite-email'));
    } finally {
      setBusy(false);
    }
  }

  async function inviteMany(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setProblems([]);
    setResult(null);
    try {
      report(await inviteFromCsv(network.id, { csv: await file.text(), role }));
    } catch (error) {
      setProblems(problemsOf(error, 'invite-csv'));
    } finally {
      setBusy(false);
    }
  }

  const title = fill(t.mail.inviteTitle, { network: network.name });
  return (
    <div className="narrow">
      <p>
        <Link to={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t.mail.inviteIntro}</p>
      <ErrorSummary problems={problems} />
      {result ? <p role="status">{result}</p> : null}
      <Field id="invite-role" label={t.mail.inviteRole}>
        {(props) => (
          <select {...props} value={role} onChange={(event) => setRole(event.target.value as MembershipRole)}>
            {roles.map((choice) => (
              <option key={choice} value={choice}>
                {t.vocab.role[choice]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <section aria-labelledby="invite-one-title">
        <h2 id="invite-one-title">{t.mail.inviteOne}</h2>
        <form className="form" onSubmit={(event) => void inviteOne(event)} noValidate>
          <Field id="invite-email" label={t.mail.email}>
            {(props) => (
              <input
                {...props}
                type="email"
                autoComplete="off"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field id="invite-name" label={t.mail.inviteName}>
            {(props) => (
              <input
                {...props}
                type="text"
                autoComplete="off"
                required
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button-primary" disabled={busy}>
            {t.mail.inviteSubmit}
          </button>
        </form>
      </section>
      <section aria-labelledby="invite-csv-title">
        <h2 id="invite-csv-title">{t.mail.inviteCsv}</h2>
        <form className="form" onSubmit={(event) => void inviteMany(event)} noValidate>
          <Field id="invite-csv" label={t.mail.inviteCsvFile} hint={t.mail.inviteCsvHint}>
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".csv,text/csv"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <button type="submit" className="button-secondary" disabled={busy || !file}>
            {t.mail.inviteCsvSubmit}
          </button>
        </form>
      </section>
    </div>
  );
}
