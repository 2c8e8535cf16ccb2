/** Chooses what to analyse: people or organisations, one wave or all, one relation or all. */
import { ANALYSIS_LEVELS, RELATION_TYPES, type RelationType } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import type { Selection } from './analysis.api.ts';
import { ALL_TIES, type ParamChanges } from './selection.ts';

export interface WaveChoice {
  id: string;
  label: string;
}

interface Props {
  selection: Selection;
  waves: WaveChoice[];
  onChange: (changes: ParamChanges) => void;
}

export function SelectionForm({ selection, waves, onChange }: Props) {
  const { t } = useI18n();
  const texts = t.analysis;
  const relationLabels: Record<RelationType, string> = texts.relations;
  return (
    <fieldset className="filters analysis-selection">
      <legend>{texts.choose}</legend>
      <Field id="analysis-level" label={texts.level}>
        {(control) => (
          <select
            {...control}
            value={selection.level}
            onChange={(event) => onChange({ level: event.target.value })}
          >
            {ANALYSIS_LEVELS.map((level) => (
              <option key={level} value={level}>
                {texts.levels[level]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="analysis-wave" label={texts.wave}>
        {(control) => (
          <select
            {...control}
            value={selection.waveId ?? ALL_TIES}
            onChange={(event) => onChange({ wave: event.target.value })}
          >
            <option value={ALL_TIES}>{texts.allWaves}</option>
            {waves.map((wave) => (
              <option key={wave.id} value={wave.id}>
                {wave.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="analysis-relation" label={texts.relation}>
        {(control) => (
          <select
            {...control}
            value={selection.relation ?? ''}
            onChange={(event) => onChange({ relation: event.target.value || null })}
          >
            <option value="">{texts.allRelations}</option>
            {RELATION_TYPES.map((relation) => (
              <option key={relation} value={relation}>
                {relationLabels[relation]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
