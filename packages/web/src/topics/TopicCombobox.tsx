/**
 * The box that adds an expertise or needs tag: a type-ahead over the topic vocabulary in the
 * reader's language (matching either language and the topics' other names) and the free tags
 * people already use, on the shared `Combobox` (keyboard and ARIA there). Picking an option adds
 * it; Enter with no option active adds the text as typed, which becomes a topic if it names one.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Combobox } from '../ui/combobox.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import type { ControlProps } from '../ui/fields.tsx';
import { foldTag, resolveTag, searchTopics, topicKeys } from './topics.api.ts';

interface Option {
  /** What is stored: a topic key, or a free tag. */
  tag: string;
  text: string;
  detail: string | null;
}

const TYPING_DELAY_MS = 200;

interface Props {
  control: ControlProps;
  disabled: boolean;
  onAdd(tag: string): void;
}

export function TopicCombobox({ control, disabled, onAdd }: Props) {
  const { t, fill, plural, locale } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), TYPING_DELAY_MS);
  const searching = q.length > 0;
  const query = useQuery({
    queryKey: [...topicKeys.matching(q), locale],
    queryFn: ({ signal }) => searchTopics(q, signal),
    enabled: searching,
    staleTime: 60_000,
  });
  const options: Option[] = [];
  if (searching && query.data) {
    for (const topic of query.data.topics)
      options.push({
        tag: topic.key,
        text: topic.label,
        detail: topic.matched ? fill(t.topics.alsoCalled, { name: topic.matched }) : null,
      });
    for (const free of query.data.freeTags)
      options.push({ tag: free.tag, text: free.tag, detail: plural(t.topics.inUse, free.uses) });
    // What was typed, as a tag of one's own, unless an option already is it.
    const typed = resolveTag(q);
    if (
      !options.some((option) => foldTag(option.tag) === foldTag(typed) || foldTag(option.text) === foldTag(q))
    )
      options.push({ tag: typed, text: fill(t.topics.ownTag, { tag: q }), detail: null });
  }
  const add = (tag: string) => {
    onAdd(tag);
    setText('');
  };

  return (
    <Combobox
      control={control}
      items={options}
      ready={searching && query.isSuccess}
      busy={searching && query.isFetching}
      text={text}
      onTextChange={setText}
      onSelect={(option) => (option ? add(option.tag) : undefined)}
      onEnterWithoutPick={() => (text.trim() ? add(resolveTag(text)) : undefined)}
      itemKey={(option) => option.tag}
      itemText={(option) => option.text}
      renderItem={(option) => (
        <>
          <span>{option.text}</span>
          {option.detail ? <span className="option-detail"> · {option.detail}</span> : null}
        </>
      )}
      clearOnPick
      enterNeverSubmits
      disabled={disabled}
      texts={{
        list: t.topics.list,
        noMatches: t.topics.noMatches,
        searching: t.topics.searching,
        count: (count) => plural(t.topics.count, count),
      }}
    />
  );
}
