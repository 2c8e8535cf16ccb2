/**
 * What the network learns from its inquiries: the "what works here" roll-up (by what was tried
 * and by outcome) and, on a practice or resource of the bank, the evidence from its use.
 *
 * Both count only the inquiries the caller may see, and both read the per-series summaries
 * (measure_series), each school's series apart: a signal is a school's, never an average's.
 * What counts as a school "where it worked": a school that ran a cycle of the change and where a
 * measure in scope (the idea's own process measures, its inquiries' outcome measures) shows a
 * judged signal in the better (or worse) direction — so "k of M schools" always has k ≤ M.
 */
import { canOnNetwork, type Principal } from '../authz/policy.js';
import { queryRows, type Executor } from '../db/database.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { loadPractice } from '../practices/practices.service.js';
import { loadReadable } from '../resources/resources.service.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { defineTexts } from '../shared/text.js';
import { OUTCOME_AREAS, PDSA_DECISIONS, type OutcomeArea, type PdsaDecision } from '../shared/vocabulary.js';
import {
  cycleCountsIn,
  cycleSchoolsIn,
  ideaLinksIn,
  ideaOwnersScope,
  ideasIn,
  ideasLinkedTo,
  inquiriesIn,
  measureCountsIn,
  networkScope,
  signalsIn,
  teamSchoolsIn,
  topSeriesOf,
  type InquiryScope,
  type ShownSeries,
  type SignalAt,
} from './insight.queries.js';
import type { EvidenceFromUseView, WhatWorksView } from './rollup.schema.js';

const texts = defineTexts({
  mayNotRollUp: {
    en: 'Only the network’s members see what works across its inquiries.',
    es: 'Solo los miembros de la red ven qué funciona en sus indagaciones.',
  },
});

/** How many series each group shows as small multiples. */
export const RESULTS_PER_GROUP = 12;
/**
 * How many groups (those tried in the most schools) carry small multiples; the rest carry their
 * counts only. A programme's network has hundreds of groups: drawing every one's series made the
 * answer megabytes long and the roll-up seconds slow (docs/benchmarks.md).
 */
export const GROUPS_WITH_RESULTS = 20;
/** How many of a series' latest points each small multiple draws (measure_series keeps more). */
export const POINTS_PER_RESULT = 12;

type ChangeView = WhatWorksView['byChange'][number];
type ResultView = ChangeView['results'][number];

/** What was tried, before it is counted: its ideas and the inquiries they belong to. */
interface Group {
  kind: ChangeView['kind'];
  id: string;
  title: string;
  ideaIds: Set<string>;
  inquiryIds: Set<string>;
}

