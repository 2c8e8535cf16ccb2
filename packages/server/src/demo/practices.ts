/**
 * Step 8: practices, their evidence and where they travelled. About 40 practices, each run first
 * at a member school of a network, carried by resources of its topic, with 2–6 evidence items
 * (supporting, contrasting or mixed, rated on Nesta's levels 1–5 as the practices domain does) and
 * a tree of adoptions. Most adoptions follow a tie the network's survey already showed between the
 * two schools (a submitted nomination of a closed wave, closed before the adoption started, as
 * `adoptionsAlongTies` counts them); some do not, as happens.
 */
import type { AdoptionMode, EvidenceDirection, EvidenceKind } from '../shared/vocabulary.js';
import { BANK_TOPICS } from './bank-phrases.js';
import { Random } from './random.js';
import { scaled, type DemoOrganisation, type DemoPerson, type DemoRegion } from './region.js';
import { bankNetworks, type DemoResource } from './resources.js';

export const DEMO_PRACTICES = 40;
/** How often an adoption follows a tie between the schools when one is there to follow. */
const ALONG_TIES = 0.8;

const DIRECTIONS: readonly (readonly [EvidenceDirection, number])[] = [
  ['supports', 55],
  ['mixed', 25],
  ['contrasts', 20],
];
const KINDS: readonly (readonly [EvidenceKind, number])[] = [
  ['study', 40],
  ['platform_data', 25],
  ['testimony', 35],
];
const LEVELS: readonly (readonly [number, number])[] = [
  [1, 25],
  [2, 35],
  [3, 25],
  [4, 10],
  [5, 5],
];
const MODES: readonly (readonly [AdoptionMode, number])[] = [
  ['adopted', 50],
  ['adapted', 38],
  ['abandoned', 12],
];

const PRACTICE_TITLES = {
  en: (focus: string) => [`${focus} across the school`, `${focus} in every class`, `${focus}, network-wide`],
  es: (focus: string) => [
    `${focus} en todo el centro`,
    `${focus} en todas las aulas`,
    `${focus} en toda la red`,
  ],
};

const EVIDENCE_SUMMARIES = {
  supports: {
    en: 'Pupils in the classes that ran it did better than in comparable classes.',
    es: 'El alumnado de los grupos que lo aplicaron obtuvo mejores resultados que el de grupos comparables.',
  },
  contrasts: {
    en: 'No difference was found against classes that did not run it; staff found it hard to sustain.',
    es: 'No se halló diferencia con los grupos que no lo aplicaron; al profesorado le costó sostenerlo.',
  },
  mixed: {
    en: 'Gains for some groups of pupils and none for others; results depended on how it was run.',
    es: 'Mejoras para algunos grupos y ninguna para otros; los resultados dependieron de cómo se aplicó.',
  },
} as const;

const SETTINGS = {
  en: [
    'Two primary schools in the network',
    'One secondary school, year 7',
    'Rural schools of the network',
    'Eight schools, one school year',
  ],
  es: [
    'Dos colegios de primaria de la red',
    'Un instituto, 1.º de ESO',
    'Escuelas rurales de la red',
    'Ocho centros, un curso escolar',
  ],
};

const ADAPTATIONS = {
  en: [
    'Ran it fortnightly instead of weekly.',
    'Added a session with families.',
    'Shortened it for mixed-age classes.',
  ],
  es: [
    'Se aplicó cada quince días en lugar de cada semana.',
    'Se añadió una sesión con las familias.',
    'Se acortó para aulas multinivel.',
  ],
};
const OUTCOMES = {
  adopted: {
    en: 'Running in every class by the second term.',
    es: 'En marcha en todas las aulas en el segundo trimestre.',
  },
  adapted: {
    en: 'Kept with the changes; staff want to continue.',
    es: 'Se mantiene con los cambios; el claustro quiere seguir.',
  },
  abandoned: {
    en: 'Dropped after a term: too little time for the meetings.',
    es: 'Se dejó tras un trimestre: faltó tiempo para las reuniones.',
  },
};

