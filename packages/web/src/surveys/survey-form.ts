/**
 * The new-survey form as it is held (text inputs hold strings), what it sends, and how the API's
 * issues (`title`, `questions.1.promptEs`, `closesOn`) map back to the fields they concern.
 */
import { ApiError } from '../api/client.ts';
import type { RelationType } from '../api/vocabulary.ts';
import { addDays, todayIso } from '../i18n/dates.ts';
import type { Problem } from '../ui/error-summary.tsx';
import type { NewQuestion } from './surveys.api.ts';

export interface QuestionValues {
  /** A stable React key: questions can be removed from the middle. */
  key: number;
  relation: RelationType;
  promptEn: string;
  promptEs: string;
  maxNominations: string;
  useScale: boolean;
  /** One label per line. */
  scale: string;
}

export interface SurveyFormValues {
  title: string;
  questions: QuestionValues[];
  opensOn: string;
  closesOn: string;
}

let nextKey = 0;

export const newQuestion = (scale: string): QuestionValues => ({
  key: (nextKey += 1),
  relation: 'advice',
  promptEn: '',
  promptEs: '',
  maxNominations: '5',
  useScale: false,
  scale,
});

/** A new form: one question, and a wave from the user's today (`YYYY-MM-DD`) for four weeks. */
export function newSurveyForm(scale: string, today = todayIso()): SurveyFormValues {
  return { title: '', questions: [newQuestion(scale)], opensOn: today, closesOn: addDays(today, 28) };
}

/** The question as the API takes it; a number field left empty or malformed is the API's to refuse. */
export function questionBody(question: QuestionValues): NewQuestion {
  const labels = question.scale
    .split('\n')
    .map((label) => label.trim())
    .filter(Boolean);
  return {
    relation: question.relation,
    promptEn: question.promptEn,
    promptEs: question.promptEs,
    maxNominations: Number(question.maxNominations.trim() || Number.NaN),
    frequencyScale: question.useScale ? labels : null,
  };
}

/** The id of the control a form field is rendered with. */
export const surveyFieldId = (path: string) => `survey-${path.replace(/\./g, '-')}`;

/** The field an issue's path is about: a question's field (`questions.0.promptEn`) or a top-level one. */
function fieldOf(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'questions' && parts[1] !== undefined && parts[2] !== undefined) {
    // A scale label's own issue (`frequencyScale.3`) belongs to the scale's text area.
    return `questions.${parts[1]}.${parts[2] === 'frequencyScale' ? 'scale' : parts[2]}`;
  }
  return parts[0] ?? '';
}

export interface FormErrors {
  byField: Record<string, string>;
  problems: Problem[];
}

/** A failed save as messages at the fields (keyed by `fieldOf`) and lines for the error summary. */
export function surveyFormErrors(error: unknown, labelOf: (field: string) => string): FormErrors {
  if (!error) return { byField: {}, problems: [] };
  const issues = error instanceof ApiError ? error.issues : [];
  if (issues.length === 0) {
    return { byField: {}, problems: [{ message: error instanceof Error ? error.message : String(error) }] };
  }
  const byField: Record<string, string> = {};
  const problems = issues.map((issue): Problem => {
    const field = fieldOf(issue.path);
    if (!field) return { message: issue.message };
    byField[field] ??= issue.message;
    return { fieldId: surveyFieldId(field), message: `${labelOf(field)}: ${issue.message}` };
  });
  return { byField, problems };
}
