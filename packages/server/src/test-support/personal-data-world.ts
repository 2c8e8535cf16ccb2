/**
 * The world the personal-data tests read: two networks (one keeps erased people's ties as
 * tombstones, the other removes them), a person whose every personal field holds a marker
 * string, colleagues who name them and whom they name, closed waves with stored analyses, an
 * open wave with drafts, a reminder, and audit entries with their values in the details.
 */
import { eq, sql } from 'drizzle-orm';
import { runNextAnalysis } from '../analytics/run-analysis.js';
import { queryRows, type Database } from '../db/database.js';
import { networks } from '../networks/networks.table.js';
import type { TestClient } from './http-client.js';
import { samplePdf } from './sample-files.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
  TEST_PASSWORD,
} from './factories.js';

/** Marker strings, one per personal field; none may survive an erasure anywhere in the database. */
export const MARKERS = {
  name: 'Zqxname Marker',
  email: 'zqxemail-marker@example.org',
  expertise: 'Zqxexpertise marker',
  needs: 'Zqxneeds marker',
  editedExpertise: 'Zqxedited expertise marker',
  affiliationRole: 'Zqxrole marker',
  userAgent: 'Zqxagent-marker/1.0',
  outsideName: 'Zqxoutside Marker',
  outsideOrganisation: 'Zqxoutside organisation marker',
  draftOutsideName: 'Zqxdraft outsider marker',
  removedNetworkOutsideName: 'Zqxremoved-network outsider marker',
  draftResourceTitle: 'Zqxdraft resource marker',
} as const;

/** Another person's markers: they must never appear in the erased person's archive. */
export const OTHER_MARKERS = {
  name: 'Yqwother Name',
  email: 'yqwother-email@example.org',
  expertise: 'Yqwother expertise',
  needs: 'Yqwother needs',
} as const;

const ADVICE = {
  relation: 'advice',
  promptEn: 'Whom do you go to for advice?',
  promptEs: '¿A quién pides consejo?',
  maxNominations: 5,
};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export interface World {
  subject: { id: string; email: string };
  other: { id: string; email: string };
  colleagues: { id: string; email: string }[];
  admin: { email: string };
  kept: { id: string; waveId: string; openWaveId: string };
  removed: { id: string; waveId: string };
  /** The subject's own draft, and a resource shared with `kept` that they wrote with `other` and edited. */
  resources: { draftId: string; sharedId: string };
}

type ClientFactory = () => TestClient;

/** Signs in sending a user agent, as a browser would. */
export async function signInAs(client: TestClient, email: string, userAgent = 'vitest') {
  const response = await client.request(
    'POST',
    '/api/v1/session',
    { email, password: TEST_PASSWORD },
    { 'user-agent': userAgent },
  );
  if (response.status !== 201)
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  client.csrfToken = (response.body as { csrfToken: string }).csrfToken;
  return client;
}

async function expectOk(response: Promise<{ status: number; body: unknown }>, what: string) {
  const result = await response;
  if (result.status >= 300) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body as any;
}

