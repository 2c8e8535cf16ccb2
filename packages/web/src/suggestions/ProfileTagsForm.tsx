/** A person's own expertise, needs and languages, edited as tag lists and saved together. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { PersonDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { personKeys } from '../api/people.api.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { suggestionKeys, updateProfileTags, type ProfileTags } from './suggestions.api.ts';
import { TagListInput } from './TagListInput.tsx';
import './suggestions.css';

/** The most tags of each list, as the API allows. */
const LIMITS: Record<keyof ProfileTags, number> = { needs: 10, expertise: 30, languages: 10 };
const FIELDS = ['needs', 'expertise', 'languages'] as const;

export function ProfileTagsForm({ person }: { person: PersonDetail }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const saved: ProfileTags = {
    needs: person.needs,
    expertise: person.expertise,
    languages: person.languages,
  };
  const [values, setValues] = useState(saved);
  const [error, setError] = useState<unknown>(null);

  const save = useMutation({
    mutationFn: (changes: Partial<ProfileTags>) => updateProfileTags(person.id, changes),
    onSuccess: (updated) => {
      queryClient.setQueryData(personKeys.detail(person.id), updated);
      setValues({ needs: updated.needs, expertise: updated.expertise, languages: updated.languages });
      // What one needs and knows is what suggestions match on.
      void queryClient.invalidateQueries({ queryKey: suggestionKeys.all });
      announce(t.suggestions.saved);
    },
    onError: (failure) => setError(failure),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = Object.fromEntries(
      FIELDS.filter((field) => values[field].join('\n') !== saved[field].join('\n')).map((field) => [
        field,
        values[field],
      ]),
    );
    setError(null);
    if (Object.keys(changes).length === 0) {
      announce(t.suggestions.saved);
      return;
    }
    save.mutate(changes);
  };

  const byField = error instanceof ApiError ? error.fieldErrors() : {};
  const problems =
    error === null
      ? []
      : error instanceof ApiError && error.issues.length > 0
        ? Object.entries(byField).map(([field, message]) => ({ fieldId: `profile-${field}`, message }))
        : [{ message: error instanceof Error ? error.message : String(error) }];

  return (
    <form className="panel profile-tags" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      {FIELDS.map((field) => (
        <TagListInput
          key={field}
          id={`profile-${field}`}
          label={t.suggestions.lists[field].label}
          hint={t.suggestions.lists[field].hint}
          addLabel={t.suggestions.lists[field].add}
          tags={values[field]}
          max={LIMITS[field]}
          error={byField[field]}
          topics={field !== 'languages'}
          onChange={(tags) => setValues((current) => ({ ...current, [field]: tags }))}
        />
      ))}
      <button type="submit" className="button-primary" disabled={save.isPending}>
        {save.isPending ? t.suggestions.saving : t.suggestions.save}
      </button>
    </form>
  );
}
