/**
 * Step 7: the knowledge bank. About 400 resources, half in Spanish and half in English, of every
 * type, composed from the curated phrases of bank-phrases.ts; written by real people of the
 * networks' member schools, shared with their network (most), public (some) or left as drafts
 * (a few), under Creative Commons licences in realistic shares. About a tenth start an adaptation
 * chain of 2–4 generations whose licences follow the rules of resources/licences.ts, with
 * `basedOnId` set. Every resource has its first version saved, as creating one in Trellis does;
 * some were edited once. Then 2–3 collections per network curated by its coordinator.
 */
import { adaptationRefusalOf } from '../resources/licences.js';
import type { StoredContent } from '../resources/resources.queries.js';
import {
  RESOURCE_LICENCES,
  RESOURCE_TYPES,
  type ContentLanguage,
  type ResourceLicence,
  type ResourceStage,
  type ResourceVisibility,
} from '../shared/vocabulary.js';
import {
  ADAPTATION_NOTES,
  BANK_TOPICS,
  BODY_HEADINGS,
  SUMMARY_LEADS,
  TITLE_PATTERNS,
  type BankTopic,
} from './bank-phrases.js';
import { Random } from './random.js';
import { scaled, type DemoNetwork, type DemoPerson, type DemoRegion, type ResourceRow } from './region.js';

export const DEMO_RESOURCES = 400;
/** Roots of adaptation chains, as a share of the resources written from scratch. */
const CHAIN_SHARE = 0.1;

const LICENCE_WEIGHTS: readonly (readonly [ResourceLicence, number])[] = [
  ['CC-BY-4.0', 30],
  ['CC-BY-SA-4.0', 20],
  ['CC-BY-NC-SA-4.0', 18],
  ['CC-BY-NC-4.0', 12],
  ['CC0-1.0', 6],
  ['CC-BY-ND-4.0', 7],
  ['CC-BY-NC-ND-4.0', 7],
];
const VISIBILITY_WEIGHTS: readonly (readonly [ResourceVisibility, number])[] = [
  ['network', 60],
  ['public', 30],
  ['draft', 10],
];
const DAY_MS = 86_400_000;

