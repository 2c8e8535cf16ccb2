/**
 * The team's fields, shared by the inquiry form and the team editor: the network's schools as
 * checkboxes, and its people found by name (TeamPeoplePicker), each with a lead/member choice.
 */
import { useI18n } from '../i18n/i18n.tsx';
import { Fieldset } from '../ui/fields.tsx';
import type { Choice } from './team-choices.ts';
import { TeamPeoplePicker, type TeamPerson } from './TeamPeoplePicker.tsx';

export interface TeamValues {
  schoolIds: string[];
  people: TeamPerson[];
}

interface Props {
  prefix: string;
  networkId: string;
  values: TeamValues;
  schools: Choice[];
  /** The names of the people already in the team. */
  knownPeople: Choice[];
  /** Someone always in the team (the caller when opening one), not offered. */
  omitPersonId?: string;
  errors: Record<string, string>;
  onChange(values: TeamValues): void;
}

export function TeamFields({
  prefix,
  networkId,
  values,
  schools,
  knownPeople,
  omitPersonId,
  errors,
  onChange,
}: Props) {
  const { t } = useI18n();
  const q = t.inquiries;
  const toggleSchool = (id: string, on: boolean) =>
    onChange({
      ...values,
      schoolIds: on ? [...values.schoolIds, id] : values.schoolIds.filter((other) => other !== id),
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
        <TeamPeoplePicker
          prefix={prefix}
          networkId={networkId}
          people={values.people}
          known={knownPeople}
          omitPersonId={omitPersonId}
          onChange={(people) => onChange({ ...values, people })}
        />
      </Fieldset>
    </>
  );
}
