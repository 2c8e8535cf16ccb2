/**
 * When two people outside the network named in one question are the same: their name and
 * organisation compared without case, accents or extra spaces ("Lucía  Benítez" is "lucia
 * benitez"). Dependency-free: the answer page refuses the same person with the same rule.
 */
const simplify = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export const outsiderKey = (outside: { name: string; organisation: string }) =>
  `${simplify(outside.name)}\u0000${simplify(outside.organisation)}`;
