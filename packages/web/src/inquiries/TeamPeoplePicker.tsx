/**
 * The people of an inquiry's team: those chosen, each with a lead/member choice and a Remove
 * button, and a type-ahead over the network's people (GET …/memberships?type=person&q=), since a
 * network can have hundreds of them and a list of checkboxes would neither fit nor reach them all.
 */
import { useState } from 'react';
import type { PersonMember } from '../api/types.ts';
import { INQUIRY_TEAM_ROLES, type InquiryTeamRole } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { listMemberships } from '../memberships/memberships.api.ts';
import { Combobox } from '../ui/combobox.tsx';
import { Field } from '../ui/fields.tsx';
import { useTypeAhead } from '../ui/use-type-ahead.ts';
import type { Choice } from './team-choices.ts';

export interface TeamPerson {
  personId: string;
  role: InquiryTeamRole;
}

interface Props {
  prefix: string;
  networkId: string;
  people: TeamPerson[];
  /** Names of people already in the team (the saved team's), as the type-ahead learns the others. */
  known: Choice[];
  /** Someone always in the team (the caller when opening one), not offered. */
  omitPersonId?: string | undefined;
  onChange(people: TeamPerson[]): void;
}

const SUGGESTIONS = 10;

export function TeamPeoplePicker({ prefix, networkId, people, known, omitPersonId, onChange }: Props) {
  const { t, fill, plural } = useI18n();
  const q = t.inquiries;
  const [picked, setPicked] = useState<Choice[]>([]);
  const { results, combobox } = useTypeAhead({
    key: (q) => ['networks', networkId, 'memberships', 'people', q],
    search: (q, signal) =>
      listMemberships(networkId, null, signal, { type: 'person', q }, SUGGESTIONS).then((page) => page.items),
  });
  const names = new Map([...known, ...picked].map((person) => [person.id, person.name]));
  const inTeam = new Set(people.map((person) => person.personId));
  const items = results.flatMap(({ member }) =>
    member.type === 'person' && !inTeam.has(member.id) && member.id !== omitPersonId ? [member] : [],
  );
  const setRole = (id: string, role: InquiryTeamRole) =>
    onChange(people.map((person) => (person.personId === id ? { personId: id, role } : person)));
  return (
    <>
      {people.length > 0 ? (
        <ul className="plain-list team-people" aria-label={q.fieldPeople}>
          {people.map((person) => {
            const name = names.get(person.personId) ?? person.personId;
            return (
              <li key={person.personId}>
                <span>{name}</span>
                <select
                  aria-label={fill(q.roleOf, { name })}
                  value={person.role}
                  onChange={(e) => setRole(person.personId, e.target.value as InquiryTeamRole)}
                >
                  {INQUIRY_TEAM_ROLES.map((option) => (
                    <option key={option} value={option}>
                      {q.vocab.role[option]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => onChange(people.filter((other) => other.personId !== person.personId))}
                >
                  {q.remove}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <Field id={`${prefix}-add-person`} label={q.addPerson} hint={q.addPersonHint}>
        {(control) => (
          <Combobox<PersonMember>
            control={control}
            items={items}
            {...combobox}
            onSelect={(member) => {
              if (!member || inTeam.has(member.id)) return;
              setPicked((before) => [...before, { id: member.id, name: member.displayName }]);
              onChange([...people, { personId: member.id, role: 'member' }]);
            }}
            itemKey={(member) => member.id}
            itemText={(member) => member.displayName}
            renderItem={(member) => <span className="option-name">{member.displayName}</span>}
            clearOnPick
            enterNeverSubmits
            texts={{
              list: q.addPerson,
              noMatches: q.noPersonMatches,
              searching: q.searchingPeople,
              count: (count) => plural(q.personSuggestions, count),
            }}
          />
        )}
      </Field>
    </>
  );
}
