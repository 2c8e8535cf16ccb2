/**
 * Step 9: collaborative inquiry. About 30 inquiries over the bank's networks, mostly in Spanish,
 * in both shapes and at every phase and status, each with a cross-school team, a driver diagram,
 * chains of PDSA cycles and measures whose points carry realistic noise: some shift after a
 * change, some stay flat, some get worse, some are too short to judge, so that the signal rules
 * have something to tell apart. Pure generation from the region (same rows on every build);
 * `writeInquiries` inserts them and fills measure_series through refreshMeasureSeries.
 */
import type { Executor } from '../db/database.js';
import {
  changeIdeaDrivers,
  changeIdeaPractices,
  changeIdeaResources,
  changeIdeas,
  drivers,
  pdsaCycleSchools,
  pdsaCycles,
  pdsaQuestions,
} from '../inquiry/cycles.table.js';
import { inquiries, inquiryPeople, inquiryPhases, inquirySchools } from '../inquiry/inquiries.table.js';
import { measureAnnotations, measurePhases, measurePoints, measures } from '../inquiry/measures.table.js';
import { refreshMeasureSeries } from '../inquiry/series.js';
import {
  INQUIRY_PHASES,
  type InquiryModel,
  type InquiryStatus,
  type PdsaDecision,
  type PdsaPurpose,
} from '../shared/vocabulary.js';
import { SHOWCASE_NETWORK } from './accounts.js';
import { CYCLE_TEXTS, INQUIRY_THEMES } from './inquiry-phrases.js';
import { Random } from './random.js';
import {
  scaled,
  type DemoNetwork,
  type DemoOrganisation,
  type DemoPerson,
  type DemoRegion,
} from './region.js';
import { bankNetworks } from './resources.js';
import { insertAll } from './write.js';

export const DEMO_INQUIRIES = 30;

type Row = Record<string, unknown>;
/** What one series of points does over time: the cases the signal rules must tell apart. */
export type SeriesShape = 'shift' | 'confirmed' | 'none' | 'worse' | 'short';
const SHAPES: readonly SeriesShape[] = ['shift', 'none', 'confirmed', 'worse', 'short', 'none'];

export interface InquiryRows {
  inquiries: Row[];
  inquiryPeople: Row[];
  inquirySchools: Row[];
  inquiryPhases: Row[];
  drivers: Row[];
  changeIdeas: Row[];
  changeIdeaDrivers: Row[];
  changeIdeaResources: Row[];
  changeIdeaPractices: Row[];
  pdsaCycles: Row[];
  pdsaCycleSchools: Row[];
  pdsaQuestions: Row[];
  measures: (Row & { id: string; shape: SeriesShape })[];
  measurePoints: Row[];
  measurePhases: Row[];
  measureAnnotations: Row[];
}

const DAY = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const addMonths = (iso: string, months: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w)\}/g, (_, key: string) => String(values[key] ?? ''));

/** A standard normal draw (Box–Muller) from the seeded stream. */
const normal = (random: Random) =>
  Math.sqrt(-2 * Math.log(1 - random.float())) * Math.cos(2 * Math.PI * random.float());

/** The team: 2–4 member schools with people who are network members; the lead is one of those. */
function pickTeam(random: Random, network: DemoNetwork) {
  const members = [...network.people.values()].flat();
  const schoolIds = new Set(network.schools.map((school) => school.row.id));
  const bySchool = new Map<DemoOrganisation, DemoPerson[]>();
  for (const person of members) {
    if (!schoolIds.has(person.organisation.row.id)) continue;
    const list = bySchool.get(person.organisation) ?? [];
    if (!list.includes(person)) list.push(person);
    bySchool.set(person.organisation, list);
  }
  const candidates = [...bySchool.keys()].sort((a, b) => a.row.id.localeCompare(b.row.id));
  if (candidates.length < 2) return null;
  const schools = random.sample(candidates, random.int(2, Math.min(4, candidates.length)));
  const people: DemoPerson[] = schools.map((school) => random.pick(bySchool.get(school)!));
  const extra = random.int(Math.max(0, 2 - people.length), Math.max(0, 6 - people.length));
  const others = schools
    .flatMap((school) => bySchool.get(school)!)
    .filter((person) => !people.includes(person));
  people.push(...random.sample(others, extra));
  return { schools, people: people.slice(0, 6) };
}

