/** Chooses what to analyse: people or organisations, one wave or all, one relation or all. */
import { ANALYSIS_LEVELS, RELATION_TYPES, type RelationType } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Selection } from './analysis.api.ts';
import type { ParamChanges } from './selection.ts';

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
      <div className="field">
        <label htmlFor="analysis-level">{texts.level}</label>
        <select
          id="analysis-level"
          value={selection.level}
          onChange={(event) => onChange({ level: event.target.value })}
        >
          {ANALYSIS_LEVELS.map((level) => (
            <option key={level} value={level}>
              {texts.levels[level]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="analysis-wave">{texts.wave}</label>
        <select
          id="analysis-wave"
          value={selection.waveId ?? ''}
          onChange={(event) => onChange({ wave: event.target.value || null })}
        >
          <option value="">{texts.allWaves}</option>
          {waves.map((wave) => (
            <option key={wave.id} value={wave.id}>
              {wave.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="analysis-relation">{texts.relation}</label>
        <select
          id="analysis-relation"
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
      </div>
    </fieldset>
  );
}
