/**
 * The small world the crash test starts from, written straight to the database before the first
 * start (so that a cycle does not wait for the demo region): an administrator, a few respondents
 * who can sign in, and people to add as members.
 */
import { randomBytes } from 'node:crypto';
import { accounts } from '../../accounts/accounts.table.js';
import { hashPassword } from '../../accounts/passwords.js';
import type { Database } from '../../db/database.js';
import { people } from '../../people/people.table.js';

export const RESPONDENTS = 3;
const OTHER_PEOPLE = 30;

export interface Fixture {
  password: string;
  adminEmail: string;
  respondentEmails: string[];
  /** People without accounts, added to networks by the membership writes. */
  personIds: string[];
}

/** Writes the fixture; the password is random for each run. */
export async function seedFixture(db: Database): Promise<Fixture> {
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const adminEmail = 'crash-admin@example.org';
  const respondentEmails = Array.from(
    { length: RESPONDENTS },
    (_, index) => `crash-respondent-${index + 1}@example.org`,
  );
  const withAccounts = await db
    .insert(people)
    .values([
      { displayName: 'Crash Test Admin', email: adminEmail, kinds: ['leader'] },
      ...respondentEmails.map((email, index) => ({
        displayName: `Crash Respondent ${index + 1}`,
        email,
        kinds: ['teacher' as const],
      })),
    ])
    .returning({ id: people.id, email: people.email });
  await db.insert(accounts).values(
    withAccounts.map((person) => ({
      personId: person.id,
      passwordHash,
      isAdmin: person.email === adminEmail,
    })),
  );
  const others = await db
    .insert(people)
    .values(
      Array.from({ length: OTHER_PEOPLE }, (_, index) => ({
        displayName: `Crash Member ${index + 1}`,
        kinds: ['teacher' as const],
      })),
    )
    .returning({ id: people.id });
  return { password, adminEmail, respondentEmails, personIds: others.map((person) => person.id) };
}
