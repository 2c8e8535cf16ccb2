/**
 * Step 4: the demo sign-ins, put on real people of the generated data so that each shows the
 * platform from one role's point of view. The password is public on purpose: it is demo data.
 */
import type { EmailBook } from './names.js';
import type { DemoPerson, DemoRegion } from './region.js';

export const DEMO_PASSWORD = 'trellis-demo-2026';
/** The network the demo sign-ins show: its coordinator, facilitator, evaluator and a member. */
export const SHOWCASE_NETWORK = 'lectura-compartida';

export interface DemoAccount {
  email: string;
  password: string;
  description: string;
}

/** Who to sign in as to see each side of Trellis (all with DEMO_PASSWORD). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.trellis.test',
    password: DEMO_PASSWORD,
    description: 'Platform administrator (regional education office)',
  },
  {
    email: 'coordinator@demo.trellis.test',
    password: DEMO_PASSWORD,
    description: 'Coordinator of Red de Lectura Compartida',
  },
  {
    email: 'facilitator@demo.trellis.test',
    password: DEMO_PASSWORD,
    description: 'Facilitator of Red de Lectura Compartida',
  },
  {
    email: 'evaluator@demo.trellis.test',
    password: DEMO_PASSWORD,
    description: 'Evaluator of Red de Lectura Compartida',
  },
  {
    email: 'member@demo.trellis.test',
    password: DEMO_PASSWORD,
    description: 'Teacher, member of Red de Lectura Compartida',
  },
  {
    email: 'teacher@demo.trellis.test',
    password: DEMO_PASSWORD,
    description: 'Teacher at a school in no network',
  },
];

/** Keeps generated people off the demo addresses. */
export function reserveDemoEmails(emails: EmailBook): void {
  for (const account of DEMO_ACCOUNTS) emails.reserve(account.email);
}

/** Gives the demo addresses and accounts to the people who hold each role; needs the networks. */
export function addDemoAccounts(region: DemoRegion): void {
  const network = region.networks.find((candidate) => candidate.row.slug === SHOWCASE_NETWORK);
  if (!network) throw new Error(`The demo region has no ${SHOWCASE_NETWORK} network`);
  const inAnyNetwork = new Set(region.networks.flatMap((candidate) => [...candidate.people.values()].flat()));
  const schoolsInNetworks = new Set(
    region.rows.memberships.map((membership) => membership.organisationId).filter(Boolean),
  );
  const loneTeacher = region.people.find(
    (person) =>
      person.organisation.row.kind === 'school' &&
      !person.leader &&
      !schoolsInNetworks.has(person.organisation.row.id) &&
      !inAnyNetwork.has(person),
  );
  const holders: (DemoPerson | undefined)[] = [
    region.otherOrganisations.find((organisation) => organisation.key === 'authority')?.staff[0],
    network.people.get('coordinator')?.[0],
    network.people.get('facilitator')?.[0],
    network.people.get('evaluator')?.[0],
    network.people.get('member')?.[0],
    loneTeacher,
  ];
  DEMO_ACCOUNTS.forEach((account, index) => {
    const person = holders[index];
    if (!person) throw new Error(`No one in the demo region for the account ${account.email}`);
    person.row.email = account.email;
    region.rows.accounts.push({ personId: person.row.id, passwordHash: '', isAdmin: index === 0 });
  });
}