/**
 * The showcase network's first inquiry has the demo sign-ins in its team — the facilitator leads
 * it, the member takes part with their school — so that signing in as either opens on an inquiry
 * of one's own (demo/accounts.ts gives the sign-ins to these same people).
 */
function withDemoSignIns(network: DemoNetwork, team: { schools: DemoOrganisation[]; people: DemoPerson[] }) {
  const facilitator = network.people.get('facilitator')?.[0];
  const member = network.people.get('member')?.[0];
  if (!facilitator || !member) return team;
  const schools = team.schools.includes(member.organisation)
    ? team.schools
    : [member.organisation, ...team.schools.slice(0, 3)];
  const others = team.people.filter(
    (person) => person !== facilitator && person !== member && schools.includes(person.organisation),
  );
  return { schools, people: [facilitator, member, ...others].slice(0, 6) };
}

export function generateInquiries(region: DemoRegion): InquiryRows {
  const random = new Random(region.seed, 'inquiries');
  const out: InquiryRows = {
    inquiries: [],
    inquiryPeople: [],
    inquirySchools: [],
    inquiryPhases: [],
    drivers: [],
    changeIdeas: [],
    changeIdeaDrivers: [],
    changeIdeaResources: [],
    changeIdeaPractices: [],
    pdsaCycles: [],
    pdsaCycleSchools: [],
    pdsaQuestions: [],
    measures: [],
    measurePoints: [],
    measurePhases: [],
    measureAnnotations: [],
  };
  const networks = bankNetworks(region);
  const count = scaled(region, DEMO_INQUIRIES, 6);
  for (let index = 0; index < count; index++) {
    const network = networks[index % networks.length]!;
    const picked = pickTeam(random, network);
    if (!picked) continue;
    const showcased =
      network.row.slug === SHOWCASE_NETWORK && !out.inquiries.some((i) => i.networkId === network.row.id);
    const team = showcased ? withDemoSignIns(network, picked) : picked;
    // Alternate the shapes and walk through every phase of each, so all of them appear.
    const model: InquiryModel = index % 2 === 0 ? 'spiral' : 'improvement';
    const phases = INQUIRY_PHASES[model];
    const phaseIndex = Math.floor(index / 2) % phases.length;
    const last = phaseIndex === phases.length - 1;
    const status: InquiryStatus = last && index % 4 < 2 ? 'concluded' : index % 7 === 3 ? 'paused' : 'active';
    const language = index % 10 < 7 ? 'es' : 'en';
    const theme = INQUIRY_THEMES[index % INQUIRY_THEMES.length]!;
    const say = (both: { es: string; en: string }) => both[language];
    const inquiryId = random.uuid();
    const start = random.date('2024-09-02', '2025-03-30');
    const lead = team.people[0]!;
    out.inquiries.push({
      id: inquiryId,
      networkId: network.row.id,
      title: say(theme.title),
      question: say(theme.question),
      evidence: say(theme.evidence),
      rationale: say(theme.rationale),
      outcome: theme.outcome,
      aimWhat: say(theme.aimWhat),
      aimHowMuch: say(theme.aimHowMuch),
      aimByWhen: addMonths(start, random.int(18, 26)),
      aimForWhom: say(theme.aimForWhom),
      model,
      phase: phases[phaseIndex],
      status,
      visibility: random.chance(0.75) ? 'network' : 'team',
      language,
      createdById: lead.row.id,
    });
    team.people.forEach((person, i) =>
      out.inquiryPeople.push({ inquiryId, personId: person.row.id, role: i === 0 ? 'lead' : 'member' }),
    );
    team.schools.forEach((school) => out.inquirySchools.push({ inquiryId, organisationId: school.row.id }));
    // The timeline: each phase up to the current one, one after the other.
    let phaseStart = start;
    for (let p = 0; p <= phaseIndex; p++) {
      const ends = p < phaseIndex || status === 'concluded' ? addDays(phaseStart, random.int(30, 90)) : null;
      out.inquiryPhases.push({
        inquiryId,
        phase: phases[p],
        startedOn: phaseStart,
        endedOn: ends,
        position: p,
      });
      if (ends) phaseStart = addDays(ends, 1);
    }
    addDiagramAndCycles(random, region, network, team, {
      inquiryId,
      theme,
      say,
      start,
      out,
      phaseIndex,
      showcased,
    });
  }
  return out;
}