/** Builds the world through the API where the API offers it, as people would have made it. */
export async function buildWorld(db: Database, client: ClientFactory): Promise<World> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const kept = await buildNetwork(db, { slug: `kept-${suffix}`, name: 'Red que conserva' });
  const removed = await buildNetwork(db, { slug: `removed-${suffix}`, name: 'Red que retira' });
  await db.update(networks).set({ erasedTies: 'remove' }).where(eq(networks.id, removed.id));
  const school = await buildOrganisation(db, { name: 'CEIP Marcador' });

  const subject = await buildPerson(db, {
    displayName: MARKERS.name,
    email: MARKERS.email,
    expertise: [MARKERS.expertise],
    needs: [MARKERS.needs],
    languages: ['es'],
    account: true,
  });
  const other = await buildPerson(db, {
    displayName: OTHER_MARKERS.name,
    email: OTHER_MARKERS.email,
    expertise: [OTHER_MARKERS.expertise],
    needs: [OTHER_MARKERS.needs],
    account: true,
  });
  const coordinator = await buildPerson(db, { email: `coordinator-${suffix}@example.org`, account: true });
  const admin = await buildPerson(db, { email: `admin-${suffix}@example.org`, isAdmin: true });
  const colleagues = [];
  for (let i = 0; i < 3; i += 1)
    colleagues.push(await buildPerson(db, { email: `colleague${i}-${suffix}@example.org`, account: true }));
  await affiliate(db, subject.id, school.id, MARKERS.affiliationRole);
  for (const network of [kept, removed]) {
    await addMember(db, network.id, { personId: coordinator.id }, 'coordinator');
    // The subject co-coordinates: not the only coordinator, so they may erase themselves.
    await addMember(db, network.id, { personId: subject.id }, 'coordinator');
    await addMember(db, network.id, { personId: other.id });
    for (const colleague of colleagues) await addMember(db, network.id, { personId: colleague.id });
  }

  const signed = async (email: string, userAgent?: string) => signInAs(client(), email, userAgent);
  const subjectClient = await signed(MARKERS.email, MARKERS.userAgent);
  const coordinatorClient = await signed(coordinator.email!);
  // A wrong password leaves a sign-in attempt under the subject's email.
  await client().request('POST', '/api/v1/session', { email: MARKERS.email, password: 'not the password' });
  // Editing one's own profile leaves the new values in the audit entry's details.
  await expectOk(
    subjectClient.patch(`/api/v1/people/${subject.id}`, {
      expertise: [MARKERS.expertise, MARKERS.editedExpertise],
    }),
    'profile edit',
  );

  const [c0, c1, c2] = [colleagues[0]!, colleagues[1]!, colleagues[2]!];
  const waveOf = async (networkId: string, title: string) => {
    const survey = await expectOk(
      coordinatorClient.post(`/api/v1/networks/${networkId}/surveys`, { title, questions: [ADVICE] }),
      'survey',
    );
    const wave = await expectOk(
      coordinatorClient.post(`/api/v1/surveys/${survey.id}/waves`, { opensOn: day(-7), closesOn: day(30) }),
      'wave',
    );
    return {
      surveyId: survey.id as string,
      waveId: wave.id as string,
      questionId: survey.questions[0].id as string,
    };
  };
  const answer = async (email: string, waveId: string, nominations: unknown[], submit = true) =>
    expectOk(
      (await signed(email)).put(`/api/v1/waves/${waveId}/response`, { nominations, submit }),
      `answer of ${email}`,
    );

  // The network that keeps tombstones: the subject names a colleague and an outsider; others name them.
  const keptWave = await waveOf(kept.id, 'Consejo');
  const q = keptWave.questionId;
  await answer(MARKERS.email, keptWave.waveId, [
    { questionId: q, personId: c0.id },
    { questionId: q, outside: { name: MARKERS.outsideName, organisation: MARKERS.outsideOrganisation } },
  ]);
  await answer(c0.email!, keptWave.waveId, [{ questionId: q, personId: subject.id }]);
  await answer(c1.email!, keptWave.waveId, [
    { questionId: q, personId: subject.id },
    { questionId: q, personId: c2.id },
  ]);
  await answer(other.email!, keptWave.waveId, [
    { questionId: q, personId: subject.id },
    { questionId: q, personId: c1.id },
  ]);
  await expectOk(coordinatorClient.post(`/api/v1/waves/${keptWave.waveId}/close`), 'close kept wave');

  // The network that removes: the same shape of answers.
  const removedWave = await waveOf(removed.id, 'Consejo');
  const r = removedWave.questionId;
  await answer(MARKERS.email, removedWave.waveId, [
    { questionId: r, personId: c0.id },
    { questionId: r, outside: { name: MARKERS.removedNetworkOutsideName } },
  ]);
  await answer(c0.email!, removedWave.waveId, [{ questionId: r, personId: subject.id }]);
  await answer(c1.email!, removedWave.waveId, [
    { questionId: r, personId: subject.id },
    { questionId: r, personId: c2.id },
  ]);
  await expectOk(coordinatorClient.post(`/api/v1/waves/${removedWave.waveId}/close`), 'close removed wave');
  while (await runNextAnalysis(db)) {
    // every queued analysis, as the server's runner would
  }

  // An open wave in the kept network: the subject's draft, a colleague's draft naming them, a reminder.
  const openWave = await waveOf(kept.id, 'Colaboración');
  await answer(
    MARKERS.email,
    openWave.waveId,
    [{ questionId: openWave.questionId, outside: { name: MARKERS.draftOutsideName } }],
    false,
  );
  await answer(
    c2.email!,
    openWave.waveId,
    [{ questionId: openWave.questionId, personId: subject.id }],
    false,
  );
  await expectOk(coordinatorClient.post(`/api/v1/waves/${openWave.waveId}/reminders`, {}), 'reminders');

  // The knowledge bank: a draft of the subject's own, and a shared resource written with `other`.
  const resource = (title: string, visibility: string, authorIds: string[]) => ({
    title,
    language: 'es',
    type: 'card',
    stages: ['primary'],
    licence: 'CC-BY-4.0',
    visibility,
    networkId: kept.id,
    authorIds,
  });
  const draft = await expectOk(
    subjectClient.post('/api/v1/resources', resource(MARKERS.draftResourceTitle, 'draft', [subject.id])),
    'draft resource',
  );
  const shared = await expectOk(
    subjectClient.post(
      '/api/v1/resources',
      resource('Círculos de diálogo', 'network', [subject.id, other.id]),
    ),
    'shared resource',
  );
  await expectOk(
    subjectClient.patch(`/api/v1/resources/${shared.id}`, { summary: 'Con un guion.', versionNote: 'Guion' }),
    'resource edit',
  );
  await expectOk(
    subjectClient.request('POST', `/api/v1/resources/${shared.id}/attachments?name=guion.pdf`, samplePdf()),
    'attachment',
  );

  return {
    resources: { draftId: draft.id, sharedId: shared.id },
    subject: { id: subject.id, email: MARKERS.email },
    other: { id: other.id, email: OTHER_MARKERS.email },
    colleagues: colleagues.map((c) => ({ id: c.id, email: c.email! })),
    admin: { email: admin.email! },
    kept: { id: kept.id, waveId: keptWave.waveId, openWaveId: openWave.waveId },
    removed: { id: removed.id, waveId: removedWave.waveId },
  };
}

/** Every row of every table in the app's schemas, as text (`select t::text`), for marker hunts. */
export async function dumpDatabase(db: Database): Promise<string[]> {
  const tables = await queryRows<{ table_schema: string; table_name: string }>(
    db,
    sql`select table_schema, table_name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      order by 1, 2`,
  );
  const rows: string[] = [];
  for (const { table_schema, table_name } of tables) {
    const found = await queryRows<{ row: string }>(
      db,
      sql`select t::text as row from ${sql.identifier(table_schema)}.${sql.identifier(table_name)} t`,
    );
    rows.push(...found.map((r) => `${table_schema}.${table_name}: ${r.row}`));
  }
  return rows;
}

/** The rows that hold any of the markers (case-insensitively: emails are stored lower-cased). */
export function rowsWithMarkers(rows: string[], markers: readonly string[]): string[] {
  const lower = markers.map((m) => m.toLowerCase());
  return rows.filter((row) => lower.some((marker) => row.toLowerCase().includes(marker)));
}

export { TEST_PASSWORD };
