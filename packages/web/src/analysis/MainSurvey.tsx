/**
 * The network's main survey, the one suggestions use: coordinators choose it (or the default),
 * everyone else reads which it is.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { surveyTitle } from '../surveys/survey-text.ts';
import { useAnnounce } from '../ui/status.tsx';
import { analysisKeys, getAnalysisSettings, putAnalysisSettings } from './analysis.api.ts';
import type { SurveyWithWaves } from './analysis.types.ts';

export function MainSurvey({ networkId, surveys }: { networkId: string; surveys: SurveyWithWaves[] }) {
  const { t, fill, locale } = useI18n();
  const texts = t.analysisLoop.mainSurvey;
  const id = useId();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: analysisKeys.settings(networkId),
    queryFn: ({ signal }) => getAnalysisSettings(networkId, signal),
  });
  const save = useMutation({
    mutationFn: (mainSurveyId: string | null) => putAnalysisSettings(networkId, mainSurveyId),
    onSuccess: (data) => {
      queryClient.setQueryData(analysisKeys.settings(networkId), data);
      announce(texts.saved);
    },
  });
  if (!settings.data) return null;
  const titleOf = (surveyId: string, fallback: string) => {
    const survey = surveys.find((candidate) => candidate.id === surveyId);
    return survey ? surveyTitle(survey, locale) : fallback;
  };
  const { mainSurvey, chosenMainSurveyId, permissions } = settings.data;
  const current = mainSurvey ? titleOf(mainSurvey.id, mainSurvey.title) : null;
  if (!permissions.update)
    return <p className="hint">{current ? fill(texts.current, { survey: current }) : texts.none}</p>;
  // The default's title: the main survey in effect while none is chosen.
  const byDefault =
    chosenMainSurveyId !== null
      ? texts.defaultRule
      : current
        ? fill(texts.byDefault, { survey: current })
        : texts.noneYet;
  return (
    <div className="field main-survey">
      <label htmlFor={id}>{texts.label}</label>
      <select
        id={id}
        value={chosenMainSurveyId ?? ''}
        disabled={save.isPending}
        onChange={(event) => save.mutate(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{byDefault}</option>
        {surveys.map((survey) => (
          <option key={survey.id} value={survey.id}>
            {surveyTitle(survey, locale)}
          </option>
        ))}
      </select>
      {save.isError ? <p className="notice notice-error">{(save.error as Error).message}</p> : null}
    </div>
  );
}
