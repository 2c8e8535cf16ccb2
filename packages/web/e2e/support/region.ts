/** What the browser tests need to know about the region they run on. */
export interface Account {
  email: string;
  password: string;
  name: string;
}

export interface SeededRegion {
  /** A platform administrator (may create networks and edit any). */
  admin: Account;
  /** A coordinator of `network`. */
  coordinator: Account;
  /** A plain member of `network`. */
  member: Account;
  /** An evaluator of `network` (a small role group, listed before the many members). */
  evaluator: Account;
  network: { slug: string; name: string };
  /** Someone not yet in `network`, found by typing `search`. */
  candidate: { name: string; search: string };
  /** A directory search that finds `network`, and its kind, level and region. */
  search: { text: string; kind: string; level: string; region: string };
}
