/**
 * A survey's content in the reader's language: its title and each question's frequency labels
 * are written in English, Spanish or both, and a reader sees theirs, else the other.
 */
import type { Locale } from '../i18n/i18n.tsx';
import type { SurveyQuestion } from './surveys.api.ts';

/** `title` is English (or the only version written); `titleEs` Spanish. */
export const surveyTitle = (survey: { title: string; titleEs: string | null }, locale: Locale) =>
  locale === 'es' ? (survey.titleEs ?? survey.title) : survey.title;

/** A question's frequency labels, lowest first, in the reader's language (null: no scale). */
export function scaleLabels(
  question: Pick<SurveyQuestion, 'frequencyScale' | 'frequencyScaleEs'>,
  locale: Locale,
): string[] | null {
  if (!question.frequencyScale) return null;
  return locale === 'es' ? (question.frequencyScaleEs ?? question.frequencyScale) : question.frequencyScale;
}

/** A question's prompt in the reader's language. */
export const questionPrompt = (question: Pick<SurveyQuestion, 'promptEn' | 'promptEs'>, locale: Locale) =>
  locale === 'es' ? question.promptEs : question.promptEn;
