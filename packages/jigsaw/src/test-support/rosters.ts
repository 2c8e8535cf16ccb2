/** Small rosters for the tests, and the checks every formed jigsaw must pass. */
import { expect } from 'vitest';
import type { Jigsaw } from '../form.js';
import type { Participant } from '../population.js';

/** `perOrganisation` people from each of `organisations` organisations: a1, a2…, b1… in organisations A, B… */
export function roster(organisations: number, perOrganisation: number, roles: string[] = []): Participant[] {
  return Array.from({ length: organisations * perOrganisation }, (_, i) => {
    const o = Math.floor(i / perOrganisation);
    const letter = String.fromCharCode(97 + o);
    const role = roles[i % perOrganisation];
    return {
      id: `${letter}${(i % perOrganisation) + 1}`,
      organisation: letter.toUpperCase(),
      ...(role ? { role } : {}),
    };
  });
}

/**
 * What holds whatever the seed: everyone in one home group and one expert table of their topic,
 * every home group with every topic, topics and tables of balanced sizes.
 */
export function expectWellFormed(jigsaw: Jigsaw, participants: Participant[], topics: number): void {
  const ids = participants.map(({ id }) => id).sort();
  expect(jigsaw.homeGroups.flat().sort()).toEqual(ids);
  expect(Object.keys(jigsaw.topicOf).sort()).toEqual(ids);
  for (const members of jigsaw.homeGroups) {
    const topicsHere = members.map((id) => jigsaw.topicOf[id]!);
    expect(new Set(topicsHere).size).toBe(topics);
    expect(topicsHere).toEqual([...topicsHere].sort((a, b) => a - b));
  }
  const sizes = jigsaw.homeGroups.map((members) => members.length);
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  expect(Object.keys(jigsaw.expertGroups)).toEqual(Array.from({ length: topics }, (_, t) => String(t + 1)));
  for (const [topic, members] of Object.entries(jigsaw.expertGroups)) {
    expect(members.every((id) => jigsaw.topicOf[id] === Number(topic))).toBe(true);
    expect(jigsaw.expertTables[topic]!.flat().sort()).toEqual([...members].sort());
  }
  const topicSizes = Object.values(jigsaw.expertGroups).map((members) => members.length);
  expect(Math.max(...topicSizes) - Math.min(...topicSizes)).toBeLessThanOrEqual(1);
  expect(jigsaw.homeGroups.flat().sort()).toEqual(Object.values(jigsaw.expertGroups).flat().sort());
}

/** The pairs of people who share a group at either level, as "a|b" with a < b. */
export function pairsMet(jigsaw: Jigsaw): Set<string> {
  const groups = [...jigsaw.homeGroups, ...Object.values(jigsaw.expertTables).flat()];
  return new Set(
    groups.flatMap((members) =>
      members.flatMap((a, i) => members.slice(i + 1).map((b) => [a, b].sort().join('|'))),
    ),
  );
}