/** Pairs of schools (sorted ids, joined) with a tie in a network, and since when it counts. */
function schoolTies(region: DemoRegion): Map<string, Map<string, string>> {
  const personOrg = new Map(region.people.map((person) => [person.row.id, person.organisation]));
  const networkOfSurvey = new Map(region.rows.surveys.map((survey) => [survey.id, survey.networkId]));
  const closedWave = new Map(
    region.rows.surveyWaves
      .filter((wave) => wave.status === 'closed')
      .map((wave) => [wave.id, { networkId: networkOfSurvey.get(wave.surveyId)!, closesOn: wave.closesOn }]),
  );
  const responses = new Map(
    region.rows.surveyResponses
      .filter((response) => response.status === 'submitted' && closedWave.has(response.waveId))
      .map((response) => [response.id, response]),
  );
  const byNetwork = new Map<string, Map<string, string>>();
  for (const nomination of region.rows.surveyNominations) {
    const response = responses.get(nomination.responseId);
    if (!response || !nomination.nomineeId) continue;
    const from = personOrg.get(response.respondentId)!;
    const to = personOrg.get(nomination.nomineeId)!;
    if (from === to || from.row.kind !== 'school' || to.row.kind !== 'school') continue;
    const wave = closedWave.get(response.waveId)!;
    const pairs = byNetwork.get(wave.networkId) ?? new Map<string, string>();
    const key = [from.row.id, to.row.id].sort().join('|');
    const since = pairs.get(key);
    if (!since || wave.closesOn < since) pairs.set(key, wave.closesOn);
    byNetwork.set(wave.networkId, pairs);
  }
  return byNetwork;
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The last day adoptions start on: fixed, so that every build writes the same adoptions. */
const LAST_START = '2026-10-30';

export function addPractices(region: DemoRegion, resources: readonly DemoResource[]): void {
  const random = new Random(region.seed, 'practices');
  const ties = schoolTies(region);
  const networks = bankNetworks(region).filter((network) => network.schools.length >= 3);
  const count = scaled(region, DEMO_PRACTICES, 6);
  for (let index = 0; index < count; index++) {
    const network = networks[index % networks.length]!;
    const topic = random.pick(BANK_TOPICS);
    const language = random.chance(0.6) ? 'es' : 'en';
    const words = topic[language];
    const origin = random.pick(network.schools.filter((school) => school.staff.length > 0));
    const evaluator = network.people.get('evaluator')?.[0] ?? network.people.get('coordinator')?.[0];
    const author: DemoPerson = random.pick(origin.staff);
    const practiceId = random.uuid();
    const focus = random.pick(words.focuses);
    const title = random.pick(PRACTICE_TITLES[language](focus));
    region.rows.practices.push({
      id: practiceId,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      claim: `${focus.charAt(0).toUpperCase()}${focus.slice(1)}: ${words.outcome}.`,
      components: random.sample(words.steps, random.int(3, words.steps.length)),
      language,
      schoolId: origin.row.id,
      networkId: network.row.id,
      createdById: author.row.id,
    });
    const carriers = resources.filter(
      (resource) =>
        resource.topic === topic &&
        resource.row.networkId === network.row.id &&
        resource.row.visibility !== 'draft',
    );
    random
      .sample(carriers, random.int(1, 3))
      .forEach((resource, position) =>
        region.rows.practiceResources.push({ practiceId, resourceId: resource.row.id, position }),
      );
    const evidence = random.int(2, 6);
    for (let item = 0; item < evidence; item++) {
      const direction = random.weighted(DIRECTIONS);
      const kind = random.weighted(KINDS);
      const level = kind === 'testimony' ? 1 : random.weighted(LEVELS);
      region.rows.evidenceItems.push({
        id: random.uuid(),
        practiceId,
        direction,
        kind,
        level,
        summary: EVIDENCE_SUMMARIES[direction][language],
        setting: random.pick(SETTINGS[language]),
        participants: random.int(20, 900),
        schools: random.int(1, 8),
        effect: kind === 'study' && level >= 3 ? `d = ${(random.float() * 0.4 - 0.05).toFixed(2)}` : null,
        url: null,
        createdById: evaluator?.row.id ?? author.row.id,
      });
    }
    addAdoptions(region, random, { practiceId, network, origin, ties: ties.get(network.row.id), language });
  }
}

interface Travel {
  practiceId: string;
  network: DemoRegion['networks'][number];
  origin: DemoOrganisation;
  ties: Map<string, string> | undefined;
  language: 'es' | 'en';
}

/** A tree of adoptions grown from the origin: along ties when one is there, mostly. */
function addAdoptions(
  region: DemoRegion,
  random: Random,
  { practiceId, network, origin, ties, language }: Travel,
) {
  const startedOn = new Map<DemoOrganisation, string>([[origin, random.date('2025-11-03', '2026-01-30')]]);
  const others = network.schools.filter((school) => school !== origin && school.staff.length > 0);
  const wanted = Math.min(others.length, random.int(3, 10));
  for (let attempt = 0; attempt < wanted * 3 && startedOn.size - 1 < wanted; attempt++) {
    const free = others.filter((school) => !startedOn.has(school));
    if (free.length === 0) break;
    const holders = [...startedOn.keys()];
    const gap = random.int(20, 100);
    const startFrom = (holder: DemoOrganisation) => addDays(startedOn.get(holder)!, gap);
    // Every (holder, free school) pair a tie joins before the adoption would start.
    const tied = holders.flatMap((holder) =>
      free
        .filter((school) => {
          const since = ties?.get([holder.row.id, school.row.id].sort().join('|'));
          return since !== undefined && since < startFrom(holder);
        })
        .map((school) => [holder, school] as const),
    );
    const [from, to] =
      tied.length > 0 && random.chance(ALONG_TIES)
        ? random.pick(tied)
        : // Otherwise recent holders pass it on more: one of the later half, to any free school.
          [holders[random.int(Math.floor(holders.length / 2), holders.length - 1)]!, random.pick(free)];
    const start = startFrom(from);
    if (start > LAST_START) continue;
    startedOn.set(to, start);
    const mode = random.weighted(MODES);
    region.rows.adoptions.push({
      id: random.uuid(),
      practiceId,
      schoolId: to.row.id,
      fromSchoolId: from.row.id,
      networkId: network.row.id,
      startedOn: start,
      mode,
      adaptation: mode === 'adapted' ? random.pick(ADAPTATIONS[language]) : '',
      outcome: OUTCOMES[mode][language],
      createdById: random.pick(to.staff).row.id,
    });
  }
}
