/**
 * The team's fields, shared by the inquiry form and the team editor: the network's schools as
 * checkboxes, and its people each with a checkbox and, once in, a lead/member choice.
 */
import type { InquiryTeamRole } from '../api/vocabulary.ts';
import { INQUIRY_TEAM_ROLES } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Fieldset } from '../ui/fields.tsx';
import type { Choice } from './team-choices.ts';

export interface TeamValues {
  schoolIds: string[];
  people: { personId: string; role: InquiryTeamRole }[];
}

interface Props {
  prefix: string;
  values: TeamValues;
  schools: Choice[];
  people: Choice[];
  /** Someone always in the team (the caller when opening one), not offered. */
  omitPersonId?: string;
  errors: Record<string, string>;
  onChange(values: TeamValues): void;
}

export function TeamFields({ prefix, values, schools, people, omitPersonId, errors, onChange }: Props) {
  const { t, fill } = useI18n();
  const q = t.inquiries;
  const toggleSchool = (id: string, on: boolean) =>
    onChange({
      ...values,
      schoolIds: on ? [...values.schoolIds, id] : values.schoolIds.filter((other) => other !== id),
    });
  const roleOf = (id: string) => values.people.find((person) => person.personId === id)?.role;
  const setPerson = (id: string, role: InquiryTeamRole | null) =>
    onChange({
      ...values,
      people:
        role === null
          ? values.people.filter((person) => person.personId !== id)
          : roleOf(id)
            ? values.people.map((person) => (person.personId === id ? { personId: id, role } : person))
            : [...values.people, { personId: id, role }],
    });
  return (
    <>
      <Fieldset
        id={`${prefix}-schoolIds`}
        legend={q.fieldSchools}
        hint={q.fieldSchoolsHint}
        error={errors.schoolIds}
        columns
      >
        {schools.map((school) => (
          <p className="checkbox" key={school.id}>
            <input
              id={`${prefix}-school-${school.id}`}
              type="checkbox"
              checked={values.schoolIds.includes(school.id)}
              onChange={(e) => toggleSchool(school.id, e.target.checked)}
            />
            <label htmlFor={`${prefix}-school-${school.id}`}>{school.name}</label>
          </p>
        ))}
      </Fieldset>
      <Fieldset id={`${prefix}-people`} legend={q.fieldPeople} hint={q.fieldPeopleHint} error={errors.people}>
        <ul className="plain-list team-people">
          {people
            .filter((person) => person.id !== omitPersonId)
            .map((person) => {
              const role = roleOf(person.id);
              return (
                <li key={person.id}>
                  <span className="checkbox">
                    <input
                      id={`${prefix}-person-${person.id}`}
                      type="checkbox"
                      checked={role !== undefined}
                      onChange={(e) => setPerson(person.id, e.target.checked ? 'member' : null)}
                    />
                    <label htmlFor={`${prefix}-person-${person.id}`}>{person.name}</label>
                  </span>
                  {role ? (
                    <select
                      aria-label={fill(q.roleOf, { name: person.name })}
                      value={role}
                      onChange={(e) => setPerson(person.id, e.target.value as InquiryTeamRole)}
                    >
                      {INQUIRY_TEAM_ROLES.map((option) => (
                        <option key={option} value={option}>
                          {q.vocab.role[option]}
                        </option>
                      ))}
                    </select>
                  ) : null}
                </li>
              );
            })}
        </ul>
      </Fieldset>
    </>
  );
}
