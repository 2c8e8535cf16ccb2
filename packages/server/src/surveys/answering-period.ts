import { todayIn } from '../shared/calendar.js';
import type { ANSWERING_STATES } from './surveys.schema.js';
import type { WaveRow } from './surveys.queries.js';
import { surveyConflict } from './survey-errors.js';
import { notYetOpen, pastClosingDate, SURVEY_TEXTS } from './surveys.texts.js';

type Answering = (typeof ANSWERING_STATES)[number];

/** Whether a wave takes answers today, in the region's calendar: its dates, both included, while open. */
export function answeringState(
  wave: Pick<WaveRow, 'status' | 'opensOn' | 'closesOn'>,
  today = todayIn(),
): Answering {
  if (wave.status !== 'open') return 'closed';
  if (today < wave.opensOn) return 'not_yet_open';
  if (today > wave.closesOn) return 'past_closing_date';
  return 'open';
}

/**
 * Refuses answers outside the wave's dates. A coordinator who wants answers later moves the
 * closing date (PATCH /waves/{id}) rather than leaving a wave open past it.
 */
export function refuseOutsideAnsweringPeriod(wave: WaveRow, today = todayIn()) {
  switch (answeringState(wave, today)) {
    case 'closed':
      throw surveyConflict('wave.closed_answers', SURVEY_TEXTS.closedAnswers);
    case 'not_yet_open':
      throw surveyConflict('wave.not_yet_open', notYetOpen(wave.opensOn), { opensOn: wave.opensOn });
    case 'past_closing_date':
      throw surveyConflict('wave.past_closing_date', pastClosingDate(wave.closesOn), {
        closesOn: wave.closesOn,
      });
    case 'open':
      return;
  }
}