interface InquiryContext {
  inquiryId: string;
  theme: (typeof INQUIRY_THEMES)[number];
  say: (both: { es: string; en: string }) => string;
  start: string;
  out: InquiryRows;
  phaseIndex: number;
  /** The showcase network's inquiry with the demo sign-ins in its team. */
  showcased: boolean;
}

function addDiagramAndCycles(
  random: Random,
  region: DemoRegion,
  network: DemoNetwork,
  team: { schools: DemoOrganisation[]; people: DemoPerson[] },
  context: InquiryContext,
) {
  const { inquiryId, theme, say, start, out, phaseIndex } = context;
  const driverIds: string[] = [];
  random.sample(theme.drivers, random.int(2, Math.min(4, theme.drivers.length))).forEach((primary, p) => {
    const primaryId = random.uuid();
    out.drivers.push({
      id: primaryId,
      inquiryId,
      level: 'primary',
      parentId: null,
      text: say(primary.text),
      position: p,
    });
    driverIds.push(primaryId);
    primary.secondary.forEach((secondary, s) => {
      const id = random.uuid();
      out.drivers.push({
        id,
        inquiryId,
        level: 'secondary',
        parentId: primaryId,
        text: say(secondary),
        position: s,
      });
      driverIds.push(id);
    });
  });
  const resources = region.rows.resources.filter(
    (resource) => resource.networkId === network.row.id && resource.visibility !== 'draft',
  );
  const practices = region.rows.practices.filter((practice) => practice.networkId === network.row.id);
  const ideas = random.sample(theme.ideas, random.int(2, Math.min(5, theme.ideas.length)));
  const cycled: { id: string; text: string; cycles: { id: string; startsOn: string; title: string }[] }[] =
    [];
  let cycleStart = addMonths(start, 4);
  ideas.forEach((idea, position) => {
    const ideaId = random.uuid();
    const text = say(idea);
    out.changeIdeas.push({ id: ideaId, inquiryId, text, position });
    for (const driverId of random.sample(driverIds, random.int(1, 3)))
      out.changeIdeaDrivers.push({ changeIdeaId: ideaId, driverId });
    if (resources.length > 0 && random.chance(0.6))
      out.changeIdeaResources.push({ changeIdeaId: ideaId, resourceId: random.pick(resources).id });
    if (practices.length > 0 && random.chance(0.5))
      out.changeIdeaPractices.push({ changeIdeaId: ideaId, practiceId: random.pick(practices).id });
    // Cycles only once the team has reached the phases where it tests (the later half).
    const chain = phaseIndex < 2 ? 0 : random.int(1, 4);
    const cycles: { id: string; startsOn: string; title: string }[] = [];
    for (let n = 1; n <= chain; n++) {
      const weeks = random.int(1, 3);
      const startsOn = cycleStart;
      const endsOn = addDays(startsOn, weeks * 7 - 1);
      cycleStart = addDays(endsOn, random.int(1, 10));
      const finished = n < chain || random.chance(0.7);
      const decision: PdsaDecision | null = finished
        ? n < chain
          ? random.pick(['adapt', 'adopt'] as const)
          : random.weighted([
              ['adopt', 3],
              ['adapt', 3],
              ['abandon', 1],
              ['scale_up', 2],
            ] as const)
        : null;
      const cycleId = random.uuid();
      const title = fill(say(CYCLE_TEXTS.cycleTitle), { t: text, n });
      const purpose: PdsaPurpose =
        n === 1
          ? 'collect_information'
          : n === chain && chain > 2
            ? 'implement'
            : random.pick(['develop', 'test'] as const);
      out.pdsaCycles.push({
        id: cycleId,
        changeIdeaId: ideaId,
        inquiryId,
        title,
        purpose,
        plan: fill(say(CYCLE_TEXTS.plan), { w: weeks }),
        dataPlan: say(CYCLE_TEXTS.dataPlan),
        startsOn,
        endsOn,
        observations: finished ? say(CYCLE_TEXTS.observations) : '',
        comparison: finished ? say(CYCLE_TEXTS.comparison) : '',
        decision,
        decisionNote: decision ? say(CYCLE_TEXTS.decisions[decision]) : '',
        createdById: random.pick(team.people).row.id,
      });
      for (const school of random.sample(team.schools, random.int(1, team.schools.length)))
        out.pdsaCycleSchools.push({ cycleId, organisationId: school.row.id });
      random.sample(CYCLE_TEXTS.questions, random.int(1, 3)).forEach((q, qp) =>
        out.pdsaQuestions.push({
          id: random.uuid(),
          cycleId,
          question: say(q.question),
          prediction: say(q.prediction),
          result: finished ? say(q.result) : '',
          position: qp,
        }),
      );
      cycles.push({ id: cycleId, startsOn, title });
    }
    cycled.push({ id: ideaId, text, cycles });
  });
  if (phaseIndex >= 1) addMeasures(random, team, context, cycled);
}

