import { chosenAnalysis, type AnalysisSource } from '../analytics/analysis-settings.queries.js';
import { showsNames } from '../analytics/analyses.service.js';
import { canOnNetwork, type Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import { forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { loadVisibleNetwork, type NetworkInContext } from '../networks/networks.service.js';
import type { SuggestionsRequest } from './suggestions.schema.js';
import {
  isMemberOrganisation,
  isOnNetworkMap,
  needsAndExpertiseOf,
  staffTags,
  suggestOrganisations,
  suggestPeople,
  type SuggestionRow,
} from './suggestions.queries.js';
import { SUGGESTIONS_TEXTS } from './suggestions.texts.js';

type Context = NetworkInContext & { principal: Principal & { kind: 'person' } };

/**
 * Suggested connections for a person or an organisation of a network, from its chosen analysis
 * (the latest analysed wave of its main survey, else all its ties: `chosenAnalysis`): people (or organisations) elsewhere whose expertise meets the subject's needs or the
 * other way round, ranked and explained by the position they would reach where the caller may
 * see positions (see docs/relationship-mapping.md, "Suggested connections").
 */
export async function networkSuggestions(
  db: Executor,
  principal: Principal,
  networkKey: string,
  request: SuggestionsRequest,
) {
  if (principal.kind !== 'person') throw unauthenticated();
  const found = await loadVisibleNetwork(db, principal, networkKey);
  if (!canOnNetwork(principal, 'analysis.view', found.facts)) throw forbidden(SUGGESTIONS_TEXTS.membersOnly);
  const context: Context = { ...found, principal };
  return request.person !== undefined
    ? personSuggestions(db, context, request.person)
    : organisationSuggestions(db, context, request.organisation!);
}

async function personSuggestions(db: Executor, context: Context, personId: string) {
  const { network, facts, principal } = context;
  if (personId !== principal.personId && !canOnNetwork(principal, 'suggestion.for_others', facts)) {
    throw forbidden(SUGGESTIONS_TEXTS.othersForCoordinators);
  }
  if (!(await isOnNetworkMap(db, network.id, personId))) throw notFound('Person in this network');
  const subject = await needsAndExpertiseOf(db, personId);
  const positions = showsNames(principal, context, 'people');
  const analysis = await chosenAnalysis(db, network.id, 'people');
  const rows = analysis
    ? await suggestPeople(db, { networkId: network.id, analysisId: analysis.id, personId, positions })
    : [];
  return answer(context, analysis, positions, subject ?? { needs: [], expertise: [] }, rows, (row) => ({
    person: { id: row.id, displayName: row.name },
    organisation:
      row.organisation_id && row.organisation_name
        ? { id: row.organisation_id, name: row.organisation_name }
        : null,
  }));
}

async function organisationSuggestions(db: Executor, context: Context, organisationId: string) {
  const { network } = context;
  if (!(await isMemberOrganisation(db, network.id, organisationId)))
    throw notFound('Organisation in this network');
  const [subject, analysis] = await Promise.all([
    staffTags(db, organisationId),
    chosenAnalysis(db, network.id, 'organisations'),
  ]);
  const rows = analysis
    ? await suggestOrganisations(db, { networkId: network.id, analysisId: analysis.id, organisationId })
    : [];
  // Organisations are public institutions: their place on the map is shown to every member.
  return answer(context, analysis, true, subject, rows, (row) => ({
    person: null,
    organisation: { id: row.id, name: row.name },
  }));
}

function answer(
  { network }: Context,
  analysis: AnalysisSource | undefined,
  positionsShown: boolean,
  subject: { needs: string[]; expertise: string[] },
  rows: SuggestionRow[],
  whom: (row: SuggestionRow) => {
    person: { id: string; displayName: string } | null;
    organisation: { id: string; name: string } | null;
  },
) {
  return {
    analysis: analysis
      ? {
          id: analysis.id,
          finishedAt: analysis.finishedAt?.toISOString() ?? null,
          level: analysis.level,
          wave: analysis.waveId
            ? {
                id: analysis.waveId,
                number: analysis.waveNumber!,
                survey: { id: analysis.surveyId!, title: analysis.surveyTitle! },
              }
            : null,
        }
      : null,
    positionsShown,
    subject,
    items: rows.map((row) => ({
      ...whom(row),
      reason: {
        kind: row.kind,
        offers: row.offers,
        seeks: row.seeks,
        network: row.kind === 'broker' ? { id: network.id, name: network.name } : null,
      },
    })),
  };
}
