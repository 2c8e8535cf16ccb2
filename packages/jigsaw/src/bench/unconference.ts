/**
 * A synthetic unconference for `npm run bench:jigsaw`, built from a fixed seed: 600 people from
 * 40 organisations whose sizes fall off as 1/rank^0.8 (a few large schools send many people,
 * most send a handful), four roles in the shares of a school network's staff, and 1,200 pairs to
 * avoid, seven in ten within one organisation (the strong ties of the map are mostly inside a
 * school) and the rest across, with weights 1 to 3 as if from earlier jigsaws.
 */
import type { AvoidPair, Participant } from '../population.js';
import { seededRandom } from '../random.js';

export interface Unconference {
  participants: Participant[];
  avoid: AvoidPair[];
  organisations: number;
  largest: number;
}

const ROLES: [string, number][] = [
  ['teacher', 0.6],
  ['head', 0.15],
  ['coordinator', 0.15],
  ['counsellor', 0.1],
];

/** `people` participants from `organisations` organisations and `pairs` avoided pairs, from `seed`. */
export function unconference(
  people: number,
  organisations: number,
  pairs: number,
  seed: number,
): Unconference {
  const random = seededRandom(seed);
  const weights = Array.from({ length: organisations }, (_, r) => (r + 1) ** -0.8);
  const total = weights.reduce((sum, w) => sum + w, 0);
  // Every organisation sends at least one person; the rest follow the weights.
  const sizes = weights.map((w) => Math.max(1, Math.round((w / total) * people)));
  sizes[0]! += people - sizes.reduce((sum, s) => sum + s, 0);
  const participants = sizes.flatMap((size, o) =>
    Array.from({ length: size }, (_, i) => ({
      id: `o${o + 1}-p${i + 1}`,
      organisation: `o${o + 1}`,
      role: role(random()),
    })),
  );
  const members = sizes.map((size, o) => Array.from({ length: size }, (_, i) => `o${o + 1}-p${i + 1}`));
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const avoid: AvoidPair[] = [];
  while (avoid.length < pairs) {
    const a = pick(participants).id;
    const b = random() < 0.7 ? pick(members[Number(a.slice(1, a.indexOf('-'))) - 1]!) : pick(participants).id;
    if (a !== b) avoid.push({ a, b, weight: 1 + Math.floor(random() * 3) });
  }
  return { participants, avoid, organisations, largest: Math.max(...sizes) };
}

function role(x: number): string {
  for (const [name, share] of ROLES) if ((x -= share) < 0) return name;
  return ROLES[0]![0];
}
