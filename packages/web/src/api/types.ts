/**
 * The shapes the API answers with, mirroring the server's zod schemas (`*.schema.ts`). They are
 * written out rather than inferred because inferring would pull the server's Node-only modules
 * into the browser build's type check; the e2e suite exercises them against the real server.
 */
import type {
  MembershipRole,
  NetworkApproach,
  NetworkKind,
  NetworkScope,
  NetworkStatus,
  NetworkVisibility,
  OrganisationKind,
  PersonKind,
  SchoolSector,
  SchoolStage,
  SizeBand,
} from './vocabulary.ts';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface SessionPerson {
  id: string;
  displayName: string;
  email: string | null;
  isAdmin: boolean;
  locale: string | null;
}

export interface Session {
  person: SessionPerson;
  csrfToken: string;
}

export interface NetworkRef {
  id: string;
  slug: string;
  name: string;
}

interface NetworkCore extends NetworkRef {
  kind: NetworkKind;
  level: number;
  scopes: NetworkScope[];
  approach: NetworkApproach;
  country: string | null;
  region: string | null;
  municipality: string | null;
  status: NetworkStatus;
  visibility: NetworkVisibility;
}

export interface NetworkSummary extends NetworkCore {
  memberCounts: { organisations: number; people: number };
}

export interface NetworkPermissions {
  update: boolean;
  addMembers: boolean;
  changeRoles: boolean;
  endMemberships: boolean;
  grantableRoles: MembershipRole[];
  viewPeople: boolean;
}

export interface NetworkDetail extends NetworkCore {
  purpose: string;
  goal: string;
  parents: NetworkRef[];
  children: NetworkRef[];
  memberCounts: { organisations: number; people: number; byRole: Partial<Record<MembershipRole, number>> };
  permissions: NetworkPermissions;
  createdAt: string;
  updatedAt: string;
}

/** The editable fields of a network (PATCH /networks/{id}). */
export interface NetworkChanges {
  name?: string;
  purpose?: string;
  goal?: string;
  kind?: NetworkKind;
  level?: number;
  scopes?: NetworkScope[];
  approach?: NetworkApproach;
  country?: string | null;
  region?: string | null;
  municipality?: string | null;
  status?: NetworkStatus;
  visibility?: NetworkVisibility;
  /** The networks this one belongs to; replaces the current parents as a whole. */
  parentIds?: string[];
}

/** A new network (POST /networks, platform admins): the editable fields plus its slug. */
export type NewNetwork = Required<Pick<NetworkChanges, 'name' | 'kind' | 'level' | 'scopes' | 'approach'>> &
  Omit<NetworkChanges, 'name' | 'kind' | 'level' | 'scopes' | 'approach'> & {
    /** Lower-case letters, digits and single hyphens; the network's address, fixed once created. */
    slug: string;
  };

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface OrganisationMember {
  type: 'organisation';
  id: string;
  name: string;
  kind: OrganisationKind;
  municipality: string | null;
}

export interface PersonMember {
  type: 'person';
  id: string;
  displayName: string;
  kinds: PersonKind[];
  organisations: OrganisationRef[];
}

export interface Membership {
  id: string;
  networkId: string;
  role: MembershipRole;
  startDate: string | null;
  endDate: string | null;
  member: OrganisationMember | PersonMember;
}

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string | null;
  region: string | null;
  municipality: string | null;
  stages: SchoolStage[];
  sector: SchoolSector | null;
  rural: boolean | null;
  disadvantaged: boolean | null;
  sizeBand: SizeBand | null;
  nationalCode: string | null;
}

/** A network someone or something belongs to, with the role held there. */
export interface NetworkMembershipRef {
  membershipId: string;
  network: NetworkRef;
  role: MembershipRole;
  startDate: string | null;
}

export interface OrganisationDetail extends OrganisationSummary {
  networks: NetworkMembershipRef[];
  people: { id: string; displayName: string; role: string }[];
  peopleCount: number | null;
}

export interface PersonSummary {
  id: string;
  displayName: string;
  kinds: PersonKind[];
  organisations: OrganisationRef[];
}

export interface PersonDetail {
  id: string;
  displayName: string;
  email: string | null;
  kinds: PersonKind[];
  expertise: string[];
  /** What the person is looking for help with; matched with others' expertise. */
  needs: string[];
  languages: string[];
  affiliations: {
    id: string;
    organisation: OrganisationRef;
    role: string;
    startDate: string | null;
    endDate: string | null;
  }[];
  networks: NetworkMembershipRef[];
  /** May the viewer change this person's expertise, needs and languages (themselves, or an admin)? */
  permissions: { edit: boolean };
}
