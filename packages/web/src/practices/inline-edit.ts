/** What an item's inline edit form (an evidence item, an adoption) needs besides its fields. */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, type FormEvent } from 'react';
import { changedFields } from '../ui/form-errors.ts';

/**
 * Saving sends only the fields that changed, and nothing when none did (the API refuses an empty
 * change); `onSaved` hears whether anything was sent. The form's heading takes focus as it opens,
 * so a screen reader hears what is being edited.
 */
export function useInlineEdit<Input extends object>(options: {
  saved: Input;
  current: Input;
  send(changes: Partial<Input>): Promise<unknown>;
  onSaved(changed: boolean): void;
}) {
  const save = useMutation({
    mutationFn: async () => {
      const changes = changedFields(options.saved, options.current);
      if (Object.keys(changes).length === 0) return false;
      await options.send(changes);
      return true;
    },
    onSuccess: options.onSaved,
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return { save, heading, submit };
}
