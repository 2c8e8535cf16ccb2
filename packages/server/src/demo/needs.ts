/**
 * Step 5: what people are looking for help with. Suggested connections match one person's needs
 * with another's expertise in another school, so needs come from the same tags as expertise,
 * never one a person already lists as their own, and lean towards what their school struggles
 * with: rural schools need rural (multigrade) practice, disadvantaged ones inclusion and
 * attendance, new secondary teachers the transition from primary. A stream of its own, so the
 * people step's draws (and every id after them) stay as they were.
 */
import { EXPERTISE_TAGS, type ExpertiseTag } from './people.js';
import { Random } from './random.js';
import type { DemoPerson, DemoRegion } from './region.js';

/** How many needs a person lists: most name one, some none or two. */
const NEEDS_COUNT: readonly (readonly [number, number])[] = [
  [0, 3],
  [1, 5],
  [2, 2],
];

/** Gives each person 0–2 needs tags. */
export function addNeeds(region: DemoRegion): void {
  const random = new Random(region.seed, 'needs');
  for (const person of region.people) person.row.needs = needsOf(random, person);
}

function needsOf(random: Random, person: DemoPerson): ExpertiseTag[] {
  const own = new Set(person.row.expertise ?? []);
  const weights = new Map<ExpertiseTag, number>(
    EXPERTISE_TAGS.filter((tag) => !own.has(tag)).map((tag) => [tag, 1]),
  );
  const favour = (extra: Partial<Record<ExpertiseTag, number>>) => {
    for (const [tag, weight] of Object.entries(extra) as [ExpertiseTag, number][]) {
      if (weights.has(tag)) weights.set(tag, weights.get(tag)! + weight);
    }
  };
  const { row } = person.organisation;
  const stages = row.stages ?? [];
  // What schools commonly report needing help with, whatever the kind.
  favour({
    'digital competence': 3,
    wellbeing: 2,
    'coexistence and mediation': 2,
    'data use': 2,
    assessment: 2,
  });
  if (row.rural) favour({ 'rural schools': 8, 'project-based learning': 2 });
  if (row.disadvantaged)
    favour({ 'inclusive education': 5, attendance: 5, 'newcomer pupils': 4, 'family engagement': 4 });
  if (stages.includes('lower_secondary'))
    favour({ 'primary–secondary transition': 4, 'coexistence and mediation': 3 });
  if (stages.includes('primary')) favour({ 'special educational needs': 3, languages: 2 });
  if (person.leader && row.kind === 'school')
    favour({ 'data use': 4, 'school leadership': 3, 'family engagement': 2 });
  if (row.kind !== 'school') favour({ 'digital competence': 2, 'family engagement': 2 });
  const needs: ExpertiseTag[] = [];
  for (let count = random.weighted(NEEDS_COUNT); count > 0 && weights.size > 0; count--) {
    const tag = random.weighted([...weights]);
    needs.push(tag);
    weights.delete(tag);
  }
  return needs;
}