/** The facts of one scope, in memory, indexed for counting groups. */
interface ScopeFacts {
  inquiries: Map<string, { title: string; outcome: OutcomeArea; network: { id: string; name: string } }>;
  cyclesByIdea: Map<string, { total: number; decisions: Map<PdsaDecision, number> }>;
  cycleSchoolsByIdea: Map<string, Set<string>>;
  /** Signals of the measures that follow an idea, by idea; of outcome measures, by inquiry. */
  ideaSignals: Map<string, SignalAt[]>;
  outcomeSignals: Map<string, SignalAt[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** What orders the groups — the schools that ran their cycles — and names them; no signals yet. */
async function cycleFacts(db: Executor, scope: InquiryScope): Promise<ScopeFacts> {
  const [inquiryRows, cycleCounts, cycleSchools] = await Promise.all([
    inquiriesIn(db, scope),
    cycleCountsIn(db, scope),
    cycleSchoolsIn(db, scope),
  ]);
  const facts: ScopeFacts = {
    inquiries: new Map(inquiryRows.map(({ id, ...rest }) => [id, rest])),
    cyclesByIdea: new Map(),
    cycleSchoolsByIdea: new Map(),
    ideaSignals: new Map(),
    outcomeSignals: new Map(),
  };
  for (const { ideaId, decision, cycles } of cycleCounts) {
    let entry = facts.cyclesByIdea.get(ideaId);
    if (!entry) facts.cyclesByIdea.set(ideaId, (entry = { total: 0, decisions: new Map() }));
    entry.total += cycles;
    if (decision) entry.decisions.set(decision, (entry.decisions.get(decision) ?? 0) + cycles);
  }
  for (const { ideaId, schoolId } of cycleSchools) {
    const schools = facts.cycleSchoolsByIdea.get(ideaId) ?? new Set<string>();
    facts.cycleSchoolsByIdea.set(ideaId, schools.add(schoolId));
  }
  return facts;
}

function addSignals(facts: ScopeFacts, signals: SignalAt[]) {
  for (const row of signals) {
    if (row.changeIdeaId) push(facts.ideaSignals, row.changeIdeaId, row);
    else push(facts.outcomeSignals, row.inquiryId, row);
  }
}

const signalOf = (series: ShownSeries): ResultView['signal'] =>
  !series.judged
    ? 'too_few'
    : series.better && series.worse
      ? 'both'
      : series.better
        ? 'better'
        : series.worse
          ? 'worse'
          : 'none';

/** The signals in a group's scope: its ideas' own measures and its inquiries' outcome measures. */
function signalsOfGroup(facts: ScopeFacts, group: Group) {
  const found: SignalAt[] = [];
  for (const ideaId of group.ideaIds) found.push(...(facts.ideaSignals.get(ideaId) ?? []));
  for (const inquiryId of group.inquiryIds) found.push(...(facts.outcomeSignals.get(inquiryId) ?? []));
  return found;
}

/** The schools that ran a cycle of one of the group's ideas. */
function schoolsOf(facts: ScopeFacts, group: Group) {
  const schools = new Set<string>();
  for (const ideaId of group.ideaIds)
    for (const school of facts.cycleSchoolsByIdea.get(ideaId) ?? []) schools.add(school);
  return schools;
}

interface Counted {
  group: Group;
  schools: Set<string>;
  cycles: number;
  decisions: Record<PdsaDecision, number>;
  better: Set<string>;
  worse: Set<string>;
}

/** A school "where it worked" ran a cycle of the group and has a judged signal in its scope, so k ≤ M. */
function countGroup(facts: ScopeFacts, group: Group, schools = schoolsOf(facts, group)): Counted {
  const decisions = Object.fromEntries(PDSA_DECISIONS.map((d) => [d, 0])) as Record<PdsaDecision, number>;
  let cycles = 0;
  for (const ideaId of group.ideaIds) {
    const counts = facts.cyclesByIdea.get(ideaId);
    if (!counts) continue;
    cycles += counts.total;
    for (const [decision, n] of counts.decisions) decisions[decision] += n;
  }
  const better = new Set<string>();
  const worse = new Set<string>();
  for (const row of signalsOfGroup(facts, group)) {
    if (!schools.has(row.schoolId)) continue;
    if (row.better) better.add(row.schoolId);
    if (row.worse) worse.add(row.schoolId);
  }
  return { group, schools, cycles, decisions, better, worse };
}

/** The groups of what was tried: each visible practice or resource gathers its ideas; an idea linked to neither is its own. */
function groupsOf(
  ideas: { id: string; inquiryId: string; text: string }[],
  links: Awaited<ReturnType<typeof ideaLinksIn>>,
): Group[] {
  const groups = new Map<string, Group>();
  const linked = new Set<string>();
  const inquiryOf = new Map(ideas.map((idea) => [idea.id, idea.inquiryId]));
  for (const link of links) {
    const inquiryId = inquiryOf.get(link.ideaId);
    if (inquiryId === undefined) continue;
    const key = `${link.kind} ${link.id}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: link.kind, id: link.id, title: link.title, ideaIds: new Set(), inquiryIds: new Set() };
      groups.set(key, group);
    }
    group.ideaIds.add(link.ideaId);
    group.inquiryIds.add(inquiryId);
    linked.add(link.ideaId);
  }
  for (const idea of ideas) {
    if (linked.has(idea.id)) continue;
    groups.set(`idea ${idea.id}`, {
      kind: 'idea',
      id: idea.id,
      title: idea.text,
      ideaIds: new Set([idea.id]),
      inquiryIds: new Set([idea.inquiryId]),
    });
  }
  return [...groups.values()];
}

/** The small multiples of the chosen groups, in one query for all: group index → results. */
async function resultsOf(db: Executor, facts: ScopeFacts, groups: Group[]) {
  const byGroup = new Map<number, ResultView[]>();
  for (const series of await topSeriesOf(db, groups, RESULTS_PER_GROUP))
    push(byGroup, series.group, {
      inquiry: { id: series.inquiryId, title: facts.inquiries.get(series.inquiryId)!.title },
      measure: { id: series.measureId, name: series.measureName, kind: series.kind },
      school: { id: series.schoolId, name: series.schoolName },
      signal: signalOf(series),
      recent: series.recent.slice(-POINTS_PER_RESULT).map(([period, value]) => ({ period, value })),
    });
  return byGroup;
}

/**
 * The network's roll-up of the inquiries the caller may see: 404 for a network they may not see,
 * 401 anonymous. In two rounds of queries run side by side: first what orders the groups (their
 * cycles' schools), then the signals, the first groups' small multiples and the outcome facts.
 */
export async function whatWorks(db: Executor, principal: Principal, key: string): Promise<WhatWorksView> {
  if (principal.kind === 'anonymous') throw unauthenticated();
  const { network, facts: networkFacts } = await loadVisibleNetwork(db, principal, key);
  if (!canOnNetwork(principal, 'inquiry.rollup', networkFacts)) throw forbidden(texts.mayNotRollUp);
  const scope = networkScope(principal, network.id);
  const [facts, ideas, links] = await Promise.all([
    cycleFacts(db, scope),
    ideasIn(db, scope),
    ideaLinksIn(db, principal, scope),
  ]);
  const ordered = groupsOf(ideas, links).map((group) => ({ group, schools: schoolsOf(facts, group) }));
  ordered.sort((a, b) => b.schools.size - a.schools.size || a.group.title.localeCompare(b.group.title));
  const [signals, results, teamSchools, measureCounts] = await Promise.all([
    signalsIn(db, scope),
    resultsOf(
      db,
      facts,
      ordered.slice(0, GROUPS_WITH_RESULTS).map((entry) => entry.group),
    ),
    teamSchoolsIn(db, scope),
    measureCountsIn(db, scope),
  ]);
  addSignals(facts, signals);

  const byChange = ordered.map(({ group, schools }, index) => {
    const { cycles, decisions, better, worse } = countGroup(facts, group, schools);
    return {
      kind: group.kind,
      id: group.id,
      title: group.title,
      inquiries: group.inquiryIds.size,
      schools: schools.size,
      cycles,
      decisions,
      outcomes: OUTCOME_AREAS.filter((area) =>
        [...group.inquiryIds].some((id) => facts.inquiries.get(id)?.outcome === area),
      ),
      schoolsBetter: better.size,
      schoolsWorse: worse.size,
      results: results.get(index) ?? [],
    };
  });

  return {
    network: { id: network.id, slug: network.slug, name: network.name },
    inquiries: facts.inquiries.size,
    byChange,
    byOutcome: byOutcome(facts, ideas, teamSchools, measureCounts),
  };
}

/**
 * Per outcome area: its inquiries, the schools of their teams, their cycles and measures, and
 * the schools where an outcome measure shows a judged signal.
 */
function byOutcome(
  facts: ScopeFacts,
  ideas: { id: string; inquiryId: string }[],
  teamSchools: { inquiryId: string; schoolId: string }[],
  measureCounts: { inquiryId: string; measures: number }[],
): WhatWorksView['byOutcome'] {
  const outcomeOf = (inquiryId: string) => facts.inquiries.get(inquiryId)?.outcome;
  const areas = new Map<
    OutcomeArea,
    {
      inquiries: number;
      schools: Set<string>;
      cycles: number;
      measures: number;
      better: Set<string>;
      worse: Set<string>;
    }
  >();
  const area = (outcome: OutcomeArea) => {
    let entry = areas.get(outcome);
    if (!entry) {
      entry = {
        inquiries: 0,
        schools: new Set(),
        cycles: 0,
        measures: 0,
        better: new Set(),
        worse: new Set(),
      };
      areas.set(outcome, entry);
    }
    return entry;
  };
  for (const { outcome } of facts.inquiries.values()) area(outcome).inquiries += 1;
  for (const { inquiryId, schoolId } of teamSchools) area(outcomeOf(inquiryId)!).schools.add(schoolId);
  for (const { inquiryId, measures } of measureCounts) area(outcomeOf(inquiryId)!).measures += measures;
  for (const idea of ideas)
    area(outcomeOf(idea.inquiryId)!).cycles += facts.cyclesByIdea.get(idea.id)?.total ?? 0;
  for (const [inquiryId, signals] of facts.outcomeSignals) {
    const entry = area(outcomeOf(inquiryId)!);
    for (const row of signals) {
      if (row.better) entry.better.add(row.schoolId);
      if (row.worse) entry.worse.add(row.schoolId);
    }
  }
  return [...areas.entries()]
    .sort(
      ([a, x], [b, y]) => y.inquiries - x.inquiries || OUTCOME_AREAS.indexOf(a) - OUTCOME_AREAS.indexOf(b),
    )
    .map(([outcome, entry]) => ({
      outcome,
      inquiries: entry.inquiries,
      schools: entry.schools.size,
      cycles: entry.cycles,
      measures: entry.measures,
      schoolsBetter: entry.better.size,
      schoolsWorse: entry.worse.size,
    }));
}

/** "Used in N cycles by M schools; in k of them a measure showed a better signal", over the inquiries the caller may see. */
async function evidenceFromUse(
  db: Executor,
  principal: Principal,
  kind: 'practice' | 'resource',
  id: string,
): Promise<EvidenceFromUseView> {
  const linked = ideasLinkedTo(kind, id);
  const scope = ideaOwnersScope(principal, linked);
  const [facts, ideas, signals] = await Promise.all([
    cycleFacts(db, scope),
    ideasIn(db, scope),
    signalsIn(db, scope),
  ]);
  addSignals(facts, signals);
  const linkedIdeas = await linkedIdeaIds(db, kind, id);
  const perInquiry = new Map<string, Group>();
  for (const idea of ideas) {
    if (!linkedIdeas.has(idea.id)) continue;
    let group = perInquiry.get(idea.inquiryId);
    if (!group) {
      group = { kind, id, title: '', ideaIds: new Set(), inquiryIds: new Set([idea.inquiryId]) };
      perInquiry.set(idea.inquiryId, group);
    }
    group.ideaIds.add(idea.id);
  }
  const all: Group = {
    kind,
    id,
    title: '',
    ideaIds: new Set([...perInquiry.values()].flatMap((group) => [...group.ideaIds])),
    inquiryIds: new Set(perInquiry.keys()),
  };
  const total = countGroup(facts, all);
  const rows = [...perInquiry.entries()].map(([inquiryId, group]) => {
    const counted = countGroup(facts, group);
    const inquiry = facts.inquiries.get(inquiryId)!;
    return {
      id: inquiryId,
      title: inquiry.title,
      network: inquiry.network,
      cycles: counted.cycles,
      schools: counted.schools.size,
      better: counted.better.size > 0,
    };
  });
  rows.sort((a, b) => b.cycles - a.cycles || a.title.localeCompare(b.title));
  return {
    cycles: total.cycles,
    schools: total.schools.size,
    schoolsBetter: total.better.size,
    inquiries: rows,
  };
}

async function linkedIdeaIds(db: Executor, kind: 'practice' | 'resource', id: string) {
  const rows = await queryRows<{ change_idea_id: string }>(db, ideasLinkedTo(kind, id));
  return new Set(rows.map((row) => row.change_idea_id));
}

/** Evidence from use of a practice the caller may see (404 otherwise). */
export async function practiceInquiryUse(db: Executor, principal: Principal, id: string) {
  await loadPractice(db, principal, id);
  return evidenceFromUse(db, principal, 'practice', id);
}

/** Evidence from use of a resource the caller may read (404 otherwise). */
export async function resourceInquiryUse(db: Executor, principal: Principal, id: string) {
  await loadReadable(db, principal, id);
  return evidenceFromUse(db, principal, 'resource', id);
}