/** The family of measures of one inquiry, each with a shape its points follow. */
function addMeasures(
  random: Random,
  team: { schools: DemoOrganisation[]; people: DemoPerson[] },
  { inquiryId, theme, say, start, out, showcased }: InquiryContext,
  ideas: { id: string; text: string; cycles: { id: string; startsOn: string; title: string }[] }[],
) {
  const firstCycle = ideas.flatMap((idea) => idea.cycles.map((cycle) => ({ idea, cycle })))[0];
  // The demo sign-ins' own inquiry shows a confirmed improvement: the first thing they open has a signal.
  const inquiryShape = showcased ? 'confirmed' : SHAPES[(out.inquiries.length - 1) % SHAPES.length]!;
  const specs = [
    { kind: 'outcome', type: 'proportion', name: theme.outcomeMeasure, weekly: false, shape: inquiryShape },
    { kind: 'process', type: 'value', name: theme.processMeasure, weekly: true, shape: random.pick(SHAPES) },
    {
      kind: 'balancing',
      type: 'proportion',
      name: theme.balancingMeasure,
      weekly: false,
      shape: 'none' as SeriesShape,
    },
  ] as const;
  // Absence and incidents are better when they fall.
  const down = theme.outcome === 'attendance';
  specs.forEach((spec, position) => {
    let shape: SeriesShape = spec.shape;
    if (!firstCycle && (shape === 'shift' || shape === 'confirmed' || shape === 'worse')) shape = 'none';
    const measureId = random.uuid();
    const direction = spec.kind === 'balancing' ? (down ? 'down' : 'up') : down ? 'down' : 'up';
    const periods = shape === 'short' ? random.int(5, 9) : random.int(16, 30);
    const step = (from: string, i: number) => (spec.weekly ? addDays(from, 7 * i) : addMonths(from, i));
    const first = spec.weekly ? mondayOf(start) : `${start.slice(0, 8)}01`;
    // The change lands after about a third to a half of the periods. A change the team confirms
    // splits the chart there, and the move is judged only against a baseline of 10 useful points
    // or more (series.ts, movedBy): a dozen periods leave room for points on the median.
    const earliest = shape === 'confirmed' ? 12 : 8;
    const changeAt = Math.max(earliest, Math.round(periods * (0.35 + random.float() * 0.15)));
    const changePeriod = step(first, changeAt);
    const base = spec.type === 'proportion' ? 0.3 + random.float() * 0.35 : 2 + random.float() * 3;
    const better = direction === 'up' ? 1 : -1;
    const effect = shape === 'shift' || shape === 'confirmed' ? better : shape === 'worse' ? -better : 0;
    out.measures.push({
      id: measureId,
      shape,
      inquiryId,
      changeIdeaId: spec.kind === 'process' ? (firstCycle?.idea.id ?? ideas[0]?.id ?? null) : null,
      name: say(spec.name),
      definition: '',
      kind: spec.kind,
      type: spec.type,
      direction,
      population: 'pupils',
      unit: spec.type === 'value' ? say({ es: 'sesiones', en: 'sessions' }) : '',
      target:
        spec.kind === 'outcome'
          ? Math.round(Math.min(0.95, Math.max(0.05, base + better * 0.15)) * 100) / 100
          : null,
      // A frozen baseline before the change: what the shift is judged against.
      baselineEndsOn: shape === 'short' ? null : step(first, changeAt - 1),
      position,
    });
    for (const school of team.schools) {
      const size = random.int(20, 120);
      const level = base + (random.float() - 0.5) * 0.1 * (spec.type === 'proportion' ? 1 : 10);
      for (let i = 0; i < periods; i++) {
        const period = step(first, i);
        const after = i >= changeAt;
        if (spec.type === 'proportion') {
          const p = Math.min(0.97, Math.max(0.03, level + (after ? effect * 0.18 : 0)));
          const denominator = Math.max(10, size + random.int(-4, 4));
          const numerator = Math.min(
            denominator,
            Math.max(0, Math.round(denominator * p + normal(random) * Math.sqrt(denominator * p * (1 - p)))),
          );
          out.measurePoints.push({
            id: random.uuid(),
            measureId,
            schoolId: school.row.id,
            period,
            numerator,
            denominator,
            enteredById: random.pick(team.people).row.id,
          });
        } else {
          const value = Math.max(0, level + (after ? effect * 1.8 : 0) + normal(random) * 0.5);
          out.measurePoints.push({
            id: random.uuid(),
            measureId,
            schoolId: school.row.id,
            period,
            value: Math.round(value * 10) / 10,
            enteredById: random.pick(team.people).row.id,
          });
        }
      }
    }
    if (firstCycle && shape !== 'short' && shape !== 'none') {
      out.measureAnnotations.push({
        id: random.uuid(),
        measureId,
        period: changePeriod,
        text: fill(say(CYCLE_TEXTS.annotation), { t: firstCycle.cycle.title }),
        cycleId: firstCycle.cycle.id,
        createdById: team.people[0]!.row.id,
      });
    }
    if (firstCycle && shape === 'confirmed') {
      out.measurePhases.push({
        id: random.uuid(),
        measureId,
        startsOn: changePeriod,
        label: fill(say(CYCLE_TEXTS.phaseLabel), { t: firstCycle.idea.text.toLowerCase() }),
        cycleId: firstCycle.cycle.id,
        confirmedById: team.people[0]!.row.id,
      });
    }
  });
  addProgress(out, inquiryId, inquiryShape, say);
}

