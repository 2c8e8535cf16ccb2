/**
 * Who a wave asks, chosen when it is opened: everyone in the network, the staff of chosen
 * organisations, members in chosen roles, or a list of people (organisations and people found
 * with a type-ahead), with the number of people who will be asked, counted by the server as
 * the choice changes.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  MEMBERSHIP_ROLES,
  RESPONDENT_CHOICES,
  type MembershipRole,
  type RespondentChoice,
} from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Combobox } from '../ui/combobox.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import { Field, Fieldset } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';
import {
  findRespondentOptions,
  previewRespondents,
  surveyKeys,
  type RespondentOption,
  type RespondentsInput,
} from './surveys.api.ts';

export interface RespondentsValues {
  choice: RespondentChoice;
  organisations: { id: string; name: string }[];
  roles: MembershipRole[];
  people: { id: string; name: string }[];
}

export const everyone = (): RespondentsValues => ({
  choice: 'everyone',
  organisations: [],
  roles: [],
  people: [],
});

/** The choice as the API takes it. */
export function respondentsBody(values: RespondentsValues): RespondentsInput {
  switch (values.choice) {
    case 'everyone':
      return { choice: 'everyone' };
    case 'organisations':
      return { choice: 'organisations', organisationIds: values.organisations.map((o) => o.id) };
    case 'roles':
      return { choice: 'roles', roles: values.roles };
    case 'people':
      return { choice: 'people', personIds: values.people.map((p) => p.id) };
  }
}

/** Whether the choice names someone (the count is asked for only then). */
const complete = (values: RespondentsValues) =>
  values.choice === 'everyone' ||
  (values.choice === 'organisations' && values.organisations.length > 0) ||
  (values.choice === 'roles' && values.roles.length > 0) ||
  (values.choice === 'people' && values.people.length > 0);

interface Props {
  /** The field ids' prefix, e.g. `wave-respondents`. */
  id: string;
  networkId: string;
  values: RespondentsValues;
  /** Problems by the API's path below `respondents` ('' for the choice itself). */
  errors: Record<string, string>;
  onChange(values: RespondentsValues): void;
}

