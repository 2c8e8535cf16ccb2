/**
 * A list of tags edited from the keyboard: type a tag and press Enter (or the Add button), or,
 * with `topics`, pick one from the topic vocabulary's type-ahead; each tag is a chip labelled in
 * the reader's language with its own Remove button. Changes are announced in the status region.
 */
import { useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { foldTag, tagLabel } from '../topics/topics.api.ts';
import { TopicCombobox } from '../topics/TopicCombobox.tsx';
import { Field } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';

interface TagListInputProps {
  id: string;
  label: string;
  hint: string;
  /** The add button's text, e.g. "Add need". */
  addLabel: string;
  tags: string[];
  max: number;
  error?: string | undefined;
  /** Choose from the topic vocabulary (expertise and needs), free tags still allowed. */
  topics?: boolean;
  onChange: (tags: string[]) => void;
}

export function TagListInput({
  id,
  label,
  hint,
  addLabel,
  tags,
  max,
  error,
  topics = false,
  onChange,
}: TagListInputProps) {
  const { t, fill, locale } = useI18n();
  const announce = useAnnounce();
  const [draft, setDraft] = useState('');
  const full = tags.length >= max;

  const addTag = (typed: string) => {
    const tag = typed.trim();
    if (!tag) return;
    if (full) {
      announce(fill(t.suggestions.tagLimit, { max }));
      return;
    }
    setDraft('');
    // The server drops repeats too (the same topic, or the same text folded); here they simply do
    // not appear twice.
    if (tags.some((existing) => foldTag(existing) === foldTag(tag))) return;
    onChange([...tags, tag]);
    announce(fill(t.suggestions.tagAdded, { tag: tagLabel(tag, locale) }));
  };
  const add = () => addTag(draft);
  const remove = (tag: string) => {
    onChange(tags.filter((existing) => existing !== tag));
    announce(fill(t.suggestions.tagRemoved, { tag: tagLabel(tag, locale) }));
    document.getElementById(id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the tag instead of submitting the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <Field id={id} label={label} hint={`${hint} ${fill(t.suggestions.tagLimit, { max })}`} error={error}>
      {(props) => (
        <>
          {tags.length > 0 ? (
            <ul className="tag-list" aria-label={label}>
              {tags.map((tag) => (
                <li key={tag}>
                  <span>{tagLabel(tag, locale)}</span>
                  <button
                    type="button"
                    className="tag-remove"
                    onClick={() => remove(tag)}
                    aria-label={fill(t.suggestions.removeTag, { tag: tagLabel(tag, locale) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {topics ? (
            <TopicCombobox control={props} disabled={full} onAdd={addTag} />
          ) : (
            <div className="tag-entry">
              <input
                {...props}
                type="text"
                maxLength={80}
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
                onKeyDown={onKeyDown}
              />
              <button
                type="button"
                className="button-secondary"
                onClick={add}
                disabled={full || !draft.trim()}
              >
                {addLabel}
              </button>
            </div>
          )}
        </>
      )}
    </Field>
  );
}
