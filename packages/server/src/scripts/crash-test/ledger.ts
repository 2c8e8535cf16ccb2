/**
 * What the crash test asked for and what the server acknowledged. A write is acknowledged when its
 * 2xx answer arrived in full; one without an answer (in flight when the server was killed) may or
 * may not have landed, and either is correct, as long as it landed whole.
 */

export interface NetworkWrite {
  cycle: number;
  slug: string;
  /** Set when acknowledged. */
  id?: string;
}

export interface MembershipWrite {
  cycle: number;
  networkId: string;
  personId: string;
  id?: string;
}

/** One respondent's saves: each replaces their answers with three nominations named after the save. */
export interface RespondentSaves {
  /** Sequence numbers sent, in order. */
  sent: number[];
  /** The latest acknowledged save, or of one found stored: what is stored may never be older. */
  floor: number | null;
}

export class Ledger {
  readonly networks: NetworkWrite[] = [];
  readonly memberships: MembershipWrite[] = [];
  readonly respondents: RespondentSaves[];
  acknowledged = 0;
  /** Writes that got no answer: the server was killed while they were in flight. */
  unanswered = 0;
  /** Answers other than 2xx: the test or the server is wrong. */
  readonly unexpected: string[] = [];
  /** Acknowledged writes missing after a restart: must stay empty. */
  readonly lost: string[] = [];
  /** Writes found half-done (a row without its audit entry, a partial set of answers): must stay empty. */
  readonly inconsistent: string[] = [];

  constructor(respondents: number) {
    this.respondents = Array.from({ length: respondents }, () => ({ sent: [], floor: null }));
  }

  /** Acknowledged networks; with `cycle`, only that cycle's. */
  acknowledgedNetworks(cycle?: number): (NetworkWrite & { id: string })[] {
    return this.networks.filter(
      (write): write is NetworkWrite & { id: string } =>
        write.id !== undefined && (cycle === undefined || write.cycle === cycle),
    );
  }

  acknowledgedMemberships(cycle?: number): (MembershipWrite & { id: string })[] {
    return this.memberships.filter(
      (write): write is MembershipWrite & { id: string } =>
        write.id !== undefined && (cycle === undefined || write.cycle === cycle),
    );
  }
}

/** The outside names a save with this sequence number writes: three rows that land together or not at all. */
export function saveNames(respondent: number, sequence: number): string[] {
  return ['a', 'b', 'c'].map((part) => `r${respondent}-s${sequence}-${part}`);
}

/** The save a set of stored names comes from, or undefined when they are not exactly one save's names. */
export function saveOf(respondent: number, names: readonly string[]): number | undefined {
  const match = /^r(\d+)-s(\d+)-[abc]$/.exec(names[0] ?? '');
  if (!match || Number(match[1]) !== respondent) return undefined;
  const sequence = Number(match[2]);
  const expected = saveNames(respondent, sequence);
  const sorted = [...names].sort();
  return sorted.length === expected.length && sorted.every((name, index) => name === expected[index])
    ? sequence
    : undefined;
}
