import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import type { AnalysisLevel } from '../shared/vocabulary.js';
import { surveys } from '../surveys/surveys.table.js';
import { networkAnalysisSettings } from './analysis-settings.table.js';

/** The main survey a coordinator chose for the network, if any. */
export async function chosenMainSurveyId(db: Executor, networkId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: networkAnalysisSettings.mainSurveyId })
    .from(networkAnalysisSettings)
    .where(eq(networkAnalysisSettings.networkId, networkId));
  return row?.id ?? null;
}

/** Records (or clears, with null) the network's main survey. */
export async function setMainSurvey(
  db: Executor,
  networkId: string,
  mainSurveyId: string | null,
  updatedBy: string,
): Promise<void> {
  await db
    .insert(networkAnalysisSettings)
    .values({ networkId, mainSurveyId, updatedBy })
    .onConflictDoUpdate({
      target: networkAnalysisSettings.networkId,
      set: { mainSurveyId, updatedBy, updatedAt: sql`now()` },
    });
}

/** Whether the survey is one of the network's. */
export async function isSurveyOfNetwork(db: Executor, surveyId: string, networkId: string) {
  const [row] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.networkId, networkId)));
  return row !== undefined;
}

export interface SurveyRef {
  id: string;
  title: string;
}

/**
 * The network's main survey: the one a coordinator chose, else the survey with the most closed
 * waves (ties to the oldest); none when the network has no survey with a closed wave.
 */
export async function mainSurveyOf(db: Executor, networkId: string): Promise<SurveyRef | undefined> {
  const [row] = await queryRows<SurveyRef>(
    db,
    sql`select s.id, s.title from surveys s
      left join network_analysis_settings c on c.network_id = s.network_id and c.main_survey_id = s.id
      where s.network_id = ${networkId}
        and (c.network_id is not null
          or exists (select 1 from survey_waves w where w.survey_id = s.id and w.status = 'closed'))
      order by (c.network_id is not null) desc,
        (select count(*) from survey_waves w where w.survey_id = s.id and w.status = 'closed') desc,
        s.created_at, s.id
      limit 1`,
  );
  return row;
}

/** Where an analysis comes from: its wave (and survey), or all ties. */
export interface AnalysisSource {
  id: string;
  finishedAt: Date | null;
  level: AnalysisLevel;
  waveId: string | null;
  waveNumber: number | null;
  surveyId: string | null;
  surveyTitle: string | null;
}

/**
 * The network's chosen analysis at a level: the newest finished analysis (of all relations) of
 * the latest analysed wave of its main survey, by the waves' order; else of all its ties.
 */
export async function chosenAnalysis(
  db: Executor,
  networkId: string,
  level: AnalysisLevel,
): Promise<AnalysisSource | undefined> {
  const main = await mainSurveyOf(db, networkId);
  const rows = await queryRows<{
    id: string;
    finished_at: Date | string | null;
    wave_id: string | null;
    wave_number: number | null;
    survey_id: string | null;
    survey_title: string | null;
  }>(
    db,
    sql`select a.id, a.finished_at, a.wave_id, w.number as wave_number, s.id as survey_id, s.title as survey_title
      from analyses a
      left join survey_waves w on w.id = a.wave_id
      left join surveys s on s.id = w.survey_id
      where a.network_id = ${networkId} and a.level = ${level} and a.status = 'done' and a.relation is null
        and (a.wave_id is null or w.survey_id = ${main?.id ?? null})
      order by (a.wave_id is not null) desc, w.opens_on desc nulls last, w.number desc nulls last,
        a.finished_at desc, a.id desc
      limit 1`,
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    level,
    waveId: row.wave_id,
    waveNumber: row.wave_number,
    surveyId: row.survey_id,
    surveyTitle: row.survey_title,
  };
}
