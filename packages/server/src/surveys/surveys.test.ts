import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.table.js';
import { ties } from '../ties/ties.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { surveys } from './surveys.table.js';
import { openWaveDates } from '../test-support/dates.js';

const ADVICE = {
  relation: 'advice',
  promptEn: 'Whom do you go to for advice about teaching?',
  promptEs: '¿A quién acudes para pedir consejo sobre la enseñanza?',
  maxNominations: 2,
  frequencyScale: ['Monthly', 'Weekly', 'Daily'],
};
const TRUST = {
  relation: 'trust',
  promptEn: 'Whom do you trust with a problem?',
  promptEs: '¿En quién confías ante un problema?',
  maxNominations: 3,
};

describeOnEachEngine('relationship surveys API', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<'network' | 'm2' | 'teacher' | 'outsider' | 'm1', string>;

  beforeAll(async () => {
    const network = await buildNetwork(t.db, { slug: 'red-lectora', name: 'Red Lectora' });
    const school = await buildOrganisation(t.db, { name: 'CEIP Las Eras' });
    const people = {} as Record<string, { id: string }>;
    for (const name of ['coordinator', 'evaluator', 'm1', 'm2', 'observer', 'teacher', 'outsider']) {
      people[name] = await buildPerson(t.db, {
        displayName: `Ana ${name}`,
        email: `${name}@example.org`,
        account: true,
      });
    }
    for (const role of ['coordinator', 'evaluator', 'observer'] as const)
      await addMember(t.db, network.id, { personId: people[role]!.id }, role);
    await addMember(t.db, network.id, { personId: people.m1!.id });
    await addMember(t.db, network.id, { personId: people.m2!.id });
    await addMember(t.db, network.id, { organisationId: school.id });
    await affiliate(t.db, people.teacher!.id, school.id);
    Object.assign(ids, {
      network: network.id,
      m1: people.m1!.id,
      m2: people.m2!.id,
      teacher: people.teacher!.id,
      outsider: people.outsider!.id,
    });
  });

  const as = (who: string) => t.client().signIn(`${who}@example.org`);

  it('runs a wave end to end: questions, drafts, submissions, rates, and ties on closing', async () => {
    const coordinator = await as('coordinator');
    const created = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, {
      title: 'Advice 2026',
      questions: [ADVICE, TRUST],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      permissions: { manage: true, answer: true, viewAnswers: true },
    });
    const [advice, trust] = created.body.questions;

    const evaluator = await as('evaluator');
    const wave = await evaluator.post(`/api/v1/surveys/${created.body.id}/waves`, openWaveDates());
    expect(wave.status).toBe(201);
    expect((await evaluator.post(`/api/v1/surveys/${created.body.id}/waves`, openWaveDates())).status).toBe(
      409,
    );
    const answers = `/api/v1/waves/${wave.body.id}/response`;

    const m1 = await as('m1');
    expect((await m1.get(answers)).body).toBeNull();
    const draft = await m1.put(answers, {
      nominations: [
        { questionId: advice.id, personId: ids.m2, frequency: 2 },
        {
          questionId: advice.id,
          outside: { name: 'Luis Prado', organisation: 'Universidad de Valdemar' },
          frequency: 0,
        },
      ],
    });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', submittedAt: null });
    const submitted = await m1.put(answers, {
      nominations: [...draftNominations(draft.body), { questionId: trust.id, personId: ids.teacher }],
      submit: true,
    });
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.nominations).toHaveLength(3);

    const teacher = await as('teacher'); // a member through their school
    expect(
      (
        await teacher.put(answers, {
          nominations: [{ questionId: trust.id, personId: ids.m1 }],
          submit: true,
        })
      ).status,
    ).toBe(200);

    const rates = await evaluator.get(`/api/v1/waves/${wave.body.id}/response-rates`);
    expect(rates.body).toMatchObject({ eligible: 5, submitted: 2, drafts: 0 });
    expect(rates.body.byOrganisation).toEqual([
      {
        organisation: { id: expect.any(String), name: 'CEIP Las Eras' },
        eligible: 1,
        submitted: 1,
        reminded: 0,
      },
    ]);

    const closed = await evaluator.post(`/api/v1/waves/${wave.body.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ ties: 4, wave: { status: 'closed' } });
    const rows = await t.db.select().from(ties).where(eq(ties.waveId, wave.body.id));
    expect(rows.map((tie) => [tie.relation, tie.weight, tie.toOutsideName]).sort()).toEqual([
      ['advice', 1, 'Luis Prado'],
      ['advice', 3, null],
      ['trust', 1, null],
      ['trust', 1, null],
    ]);
    expect(rows.every((tie) => tie.source === 'survey' && tie.networkId === ids.network)).toBe(true);
    expect((await evaluator.post(`/api/v1/waves/${wave.body.id}/close`)).status).toBe(409);
    expect((await m1.put(answers, { nominations: [] })).status).toBe(409);
  });

  it('shows individual answers to the respondent, evaluators and coordinators only', async () => {
    const { wave, questions } = await openSurvey();
    const path = `/api/v1/waves/${wave}/response`;
    await (
      await as('m1')
    ).put(path, {
      nominations: [{ questionId: questions[0], personId: ids.m2, frequency: 1 }],
      submit: true,
    });

    const m2 = await as('m2');
    expect((await m2.get(path)).body).toBeNull(); // their own: none yet, and never m1's
    expect((await m2.get(`/api/v1/waves/${wave}/responses`)).status).toBe(403);
    expect((await m2.get(`/api/v1/waves/${wave}/response-rates`)).status).toBe(403);
    expect((await (await as('outsider')).get(`/api/v1/waves/${wave}/responses`)).status).toBe(403);
    expect((await t.client().get(`/api/v1/waves/${wave}/responses`)).status).toBe(401);
    for (const who of ['evaluator', 'coordinator']) {
      const all = await (await as(who)).get(`/api/v1/waves/${wave}/responses`);
      expect(all.status).toBe(200);
      expect(all.body.items.map((r: { respondent: { id: string } }) => r.respondent.id)).toEqual([ids.m1]);
      expect(all.body.items[0].nominations[0].person.id).toBe(ids.m2);
    }
    // The audit log says that answers were submitted, never whom they name.
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'survey_response.submit'));
    expect(entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain(ids.m2);
  });

  it('lets only members answer and only coordinators and evaluators run surveys', async () => {
    const { wave, questions, survey } = await openSurvey();
    const answer = { nominations: [{ questionId: questions[0], personId: ids.m1 }] };
    expect((await (await as('observer')).put(`/api/v1/waves/${wave}/response`, answer)).status).toBe(403);
    expect((await (await as('outsider')).put(`/api/v1/waves/${wave}/response`, answer)).status).toBe(403);
    expect((await t.client().put(`/api/v1/waves/${wave}/response`, answer)).status).toBe(401);
    const m1 = await as('m1');
    expect(
      (await m1.post(`/api/v1/networks/${ids.network}/surveys`, { title: 'Mine', questions: [TRUST] }))
        .status,
    ).toBe(403);
    expect((await m1.post(`/api/v1/waves/${wave}/close`)).status).toBe(403);
    expect((await m1.get(`/api/v1/surveys/${survey}`)).body.permissions).toEqual({
      manage: false,
      answer: true,
      viewAnswers: false,
    });
  });

  it('rejects bad surveys and bad answers whole, with the field at fault', async () => {
    const coordinator = await as('coordinator');
    const [before] = await t.db.select({ n: count() }).from(surveys);
    for (const body of [
      { title: 'No questions', questions: [] },
      { title: 'Zero', questions: [{ ...TRUST, maxNominations: 0 }] },
      { title: 'Relation', questions: [{ ...TRUST, relation: 'friendship' }] },
      { title: 'Scale', questions: [{ ...ADVICE, frequencyScale: ['Only one'] }] },
    ]) {
      const response = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(await t.db.select({ n: count() }).from(surveys)).toEqual([before]);

    const { wave, questions } = await openSurvey();
    const path = `/api/v1/waves/${wave}/response`;
    const m1 = await as('m1');
    const cases: [unknown, string][] = [
      [
        [
          { questionId: questions[1], personId: ids.m2 },
          { questionId: questions[1], personId: ids.teacher },
          { questionId: questions[1], personId: ids.outsider },
          { questionId: questions[1], outside: { name: 'Rosa Gil' } },
        ],
        'nominations.3',
      ],
      [[{ questionId: questions[0], personId: ids.m1 }], 'nominations.0.personId'],
      [
        [{ questionId: questions[0], personId: '6f1c1d1e-0000-4000-8000-000000000000' }],
        'nominations.0.personId',
      ],
      [[{ questionId: questions[0], personId: ids.m2, frequency: 3 }], 'nominations.0.frequency'],
      [[{ questionId: questions[1], personId: ids.m2, frequency: 1 }], 'nominations.0.frequency'],
      [
        [
          { questionId: questions[0], personId: ids.m2 },
          { questionId: questions[0], personId: ids.m2 },
        ],
        'nominations.1.personId',
      ],
      [
        [{ questionId: '6f1c1d1e-0000-4000-8000-000000000000', personId: ids.m2 }],
        'nominations.0.questionId',
      ],
    ];
    for (const [nominations, field] of cases) {
      const response = await m1.put(path, { nominations, submit: true });
      expect(response.status, field).toBe(400);
      expect(
        response.body.error.details.issues.map((issue: { path: string }) => issue.path),
        field,
      ).toContain(field);
    }
    expect(
      (
        await m1.put(path, {
          nominations: [{ questionId: questions[0], personId: ids.m2, outside: { name: 'Both' } }],
        })
      ).status,
    ).toBe(400);
    expect((await m1.get(path)).body).toBeNull();
  });

  /** A new survey (advice with a scale, trust without) with an open wave. */
  async function openSurvey() {
    const coordinator = await as('coordinator');
    const survey = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, {
      title: `Survey ${Math.random()}`,
      questions: [ADVICE, TRUST],
    });
    const wave = await coordinator.post(`/api/v1/surveys/${survey.body.id}/waves`, openWaveDates());
    return {
      survey: survey.body.id as string,
      wave: wave.body.id as string,
      questions: survey.body.questions.map((q: { id: string }) => q.id) as string[],
    };
  }
});

/** A response's nominations in the shape PUT takes. */
function draftNominations(response: {
  nominations: {
    questionId: string;
    person: { id: string } | null;
    outside: { name: string; organisation: string } | null;
    frequency: number | null;
  }[];
}) {
  return response.nominations.map((n) => ({
    questionId: n.questionId,
    frequency: n.frequency,
    ...(n.person ? { personId: n.person.id } : { outside: n.outside }),
  }));
}
