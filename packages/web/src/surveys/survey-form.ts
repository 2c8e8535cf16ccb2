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
  /** The same labels in Spanish, one per line (optional). */
  scaleEs: string;
}

export interface SurveyFormValues {
  /** The title in English. */
  title: string;
  titleEs: string;
  questions: QuestionValues[];
  opensOn: string;
  closesOn: string;
}

let nextKey = 0;

export const newQuestion = (scale: string, scaleEs = ''): QuestionValues => ({
  key: (nextKey += 1),
  relation: 'advice',
  promptEn: '',
  promptEs: '',
  maxNominations: '5',
  useScale: false,
  scale,
  scaleEs,
});

/** A new form: one question, and a wave from the user's today (`YYYY-MM-DD`) for four weeks. */
export function newSurveyForm(scale: string, today = todayIso(), scaleEs = ''): SurveyFormValues {
  return {
    title: '',
    titleEs: '',
    questions: [newQuestion(scale, scaleEs)],
    opensOn: today,
    closesOn: addDays(today, 28),
  };
}

/** The title as the API takes it: English in `title`, Spanish in `titleEs`, either left out when empty. */
export function titleBody(values: Pick<SurveyFormValues, 'title' | 'titleEs'>) {
  const [title, titleEs] = [values.title.trim(), values.titleEs.trim()];
  return { ...(title ? { title } : {}), ...(titleEs ? { titleEs } : {}) };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((label) => label.trim())
    .filter(Boolean);

/** The question as the API takes it; a number field left empty or malformed is the API's to refuse. */
export function questionBody(question: QuestionValues): NewQuestion {
  const labels = lines(question.scale);
  const labelsEs = lines(question.scaleEs);
  return {
    relation: question.relation,
    promptEn: question.promptEn,
    promptEs: question.promptEs,
    maxNominations: Number(question.maxNominations.trim() || Number.NaN),
    // Spanish labels alone stand for the scale, which the English readers then see too.
    frequencyScale: question.useScale ? (labels.length > 0 ? labels : labelsEs) : null,
    frequencyScaleEs: question.useScale && labelsEs.length > 0 ? labelsEs : null,
  };
}

/** The id of the control a form field is rendered with. */
export const surveyFieldId = (path: string) => `survey-${path.replace(/\./g, '-')}`;

const SCALE_FIELDS: Record<string, string> = { frequencyScale: 'scale', frequencyScaleEs: 'scaleEs' };

/**
 * The field an issue's path is about: a question's field (`questions.0.promptEn`), the first
 * wave's (`wave.closesOn` is `closesOn`, `wave.respondents.personIds.0` is `respondents`) or a
 * top-level one.
 */
function fieldOf(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'questions' && parts[1] !== undefined && parts[2] !== undefined) {
    // A scale label's own issue (`frequencyScale.3`) belongs to the scale's text area.
    return `questions.${parts[1]}.${SCALE_FIELDS[parts[2]] ?? parts[2]}`;
  }
  if (parts[0] === 'wave' && parts[1] !== undefined) return parts[1];
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