/** A resource's generation bookkeeping beside its row: its topic, for practices and collections. */
export interface DemoResource {
  row: ResourceRow;
  topic: BankTopic;
  authors: DemoPerson[];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function fill(pattern: string, focus: string, theme: string): string {
  return pattern
    .replace('{F}', capitalise(focus))
    .replace('{f}', focus)
    .replace('{T}', capitalise(theme))
    .replace('{t}', theme);
}

/**
 * The moment, relative to the build day, that a resource was written: from about fifteen months
 * ago to today, so that "this term" always has some activity (bank-activity). The day is the same
 * for every build on one day, like the open survey wave.
 */
function daysAgo(today: Date, days: number, random: Random): Date {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(midnight - days * DAY_MS + Math.floor(random.float() * 10 * 3_600_000) + 8 * 3_600_000);
}

/** Networks whose schools write resources: the active ones with member schools and staff. */
export function bankNetworks(region: DemoRegion): DemoNetwork[] {
  return region.networks.filter(
    (network) => network.row.status === 'active' && network.schools.some((school) => school.staff.length > 0),
  );
}

export function addResources(region: DemoRegion, today = new Date()): DemoResource[] {
  const random = new Random(region.seed, 'resources');
  const networks = bankNetworks(region);
  const total = scaled(region, DEMO_RESOURCES, 40);
  const made: DemoResource[] = [];
  const roots = Math.round(total * CHAIN_SHARE);
  let index = 0;
  // Written from scratch first, languages alternating, types in turn: every type in both languages.
  const fresh = total - roots * 2; // chains average about two adaptations each
  while (index < fresh) {
    const language: ContentLanguage = index % 2 === 0 ? 'es' : 'en';
    const type = RESOURCE_TYPES[Math.floor(index / 2) % RESOURCE_TYPES.length]!;
    const topic = random.pick(BANK_TOPICS);
    const network = random.pick(networks);
    const school = random.pick(network.schools.filter((candidate) => candidate.staff.length > 0));
    const authors = random.sample(
      school.staff,
      random.weighted([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const),
    );
    const words = topic[language];
    const focus = random.pick(words.focuses);
    const title = fill(random.pick(TITLE_PATTERNS[type][language]), focus, words.theme);
    const created = daysAgo(today, random.int(0, 450), random);
    const row: ResourceRow = {
      id: random.uuid(),
      type,
      title,
      summary: `${SUMMARY_LEADS[type][language]} ${focus}: ${words.outcome}.`,
      body: body(random, language, topic, focus, school.row.name),
      language,
      stages: [...topic.stages] as ResourceStage[],
      subjects: random.sample(words.subjects, random.int(1, words.subjects.length)),
      tags: [...topic.tags],
      licence: random.weighted(LICENCE_WEIGHTS),
      visibility: random.weighted(VISIBILITY_WEIGHTS),
      networkId: network.row.id,
      organisationId: school.row.id,
      basedOnId: null,
      version: 1,
      createdById: authors[0]!.row.id,
      createdAt: created,
      updatedAt: created,
    };
    made.push({ row, topic, authors });
    index++;
  }
  // Adaptation chains: adaptable, shared resources taken up by someone at another school.
  const candidates = random.shuffle(
    made.filter(
      ({ row }) => row.visibility !== 'draft' && adaptationRefusalOf(row.licence, row.licence) === null,
    ),
  );
  for (const root of candidates.slice(0, roots)) {
    let parent = root;
    const generations = random.int(1, 3);
    for (let generation = 0; generation < generations && made.length < total; generation++) {
      const child = adaptation(random, networks, parent, today);
      if (!child) break;
      made.push(child);
      parent = child;
    }
  }
  for (const resource of made) writeRows(region, random, resource);
  return made;
}

/** An adaptation of `parent` under a licence its licence allows, by someone at another school. */
function adaptation(
  random: Random,
  networks: DemoNetwork[],
  parent: DemoResource,
  today: Date,
): DemoResource | null {
  const licences = RESOURCE_LICENCES.filter(
    (licence) => adaptationRefusalOf(parent.row.licence, licence) === null,
  );
  if (licences.length === 0) return null;
  const network =
    networks.find((candidate) => candidate.row.id === parent.row.networkId && random.chance(0.75)) ??
    random.pick(networks);
  const schools = network.schools.filter(
    (school) => school.staff.length > 0 && school.row.id !== parent.row.organisationId,
  );
  if (schools.length === 0) return null;
  const school = random.pick(schools);
  const authors = random.sample(school.staff, random.int(1, 2));
  // One in four adaptations is a translation into the other language.
  const translated = random.chance(0.25);
  const language: ContentLanguage = translated
    ? parent.row.language === 'es'
      ? 'en'
      : 'es'
    : parent.row.language;
  const words = parent.topic[language];
  const change = random.pick(ADAPTATION_NOTES[language]);
  const focus = random.pick(words.focuses);
  const baseTitle = translated
    ? fill(random.pick(TITLE_PATTERNS[parent.row.type][language]), focus, words.theme)
    : parent.row.title.replace(/ \(.*\)$/, '');
  const parentCreated = (parent.row.createdAt as Date).getTime();
  const gap = Math.min(120, Math.floor((today.getTime() - parentCreated) / DAY_MS));
  const created = new Date(parentCreated + random.int(Math.min(5, gap), Math.max(5, gap)) * DAY_MS);
  const row: ResourceRow = {
    ...parent.row,
    id: random.uuid(),
    title: `${baseTitle} ${change.suffix}`,
    summary: `${change.note} ${SUMMARY_LEADS[parent.row.type][language]} ${focus}: ${words.outcome}.`,
    body: `> ${change.note}\n\n${body(random, language, parent.topic, focus, school.row.name)}`,
    language,
    subjects: random.sample(words.subjects, random.int(1, words.subjects.length)),
    licence: random.pick(licences),
    visibility: random.weighted(VISIBILITY_WEIGHTS.filter(([visibility]) => visibility !== 'draft')),
    networkId: network.row.id,
    organisationId: school.row.id,
    basedOnId: parent.row.id,
    createdById: authors[0]!.row.id,
    createdAt: created > today ? today : created,
    updatedAt: created > today ? today : created,
  };
  return { row, topic: parent.topic, authors };
}

/** A short Markdown body: why, how (the topic's steps), how to tell it works, where it was tried. */
function body(
  random: Random,
  language: ContentLanguage,
  topic: BankTopic,
  focus: string,
  schoolName: string,
): string {
  const words = topic[language];
  const headings = BODY_HEADINGS[language];
  const steps = words.steps.slice(0, random.int(3, words.steps.length));
  return [
    `## ${headings.why}`,
    '',
    `${capitalise(focus)}: ${words.outcome}.`,
    '',
    `## ${headings.how}`,
    '',
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    `## ${headings.check}`,
    '',
    `- ${capitalise(words.outcome)}.`,
    '',
    `*${headings.credit} ${schoolName}.*`,
  ].join('\n');
}

/** The resource's rows: itself, its authors in order, version 1 and, for some, an edit. */
function writeRows(region: DemoRegion, random: Random, { row, authors }: DemoResource) {
  const authorIds = authors.map((author) => author.row.id);
  const content = (values: ResourceRow): StoredContent => ({
    title: values.title,
    summary: values.summary ?? '',
    body: values.body ?? '',
    language: values.language,
    type: values.type,
    stages: values.stages ?? [],
    subjects: values.subjects ?? [],
    tags: values.tags ?? [],
    licence: values.licence,
    visibility: values.visibility ?? 'draft',
    networkId: values.networkId ?? null,
    organisationId: values.organisationId ?? null,
    authorIds,
  });
  region.rows.resources.push(row);
  authorIds.forEach((personId, position) =>
    region.rows.resourceAuthors.push({ resourceId: row.id, personId, position }),
  );
  const edited = random.chance(0.15);
  const first = edited ? { ...row, summary: row.summary!.replace(/:.*$/, '.') } : row;
  region.rows.resourceVersions.push({
    resourceId: row.id,
    version: 1,
    content: content(first),
    note: '',
    editedById: authorIds[0]!,
    editedAt: row.createdAt as Date,
  });
  if (edited) {
    row.version = 2;
    region.rows.resourceVersions.push({
      resourceId: row.id,
      version: 2,
      content: content(row),
      note: row.language === 'es' ? 'Resumen ampliado.' : 'Summary expanded.',
      editedById: authorIds[authorIds.length - 1]!,
      editedAt: row.updatedAt as Date,
    });
  }
}

const COLLECTION_TITLES = [
  {
    title: 'Starter kit for the network',
    titleEs: 'Kit de inicio de la red',
    description: 'What a school joining the network reads first.',
    descriptionEs: 'Lo primero que lee un centro que se incorpora a la red.',
  },
  {
    title: 'Tried and shared this year',
    titleEs: 'Probado y compartido este curso',
    description: 'Resources the member schools used and adapted this school year.',
    descriptionEs: 'Recursos que los centros de la red han usado y adaptado este curso.',
  },
  {
    title: 'For the next network meeting',
    titleEs: 'Para la próxima reunión de red',
    description: 'To read before we meet.',
    descriptionEs: 'Para leer antes de reunirnos.',
  },
] as const;

/** 2–3 collections per network that has resources, curated by its coordinator from what it shares. */
export function addCollections(region: DemoRegion, resources: readonly DemoResource[]): void {
  const random = new Random(region.seed, 'collections');
  for (const network of bankNetworks(region)) {
    const coordinator = network.people.get('coordinator')?.[0];
    const shared = resources.filter(
      ({ row }) => row.networkId === network.row.id && row.visibility !== 'draft',
    );
    if (!coordinator || shared.length === 0) continue;
    for (const words of COLLECTION_TITLES.slice(0, random.int(2, 3))) {
      const id = random.uuid();
      region.rows.collections.push({
        id,
        networkId: network.row.id,
        ...words,
        createdById: coordinator.row.id,
      });
      random
        .sample(shared, random.int(3, 8))
        .forEach(({ row }, position) =>
          region.rows.collectionItems.push({ collectionId: id, resourceId: row.id, position }),
        );
    }
  }
}
