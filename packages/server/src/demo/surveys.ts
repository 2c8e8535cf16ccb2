/**
 * Step 6: the relationship surveys. The regional network of networks and every active network run
 * the same advice survey, in two waves that are closed: autumn 2025 and spring 2026. Each wave's
 * answers sample the region's one advice network of that season (advice.ts): 60–80% of the
 * people eligible answer, each naming the advisers they have among the people the survey's
 * type-ahead finds (those eligible for it) or outside Trellis by name. The showcase network has a
 * third wave, open now, that no one has answered yet: the demo member's survey to fill in.
 * Ties are not made here: `write.ts` closes the waves with the code that closes them in Trellis.
 */
import { SHOWCASE_NETWORK } from './accounts.js';
import { adviceSeasons, type AdviceSeason } from './advice.js';
import { Random } from './random.js';
import type { DemoNetwork, DemoPerson, DemoRegion, SurveyWaveRow } from './region.js';
import { todayIn } from '../shared/calendar.js';

export const ADVICE_QUESTION = {
  relation: 'advice',
  promptEn: 'Whom do you go to for advice about your teaching?',
  promptEs: '¿A quién acudes para pedir consejo sobre tu práctica docente?',
  maxNominations: 10,
  // One label per point, in English and in Spanish: readers see their language's.
  frequencyScale: ['A few times a year', 'Monthly', 'Weekly', 'Daily'],
  frequencyScaleEs: ['Algunas veces al año', 'Cada mes', 'Cada semana', 'A diario'],
} as const;

/** The survey's title in English and in Spanish. */
export const ADVICE_SURVEY_TITLE = {
  title: 'Teacher advice map 2025–2026',
  titleEs: 'Mapa de asesoramiento docente 2025–2026',
} as const;

/** The closed waves (autumn 2025, spring 2026) and the showcase network's open third wave. */
export const WAVES = [
  { number: 1, opensOn: '2025-10-06', closesOn: '2025-10-31', season: 0 },
  { number: 2, opensOn: '2026-04-13', closesOn: '2026-05-08', season: 1 },
] as const;
/**
 * The open wave takes answers around the day the demo is built (two weeks in, five to go), so
 * that a fresh demo always has a survey to answer; everything else in the region is fixed.
 */
export const openWave = (today = new Date()) => ({
  number: 3,
  opensOn: todayIn(undefined, new Date(today.getTime() - 14 * DAY_MS)),
  closesOn: todayIn(undefined, new Date(today.getTime() + 35 * DAY_MS)),
});
const DAY_MS = 24 * 60 * 60 * 1000;

/** How likely a named participant of the network (a coordinator, member, facilitator…) answers. */
const PARTICIPANT_RESPONSE_RATE = 0.9;
/** Each organisation's response rate in a wave is drawn from this range: schools differ. */
const ORGANISATION_RESPONSE_RATES = [0.55, 0.85] as const;
/** Respondents who saved a draft and never submitted it: drafts are not answers and give no ties. */
const DRAFT_SHARE = 0.03;

/** Adds a survey, its waves and the answers to every active network (the regional one included). */
export function addSurveys(region: DemoRegion): void {
  const random = new Random(region.seed, 'surveys');
  const seasons = adviceSeasons(region);
  const people = new Map(region.people.map((person) => [person.row.id, person]));
  const organisations = new Map([...region.schools, ...region.otherOrganisations].map((o) => [o.row.id, o]));
  for (const network of region.networks) {
    if (network.row.status !== 'active') continue;
    const eligible = eligiblePeople(region, network, people, organisations);
    const manager = network.people.get('evaluator')?.[0] ?? network.people.get('coordinator')?.[0];
    const surveyId = random.uuid();
    region.rows.surveys.push({
      id: surveyId,
      networkId: network.row.id,
      ...ADVICE_SURVEY_TITLE,
      status: 'active',
      createdBy: manager?.row.id ?? null,
    });
    const questionId = random.uuid();
    region.rows.surveyQuestions.push({
      id: questionId,
      surveyId,
      position: 0,
      ...ADVICE_QUESTION,
      frequencyScale: [...ADVICE_QUESTION.frequencyScale],
      frequencyScaleEs: [...ADVICE_QUESTION.frequencyScaleEs],
    });
    for (const wave of WAVES) {
      const row: SurveyWaveRow = {
        id: random.uuid(),
        surveyId,
        number: wave.number,
        opensOn: wave.opensOn,
        closesOn: wave.closesOn,
        status: 'closed',
        closedAt: new Date(`${wave.closesOn}T18:00:00Z`),
        closedBy: manager?.row.id ?? null,
      };
      region.rows.surveyWaves.push(row);
      addAnswers(region, random, { wave: row, questionId, eligible, network, advice: seasons[wave.season] });
    }
    if (network.row.slug === SHOWCASE_NETWORK) {
      region.rows.surveyWaves.push({
        id: random.uuid(),
        surveyId,
        ...openWave(),
        status: 'open',
        closedAt: null,
        closedBy: null,
      });
    }
  }
}

