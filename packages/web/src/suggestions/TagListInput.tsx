/**
 * A list of free-text tags edited from the keyboard: type a tag and press Enter (or the Add
 * button); each tag has its own Remove button. Changes are announced in the status region.
 */
import { useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
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
  onChange: (tags: string[]) => void;
}

export function TagListInput({ id, label, hint, addLabel, tags, max, error, onChange }: TagListInputProps) {
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const [draft, setDraft] = useState('');
  const full = tags.length >= max;

  const add = () => {
    const tag = draft.trim();
    if (!tag) return;
    if (full) {
      announce(fill(t.suggestions.tagLimit, { max }));
      return;
    }
    setDraft('');
    // The server drops repeats too; here they simply do not appear twice.
    if (tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) return;
    onChange([...tags, tag]);
    announce(fill(t.suggestions.tagAdded, { tag }));
  };
  const remove = (tag: string) => {
    onChange(tags.filter((existing) => existing !== tag));
    announce(fill(t.suggestions.tagRemoved, { tag }));
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
                  <span>{tag}</span>
                  <button
                    type="button"
                    className="tag-remove"
                    onClick={() => remove(tag)}
                    aria-label={fill(t.suggestions.removeTag, { tag })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="tag-entry">
            <input
              {...props}
              type="text"
              maxLength={80}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
            />
            <button type="button" className="button-secondary" onClick={add} disabled={full || !draft.trim()}>
              {addLabel}
            </button>
          </div>
        </>
      )}
    </Field>
  );
}