/** A confirmed IHI score on some inquiries: 4 with a better signal; one past the cap with a reason. */
function addProgress(out: InquiryRows, inquiryId: string, shape: SeriesShape, say: InquiryContext['say']) {
  const inquiry = out.inquiries.find((row) => row.id === inquiryId)!;
  const scored = out.measures.filter((m) => m.kind === 'outcome').length;
  if (scored % 3 !== 0) return;
  const overCap = !out.inquiries.some((row) => row.progressReason);
  inquiry.progressScore = shape === 'shift' || shape === 'confirmed' ? 4 : overCap ? 3.5 : 2;
  inquiry.progressReason = inquiry.progressScore === 3.5 ? say(CYCLE_TEXTS.capReason) : null;
  inquiry.progressConfirmedAt = new Date('2026-06-15T10:00:00Z').toISOString();
}

const mondayOf = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((day + 6) % 7));
};

/** Inserts the inquiries and keeps every measure's summaries through refreshMeasureSeries. */
export async function writeInquiries(db: Executor, rows: InquiryRows): Promise<void> {
  await insertAll(db, inquiries, rows.inquiries);
  await insertAll(db, inquiryPeople, rows.inquiryPeople);
  await insertAll(db, inquirySchools, rows.inquirySchools);
  await insertAll(db, inquiryPhases, rows.inquiryPhases);
  await insertAll(
    db,
    drivers,
    rows.drivers.filter((row) => row.level === 'primary'),
  );
  await insertAll(
    db,
    drivers,
    rows.drivers.filter((row) => row.level === 'secondary'),
  );
  await insertAll(db, changeIdeas, rows.changeIdeas);
  await insertAll(db, changeIdeaDrivers, rows.changeIdeaDrivers);
  await insertAll(db, changeIdeaResources, rows.changeIdeaResources);
  await insertAll(db, changeIdeaPractices, rows.changeIdeaPractices);
  await insertAll(db, pdsaCycles, rows.pdsaCycles);
  await insertAll(db, pdsaCycleSchools, rows.pdsaCycleSchools);
  await insertAll(db, pdsaQuestions, rows.pdsaQuestions);
  await insertAll(db, measures, rows.measures);
  await insertAll(db, measurePoints, rows.measurePoints);
  await insertAll(db, measurePhases, rows.measurePhases);
  await insertAll(db, measureAnnotations, rows.measureAnnotations);
  for (const measure of rows.measures) await refreshMeasureSeries(db, measure.id);
}
