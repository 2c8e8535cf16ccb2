import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { newQuestion, newSurveyForm, questionBody, surveyFieldId, surveyFormErrors } from './survey-form.ts';

describe('the new-survey form', () => {
  it('starts with one question and a four-week wave from today', () => {
    const form = newSurveyForm('Monthly\nWeekly', '2026-11-26');
    expect(form.questions).toHaveLength(1);
    expect(form).toMatchObject({ opensOn: '2026-11-26', closesOn: '2026-12-24' });
  });

  it('sends the scale as trimmed labels only when asked, and a malformed maximum for the API to refuse', () => {
    const question = {
      ...newQuestion(' Monthly \n\nWeekly\n Daily'),
      promptEn: 'Whom?',
      maxNominations: ' 3 ',
    };
    expect(questionBody(question)).toMatchObject({ maxNominations: 3, frequencyScale: null });
    expect(questionBody({ ...question, useScale: true }).frequencyScale).toEqual([
      'Monthly',
      'Weekly',
      'Daily',
    ]);
    expect(questionBody({ ...question, maxNominations: '' }).maxNominations).toBeNaN();
    expect(newQuestion('').key).not.toBe(newQuestion('').key);
  });

  it('puts the API’s issues at their fields, a scale label’s at the scale', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { path: 'title', message: 'Too short' },
      { path: 'questions.1.promptEs', message: 'Too short' },
      { path: 'questions.0.frequencyScale.2', message: 'Too long' },
      { path: 'closesOn', message: 'Before it opens' },
      { path: '', message: 'Something else' },
    ]);
    const { byField, problems } = surveyFormErrors(error, (field) => `[${field}]`);
    expect(byField).toEqual({
      title: 'Too short',
      'questions.1.promptEs': 'Too short',
      'questions.0.scale': 'Too long',
      closesOn: 'Before it opens',
    });
    expect(problems).toEqual([
      { fieldId: 'survey-title', message: '[title]: Too short' },
      { fieldId: 'survey-questions-1-promptEs', message: '[questions.1.promptEs]: Too short' },
      { fieldId: 'survey-questions-0-scale', message: '[questions.0.scale]: Too long' },
      { fieldId: 'survey-closesOn', message: '[closesOn]: Before it opens' },
      { message: 'Something else' },
    ]);
    expect(surveyFieldId('questions.1.promptEs')).toBe('survey-questions-1-promptEs');
  });

  it('shows a failure without issues as one summary line, and nothing without a failure', () => {
    expect(surveyFormErrors(new Error('The server could not be reached.'), String).problems).toEqual([
      { message: 'The server could not be reached.' },
    ]);
    expect(surveyFormErrors(null, String)).toEqual({ byField: {}, problems: [] });
  });
});
