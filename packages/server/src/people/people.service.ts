import { recordAudit } from '../audit/audit.js';
import { canEditPerson, canViewContact, canViewPerson, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { ApiError, unauthenticated } from '../shared/errors.js';
import { peopleTexts as texts } from './people.texts.js';
import { currentNetworksOf } from '../networks/networks.queries.js';
import {
  affiliationsOf,
  findPerson,
  updatePersonFields,
  viewerRolesInSubjectNetworks,
} from './people.queries.js';
import type { UpdatePersonInput } from './people.schema.js';

/** A person's profile as the principal may see it: affiliations, visible networks, email when allowed. */
export async function personDetail(db: Executor, principal: Principal, id: string) {
  if (!canViewPerson(principal) || principal.kind !== 'person') throw unauthenticated();
  const person = await findPerson(db, id);
  if (!person) throw new ApiError('NOT_FOUND', texts.notFound);
  const [affiliations, networks, viewerRoles] = await Promise.all([
    affiliationsOf(db, person.id),
    currentNetworksOf(db, principal, { personId: person.id }),
    viewerRolesInSubjectNetworks(db, principal.personId, person.id),
  ]);
  const showContact = canViewContact(principal, {
    personId: person.id,
    rolesOfViewerInSharedNetworks: viewerRoles,
  });
  return {
    id: person.id,
    displayName: person.displayName,
    email: showContact ? person.email : null,
    kinds: person.kinds,
    expertise: person.expertise,
    needs: person.needs,
    languages: person.languages,
    affiliations,
    networks,
    permissions: { edit: canEditPerson(principal, person.id) },
  };
}

/** Replaces the lists given (expertise, needs, languages) on the person's profile: themselves or an admin. */
export async function updatePersonTags(
  db: Database,
  principal: Principal,
  id: string,
  input: UpdatePersonInput,
) {
  if (principal.kind !== 'person') throw unauthenticated();
  await db.transaction(async (tx) => {
    if (!(await findPerson(tx, id))) throw new ApiError('NOT_FOUND', texts.notFound);
    if (!canEditPerson(principal, id)) throw new ApiError('FORBIDDEN', texts.onlyThemselves);
    await updatePersonFields(tx, id, input);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      details: input,
    });
  });
  return personDetail(db, principal, id);
}
