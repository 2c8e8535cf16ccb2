import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import {
  newQuestion,
  newSurveyForm,
  questionBody,
  surveyFieldId,
  surveyFormErrors,
  titleBody,
} from './survey-form.ts';

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

  it('sends the title and the scale in the languages written', () => {
    expect(titleBody({ title: ' Advice ', titleEs: '' })).toEqual({ title: 'Advice' });
    expect(titleBody({ title: '', titleEs: 'Consejo' })).toEqual({ titleEs: 'Consejo' });
    const question = { ...newQuestion('Monthly\nWeekly', 'Cada mes\nCada semana'), useScale: true };
    expect(questionBody(question)).toMatchObject({
      frequencyScale: ['Monthly', 'Weekly'],
      frequencyScaleEs: ['Cada mes', 'Cada semana'],
    });
    // Spanish labels alone are the scale.
    expect(questionBody({ ...question, scale: '' })).toMatchObject({
      frequencyScale: ['Cada mes', 'Cada semana'],
      frequencyScaleEs: ['Cada mes', 'Cada semana'],
    });
    expect(questionBody({ ...question, scaleEs: ' ' }).frequencyScaleEs).toBeNull();
  });

  it('puts the first wave’s issues and the Spanish labels’ at their fields', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { path: 'wave.closesOn', message: 'Before it opens' },
      { path: 'wave.respondents.personIds.0', message: 'Not in the network' },
      { path: 'questions.0.frequencyScaleEs', message: 'As many' },
    ]);
    expect(surveyFormErrors(error, String).byField).toEqual({
      closesOn: 'Before it opens',
      respondents: 'Not in the network',
      'questions.0.scaleEs': 'As many',
    });
  });

  it('shows a failure without issues as one summary line, and nothing without a failure', () => {
    expect(surveyFormErrors(new Error('The server could not be reached.'), String).problems).toEqual([
      { message: 'The server could not be reached.' },
    ]);
    expect(surveyFormErrors(null, String)).toEqual({ byField: {}, problems: [] });
  });
});
