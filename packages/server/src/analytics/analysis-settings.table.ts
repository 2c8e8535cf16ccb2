import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { surveys } from '../surveys/surveys.table.js';

/**
 * A network's choices about its analyses: its main survey, whose latest analysed wave the
 * network's suggestions use (no row, or no survey: the survey with the most closed waves).
 */
export const networkAnalysisSettings = pgTable('network_analysis_settings', {
  networkId: uuid('network_id')
    .primaryKey()
    .references(() => networks.id, { onDelete: 'cascade' }),
  mainSurveyId: uuid('main_survey_id').references(() => surveys.id, { onDelete: 'set null' }),
  updatedBy: uuid('updated_by').references(() => people.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
