import { recordAudit } from '../audit/audit.js';
import { canOnNetwork, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { forbidden, unauthenticated, validationFailed } from '../shared/errors.js';
import type { AnalysisSettingsInput } from './analysis-settings.schema.js';
import {
  chosenMainSurveyId,
  isSurveyOfNetwork,
  mainSurveyOf,
  setMainSurvey,
} from './analysis-settings.queries.js';
import { ANALYTICS_TEXTS } from './analytics.texts.js';

async function loadNetwork(db: Executor, principal: Principal, networkKey: string) {
  if (principal.kind !== 'person') throw unauthenticated();
  const found = await loadVisibleNetwork(db, principal, networkKey);
  if (!canOnNetwork(principal, 'analysis.view', found.facts)) throw forbidden(ANALYTICS_TEXTS.membersOnly);
  return { ...found, principal };
}

/** The network's analysis settings: its main survey (chosen or default), for its members. */
export async function getAnalysisSettings(db: Executor, principal: Principal, networkKey: string) {
  const { network, facts } = await loadNetwork(db, principal, networkKey);
  const [chosen, main] = await Promise.all([
    chosenMainSurveyId(db, network.id),
    mainSurveyOf(db, network.id),
  ]);
  return {
    chosenMainSurveyId: chosen,
    mainSurvey: main ?? null,
    permissions: { update: canOnNetwork(principal, 'analysis.configure', facts) },
  };
}

/** Sets (or clears) the network's main survey: its coordinators' choice. */
export async function updateAnalysisSettings(
  db: Database,
  principal: Principal,
  networkKey: string,
  input: AnalysisSettingsInput,
) {
  const { network, facts, principal: person } = await loadNetwork(db, principal, networkKey);
  if (!canOnNetwork(person, 'analysis.configure', facts) || person.kind !== 'person')
    throw forbidden(ANALYTICS_TEXTS.coordinatorsChooseMainSurvey);
  if (input.mainSurveyId !== null && !(await isSurveyOfNetwork(db, input.mainSurveyId, network.id)))
    throw validationFailed([{ path: 'mainSurveyId', message: ANALYTICS_TEXTS.notASurveyHere }]);
  await db.transaction(async (tx) => {
    await setMainSurvey(tx, network.id, input.mainSurveyId, person.personId);
    await recordAudit(tx, {
      actorId: person.personId,
      action: 'network.analysis_settings',
      entityType: 'network',
      entityId: network.id,
      details: { mainSurveyId: input.mainSurveyId },
    });
  });
  return getAnalysisSettings(db, principal, network.id);
}
