/**
 * The answers being written, as the answer page holds them: one entry per person named, in the
 * order of the questions; and the conversions from a saved response and to the API's body.
 */
import type { Candidate, NominationInput, SurveyQuestion, SurveyResponse } from './surveys.api.ts';

export interface NamedEntry {
  /** A stable key for React and for linking an API issue to its row. */
  key: string;
  questionId: string;
  person: { id: string; displayName: string; detail: string } | null;
  outside: { name: string; organisation: string } | null;
  frequency: number | null;
}

let nextKey = 0;
const newKey = () => `named-${(nextKey += 1)}`;

export const entryForPerson = (questionId: string, candidate: Candidate): NamedEntry => ({
  key: newKey(),
  questionId,
  person: {
    id: candidate.id,
    displayName: candidate.displayName,
    detail: candidate.organisations.map((organisation) => organisation.name).join(', '),
  },
  outside: null,
  frequency: null,
});

export const entryForOutsider = (questionId: string, name: string, organisation: string): NamedEntry => ({
  key: newKey(),
  questionId,
  person: null,
  outside: { name: name.trim(), organisation: organisation.trim() },
  frequency: null,
});

/** The entries of a saved response (a draft or submitted answers), to carry on from. */
export function entriesFrom(response: SurveyResponse | null): NamedEntry[] {
  return (response?.nominations ?? []).map((nomination) => ({
    key: newKey(),
    questionId: nomination.questionId,
    person: nomination.person ? { ...nomination.person, detail: '' } : null,
    outside: nomination.outside,
    frequency: nomination.frequency,
  }));
}

/**
 * The body's nominations, question by question, and the entry each one came from (the API names
 * a problem by its index: `nominations.3.frequency`).
 */
export function nominationsOf(entries: NamedEntry[], questions: SurveyQuestion[]) {
  const ordered = questions.flatMap((question) =>
    entries.filter((entry) => entry.questionId === question.id),
  );
  const nominations = ordered.map((entry): NominationInput =>
    entry.person
      ? { questionId: entry.questionId, frequency: entry.frequency, personId: entry.person.id }
      : {
          questionId: entry.questionId,
          frequency: entry.frequency,
          outside: entry.outside ?? { name: '', organisation: '' },
        },
  );
  return { nominations, keys: ordered.map((entry) => entry.key) };
}

/** The name shown for an entry. */
export const entryName = (entry: NamedEntry) => entry.person?.displayName ?? entry.outside?.name ?? '';
