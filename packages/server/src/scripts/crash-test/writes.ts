/** The writes the crash test makes over HTTP: setting up its survey, then a mix of real API writes until the kill. */
import { ApiClient } from './api-client.js';
import type { Fixture } from './fixture.js';
import { saveNames, type Ledger } from './ledger.js';

/** What the setup made: a home network, its survey's open wave, and the signed-in clients. */
export interface World {
  admin: ApiClient;
  respondents: ApiClient[];
  respondentIds: string[];
  homeId: string;
  waveId: string;
  questionId: string;
  personIds: string[];
}

/** Concurrent loops creating networks and adding members, beside one save loop per respondent. */
const NETWORK_LOOPS = 3;

/** Signs everyone in and makes the home network, its members and an open survey wave (all through the API). */
export async function setUpWorld(base: string, fixture: Fixture): Promise<World> {
  const admin = new ApiClient();
  admin.base = base;
  await admin.signIn(fixture.adminEmail, fixture.password);
  const respondents = fixture.respondentEmails.map(() => new ApiClient());
  const respondentIds: string[] = [];
  for (const [index, client] of respondents.entries()) {
    client.base = base;
    respondentIds.push((await client.signIn(fixture.respondentEmails[index]!, fixture.password)).personId);
  }
  const home = await created<{ id: string }>(
    admin.write('POST', '/api/v1/networks', {
      name: 'Crash test home',
      slug: 'crash-home',
      kind: 'pln',
      level: 1,
      scopes: ['within'],
      approach: 'enabled',
    }),
  );
  for (const personId of respondentIds) {
    await created(
      admin.write('POST', `/api/v1/networks/${home.id}/memberships`, { personId, role: 'member' }),
    );
  }
  const survey = await created<{ id: string; questions: { id: string }[] }>(
    admin.write('POST', `/api/v1/networks/${home.id}/surveys`, {
      title: 'Crash test survey',
      questions: [
        {
          relation: 'advice',
          promptEn: 'Whom do you ask for advice?',
          promptEs: '¿A quién pides consejo?',
          maxNominations: 5,
        },
      ],
    }),
  );
  const day = 24 * 60 * 60 * 1000;
  const wave = await created<{ id: string }>(
    admin.write('POST', `/api/v1/surveys/${survey.id}/waves`, {
      opensOn: isoDate(Date.now() - day),
      closesOn: isoDate(Date.now() + 60 * day),
    }),
  );
  return {
    admin,
    respondents,
    respondentIds,
    homeId: home.id,
    waveId: wave.id,
    questionId: survey.questions[0]!.id,
    personIds: fixture.personIds,
  };
}

/** Points every client at the restarted server (a new port each start). */
export function moveWorld(world: World, base: string): void {
  for (const client of [world.admin, ...world.respondents]) client.base = base;
}

/** Counts requests in flight, so the kill can wait for a moment when some are. */
export class InFlight {
  count = 0;
}

/** Writes until `stopped()` says so; each loop's pending write is left to the kill. */
export async function writeUntilStopped(
  world: World,
  ledger: Ledger,
  cycle: number,
  inFlight: InFlight,
  stopped: () => boolean,
) {
  let networkNumber = 0;
  const track = async <T>(write: Promise<T>): Promise<T | undefined> => {
    inFlight.count += 1;
    try {
      return await write;
    } catch (error) {
      // Killed while in flight: either outcome is correct. Before the kill, a failed request is a fault.
      if (stopped()) ledger.unanswered += 1;
      else ledger.unexpected.push(`no answer before the kill: ${(error as Error).message}`);
      return undefined;
    } finally {
      inFlight.count -= 1;
    }
  };

  const createNetwork = async () => {
    const slug = `crash-c${cycle}-${++networkNumber}`;
    const write: { cycle: number; slug: string; id?: string } = { cycle, slug };
    ledger.networks.push(write);
    const answer = await track(
      world.admin.write<{ id: string }>('POST', '/api/v1/networks', {
        name: `Crash network ${cycle}.${networkNumber}`,
        slug,
        kind: 'pln',
        level: 1,
        scopes: ['within'],
        approach: 'enabled',
        parentIds: [world.homeId],
      }),
    );
    if (answer) acknowledge(ledger, answer, 201, `POST network ${slug}`, () => (write.id = answer.body.id));
  };

  const addMembership = async (networkId: string, personId: string) => {
    const write: { cycle: number; networkId: string; personId: string; id?: string } = {
      cycle,
      networkId,
      personId,
    };
    ledger.memberships.push(write);
    const answer = await track(
      world.admin.write<{ id: string }>('POST', `/api/v1/networks/${networkId}/memberships`, {
        personId,
        role: 'member',
      }),
    );
    if (answer) acknowledge(ledger, answer, 201, `POST membership`, () => (write.id = answer.body.id));
  };

  const networkLoop = async () => {
    while (!stopped()) {
      const free = freeMembership(world, ledger);
      if (free && Math.random() < 0.5) await addMembership(free.networkId, free.personId);
      else await createNetwork();
    }
  };

  const saveLoop = async (respondent: number) => {
    const saves = ledger.respondents[respondent]!;
    while (!stopped()) {
      const sequence = (saves.sent.at(-1) ?? 0) + 1;
      saves.sent.push(sequence);
      const nominations = saveNames(respondent, sequence).map((name) => ({
        questionId: world.questionId,
        outside: { name },
      }));
      const answer = await track(
        world.respondents[respondent]!.write('PUT', `/api/v1/waves/${world.waveId}/response`, {
          nominations,
        }),
      );
      if (answer) acknowledge(ledger, answer, 200, 'PUT response', () => (saves.floor = sequence));
    }
  };

  await Promise.all([
    ...Array.from({ length: NETWORK_LOOPS }, networkLoop),
    ...world.respondents.map((_, respondent) => saveLoop(respondent)),
  ]);
}

function acknowledge(
  ledger: Ledger,
  answer: { status: number; body: unknown },
  expected: number,
  what: string,
  record: () => void,
) {
  if (answer.status !== expected) {
    ledger.unexpected.push(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    return;
  }
  ledger.acknowledged += 1;
  record();
}

/** An acknowledged network and a person not yet sent to it, chosen at random. */
function freeMembership(world: World, ledger: Ledger): { networkId: string; personId: string } | undefined {
  const networks = ledger.acknowledgedNetworks();
  for (let attempt = 0; attempt < 5 && networks.length > 0; attempt += 1) {
    const network = networks[Math.floor(Math.random() * networks.length)]!;
    const taken = new Set(
      ledger.memberships.filter((write) => write.networkId === network.id).map((write) => write.personId),
    );
    const free = world.personIds.filter((personId) => !taken.has(personId));
    if (free.length > 0)
      return { networkId: network.id, personId: free[Math.floor(Math.random() * free.length)]! };
  }
  return undefined;
}

async function created<T = unknown>(answer: Promise<{ status: number; body: unknown }>): Promise<T> {
  const { status, body } = await answer;
  if (status !== 201) throw new Error(`setup write answered ${status}: ${JSON.stringify(body)}`);
  return body as T;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