interface WaveAnswers {
  wave: SurveyWaveRow;
  questionId: string;
  eligible: Set<DemoPerson>;
  network: DemoNetwork;
  advice: AdviceSeason;
}

/** The responses to one wave and their nominations. */
function addAnswers(
  region: DemoRegion,
  random: Random,
  { wave, questionId, eligible, network, advice }: WaveAnswers,
) {
  const participants = new Set([...network.people.values()].flat());
  const rates = new Map<unknown, number>();
  const rateOf = (person: DemoPerson) => {
    if (participants.has(person)) return PARTICIPANT_RESPONSE_RATE;
    if (!rates.has(person.organisation))
      rates.set(
        person.organisation,
        random.float() * (ORGANISATION_RESPONSE_RATES[1] - ORGANISATION_RESPONSE_RATES[0]) +
          ORGANISATION_RESPONSE_RATES[0],
      );
    return rates.get(person.organisation)!;
  };
  for (const person of eligible) {
    if (!random.chance(rateOf(person))) continue;
    const submitted = !random.chance(DRAFT_SHARE);
    const responseId = random.uuid();
    region.rows.surveyResponses.push({
      id: responseId,
      waveId: wave.id,
      respondentId: person.row.id,
      status: submitted ? 'submitted' : 'draft',
      submittedAt: submitted ? submittedAt(random, wave) : null,
    });
    // The type-ahead finds people eligible for this survey; anyone else can only be named by hand.
    const named = (advice.get(person) ?? []).filter(
      (adviser) => adviser.outside !== null || eligible.has(adviser.person!),
    );
    for (const adviser of named) {
      region.rows.surveyNominations.push({
        id: random.uuid(),
        responseId,
        questionId,
        nomineeId: adviser.person?.row.id ?? null,
        outsideName: adviser.outside?.name ?? null,
        outsideOrganisation: adviser.outside?.organisation ?? null,
        frequency: adviser.frequency,
      });
    }
  }
}

const HOUR_MS = 3_600_000;

/** A moment in the wave's working hours (8:00–21:59 UTC on one of its days). */
function submittedAt(random: Random, wave: SurveyWaveRow): Date {
  const opens = Date.parse(`${wave.opensOn}T08:00:00Z`);
  const days = Math.round((Date.parse(`${wave.closesOn}T08:00:00Z`) - opens) / (24 * HOUR_MS));
  return new Date(opens + random.int(0, days) * 24 * HOUR_MS + random.float() * 14 * HOUR_MS);
}

/**
 * Who may answer a network's survey, as `eligibleRespondents` (memberships.queries.ts) decides in the
 * database: named participants but observers, and the staff of member organisations, of the
 * network and of every network below it. The demo's memberships and affiliations never end.
 */
export function eligiblePeople(
  region: DemoRegion,
  network: DemoNetwork,
  people: Map<string, DemoPerson>,
  organisations: Map<string, DemoRegion['schools'][number]>,
): Set<DemoPerson> {
  const scope = new Set([network.row.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const link of region.rows.networkParents) {
      if (scope.has(link.parentId) && !scope.has(link.childId)) grew = scope.add(link.childId).size > 0;
    }
  }
  const eligible = new Set<DemoPerson>();
  for (const membership of region.rows.memberships) {
    if (!scope.has(membership.networkId)) continue;
    if (membership.personId && membership.role !== 'observer') eligible.add(people.get(membership.personId)!);
    if (membership.organisationId)
      for (const person of organisations.get(membership.organisationId)!.staff) eligible.add(person);
  }
  return eligible;
}