export function RespondentsFieldset({ id, networkId, values, errors, onChange }: Props) {
  const { t, plural } = useI18n();
  const texts = t.surveyWaves.respondents;
  const body = respondentsBody(values);
  const rule = useDebounced(JSON.stringify(body), 250);
  const preview = useQuery({
    queryKey: surveyKeys.preview(networkId, rule),
    queryFn: ({ signal }) => previewRespondents(networkId, JSON.parse(rule) as RespondentsInput, signal),
    enabled: complete(values) && rule === JSON.stringify(body),
    staleTime: 10_000,
  });
  const listError = errors.organisationIds ?? errors.roles ?? errors.personIds;
  return (
    <Fieldset id={id} legend={texts.legend} hint={texts.hint} error={errors[''] ?? listError}>
      {RESPONDENT_CHOICES.map((choice) => (
        <div className="choice" key={choice}>
          <input
            id={`${id}-${choice}`}
            type="radio"
            name={`${id}-choice`}
            value={choice}
            checked={values.choice === choice}
            onChange={() => onChange({ ...values, choice })}
          />
          <label htmlFor={`${id}-${choice}`}>{texts.choice[choice]}</label>
        </div>
      ))}
      {values.choice === 'organisations' ? (
        <Chooser
          id={`${id}-organisations`}
          kind="organisation"
          networkId={networkId}
          label={texts.organisations}
          listLabel={texts.chosenOrganisations}
          chosen={values.organisations}
          onChange={(organisations) => onChange({ ...values, organisations })}
        />
      ) : null}
      {values.choice === 'people' ? (
        <Chooser
          id={`${id}-people`}
          kind="person"
          networkId={networkId}
          label={texts.people}
          listLabel={texts.chosenPeople}
          chosen={values.people}
          onChange={(people) => onChange({ ...values, people })}
        />
      ) : null}
      {values.choice === 'roles' ? (
        <fieldset className="respondent-roles">
          <legend>{texts.roles}</legend>
          {MEMBERSHIP_ROLES.filter((role) => role !== 'observer').map((role) => (
            <div className="choice" key={role}>
              <input
                id={`${id}-role-${role}`}
                type="checkbox"
                checked={values.roles.includes(role)}
                onChange={(event) =>
                  onChange({
                    ...values,
                    roles: event.target.checked
                      ? [...values.roles, role]
                      : values.roles.filter((other) => other !== role),
                  })
                }
              />
              <label htmlFor={`${id}-role-${role}`}>{t.vocab.role[role]}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <p className="respondents-count" aria-live="polite">
        {!complete(values)
          ? ''
          : preview.isSuccess && rule === JSON.stringify(body)
            ? plural(texts.asked, preview.data.asked)
            : preview.isError
              ? ''
              : texts.counting}
      </p>
    </Fieldset>
  );
}

/** A type-ahead that collects organisations or people, listed with a remove button each. */
function Chooser({
  id,
  kind,
  networkId,
  label,
  listLabel,
  chosen,
  onChange,
}: {
  id: string;
  kind: 'person' | 'organisation';
  networkId: string;
  label: string;
  listLabel: string;
  chosen: { id: string; name: string }[];
  onChange(chosen: { id: string; name: string }[]): void;
}) {
  const { t, fill, plural } = useI18n();
  const texts = t.surveyWaves.respondents;
  const announce = useAnnounce();
  const listId = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const searching = q.length >= 2;
  const query = useQuery({
    queryKey: surveyKeys.options(networkId, kind, q),
    queryFn: ({ signal }) => findRespondentOptions(networkId, kind, q, signal),
    enabled: searching,
    staleTime: 60_000,
  });
  const taken = new Set(chosen.map((item) => item.id));
  const items = searching && query.data ? query.data.filter((item) => !taken.has(item.id)) : [];
  return (
    <div className="respondent-chooser">
      <Field id={`${id}-search`} label={label} hint={texts.searchHint}>
        {(control) => (
          <Combobox<RespondentOption>
            control={control}
            items={items}
            ready={searching && query.isSuccess}
            busy={searching && query.isFetching}
            text={text}
            onTextChange={setText}
            onSelect={(item) => {
              if (!item) return;
              onChange([...chosen, { id: item.id, name: item.name }]);
              announce(fill(texts.added, { name: item.name }));
            }}
            itemKey={(item) => item.id}
            itemText={(item) => item.name}
            renderItem={(item) => (
              <>
                <span className="option-name">{item.name}</span>
                {item.detail ? <span className="option-detail"> · {item.detail}</span> : null}
              </>
            )}
            clearOnPick
            enterNeverSubmits
            texts={{
              list: label,
              noMatches: texts.noMatches,
              searching: texts.searching,
              count: (count) => plural(texts.suggestions, count),
            }}
          />
        )}
      </Field>
      <h3 id={listId} className="chosen-heading">
        {listLabel}
      </h3>
      {chosen.length === 0 ? <p className="hint">{texts.noneChosen}</p> : null}
      <ul className="chosen-list" aria-labelledby={listId}>
        {chosen.map((item) => (
          <li key={item.id}>
            <span>{item.name}</span>{' '}
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                onChange(chosen.filter((other) => other.id !== item.id));
                announce(fill(texts.removed, { name: item.name }));
                document.getElementById(`${id}-search`)?.focus();
              }}
            >
              {fill(texts.remove, { name: item.name })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a wave's respondents are, in a sentence (for its page). */
export function useRespondentsSummary() {
  const { t, fill, plural } = useI18n();
  const texts = t.surveyWaves.respondents.summary;
  return (respondents: {
    choice: RespondentChoice;
    roles: MembershipRole[];
    organisations: { name: string }[];
    people: { displayName: string }[];
  }) => {
    switch (respondents.choice) {
      case 'everyone':
        return texts.everyone;
      case 'organisations':
        return fill(texts.organisations, { names: respondents.organisations.map((o) => o.name).join(', ') });
      case 'roles':
        return fill(texts.roles, { names: respondents.roles.map((role) => t.vocab.role[role]).join(', ') });
      case 'people':
        return plural(texts.people, respondents.people.length);
    }
  };
}
