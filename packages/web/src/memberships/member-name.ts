import type { Membership } from '../api/types.ts';

/** The display name of a member, organisation or person. */
export const memberName = (membership: Membership) =>
  membership.member.type === 'person' ? membership.member.displayName : membership.member.name;

/** An organisation as lists name it: with its municipality, so that namesakes are told apart. */
export const organisationLabel = (organisation: { name: string; municipality?: string | null }) =>
  organisation.municipality ? `${organisation.name} (${organisation.municipality})` : organisation.name;
