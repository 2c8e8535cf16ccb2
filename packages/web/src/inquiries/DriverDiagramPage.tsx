/**
 * An inquiry's driver diagram: shown as a diagram (DiagramView), and, for those who may edit it,
 * edited as an outline below: drivers added, reordered, indented and outdented, removed, all by
 * buttons; change ideas linked to drivers by checkboxes and to resources and practices by
 * pickers. Saved whole with PUT …/driver-diagram.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { DriverDiagram, InquiryDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ResourcePicker } from '../practices/PracticePickers.tsx';
import { ErrorSummary, type Problem } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import {
  draftOf,
  indent,
  inputOf,
  moved,
  newKey,
  outdent,
  type DiagramDraft,
  type DraftIdea,
} from './diagram-draft.ts';
import { DiagramView } from './DiagramView.tsx';
import { getDiagram, inquiryKeys, putDiagram } from './inquiries.api.ts';
import { InquiryHeader } from '../ui/inquiry-header.tsx';
import { PracticePicker } from './PracticePicker.tsx';
import { useInquiry } from './use-inquiry.ts';
import './inquiries.css';

export function DriverDiagramPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const inquiry = useInquiry(id);
  const diagram = useQuery({
    queryKey: inquiryKeys.diagram(id),
    queryFn: ({ signal }) => getDiagram(id, signal),
  });
  if (!inquiry.isSuccess || !diagram.isSuccess)
    return (
      <QueryState
        queries={[inquiry, diagram]}
        notFound={{ title: t.inquiries.notFound, body: t.inquiries.notFoundBody }}
        missing={isMissing}
      />
    );
  const empty = diagram.data.primary.length === 0 && diagram.data.changeIdeas.length === 0;
  return (
    <article className="inquiry">
      <InquiryHeader inquiry={inquiry.data} title={t.inquiries.diagram} />
      <p className="lead">{t.inquiries.diagramIntro}</p>
      {empty ? <p>{t.inquiries.noDiagram}</p> : <DiagramView diagram={diagram.data} inquiry={inquiry.data} />}
      {diagram.data.editable ? (
        <OutlineEditor key={JSON.stringify(diagram.data)} inquiry={inquiry.data} diagram={diagram.data} />
      ) : null}
    </article>
  );
}

/** Focus a control by id once React has drawn it (after a move, it is somewhere else). */
const focusSoon = (id: string) => window.requestAnimationFrame(() => document.getElementById(id)?.focus());

const nodeId = (key: string) => `node-${key}`;

function OutlineEditor({ inquiry, diagram }: { inquiry: InquiryDetail; diagram: DriverDiagram }) {
  const { t, fill } = useI18n();
  const q = t.inquiries;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<DiagramDraft>(() => draftOf(diagram));
  const save = useMutation({
    mutationFn: () => putDiagram(inquiry.id, inputOf(draft)),
    onSuccess: (saved) => {
      queryClient.setQueryData(inquiryKeys.diagram(inquiry.id), saved);
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.cycles(inquiry.id) });
      announce(q.diagramSaved);
      focusSoon('outline-heading');
    },
  });
  const problems = problemsOfDiagram(save.error, draft);
  const errorAt = new Map(problems.flatMap((p) => (p.fieldId ? [[p.fieldId, p.message] as const] : [])));

  const setPrimary = (primary: DiagramDraft['primary']) => setDraft({ ...draft, primary });
  const setIdeas = (changeIdeas: DraftIdea[]) => setDraft({ ...draft, changeIdeas });
  const addPrimary = () => {
    const key = newKey();
    setPrimary([...draft.primary, { key, text: '', secondary: [] }]);
    focusSoon(nodeId(key));
  };
  const addIdea = () => {
    const key = newKey();
    setIdeas([...draft.changeIdeas, { key, text: '', driverKeys: [], resources: [], practices: [] }]);
    focusSoon(nodeId(key));
  };
  const drivers = draft.primary.flatMap((primary, p) => [
    { key: primary.key, label: primary.text || fill(q.primaryLabel, { n: p + 1 }) },
    ...primary.secondary.map((node, s) => ({
      key: node.key,
      label: node.text || fill(q.secondaryLabel, { n: s + 1, p: p + 1 }),
    })),
  ]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <section aria-labelledby="outline-heading" className="panel outline-editor">
      <h2 id="outline-heading" tabIndex={-1}>
        {q.outline}
      </h2>
      <p className="hint">{q.outlineHint}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        <h3 id="outline-drivers">{q.drivers}</h3>
        <ol className="outline" aria-labelledby="outline-drivers">
          {draft.primary.map((primary, p) => (
            <li key={primary.key}>
              <NodeRow
                nodeKey={primary.key}
                label={fill(q.primaryLabel, { n: p + 1 })}
                text={primary.text}
                lang={inquiry.language}
                error={errorAt.get(nodeId(primary.key))}
                onText={(text) => setPrimary(draft.primary.map((x, at) => (at === p ? { ...x, text } : x)))}
                onUp={p > 0 ? () => setPrimary(moved(draft.primary, p, -1)) : undefined}
                onDown={
                  p < draft.primary.length - 1 ? () => setPrimary(moved(draft.primary, p, 1)) : undefined
                }
                onIndent={p > 0 ? () => setDraft(indent(draft, p)) : undefined}
                onRemove={() => {
                  setPrimary(draft.primary.filter((_, at) => at !== p));
                  focusSoon('add-primary');
                }}
              />
              <ol className="outline outline-secondary">
                {primary.secondary.map((node, s) => {
                  const setSecondary = (secondary: typeof primary.secondary) =>
                    setPrimary(draft.primary.map((x, at) => (at === p ? { ...x, secondary } : x)));
                  return (
                    <li key={node.key}>
                      <NodeRow
                        nodeKey={node.key}
                        label={fill(q.secondaryLabel, { n: s + 1, p: p + 1 })}
                        text={node.text}
                        lang={inquiry.language}
                        error={errorAt.get(nodeId(node.key))}
                        onText={(text) =>
                          setSecondary(primary.secondary.map((x, at) => (at === s ? { ...x, text } : x)))
                        }
                        onUp={s > 0 ? () => setSecondary(moved(primary.secondary, s, -1)) : undefined}
                        onDown={
                          s < primary.secondary.length - 1
                            ? () => setSecondary(moved(primary.secondary, s, 1))
                            : undefined
                        }
                        onOutdent={() => setDraft(outdent(draft, p, s))}
                        onRemove={() => {
                          setSecondary(primary.secondary.filter((_, at) => at !== s));
                          focusSoon(`add-secondary-${primary.key}`);
                        }}
                      />
                    </li>
                  );
                })}
              </ol>
              <p>
                <button
                  id={`add-secondary-${primary.key}`}
                  type="button"
                  className="button-quiet"
                  onClick={() => {
                    const key = newKey();
                    setPrimary(
                      draft.primary.map((x, at) =>
                        at === p ? { ...x, secondary: [...x.secondary, { key, text: '' }] } : x,
                      ),
                    );
                    focusSoon(nodeId(key));
                  }}
                >
                  {q.addSecondary}
                  <span className="visually-hidden"> ({fill(q.primaryLabel, { n: p + 1 })})</span>
                </button>
              </p>
            </li>
          ))}
        </ol>
        <p>
          <button id="add-primary" type="button" className="button-secondary" onClick={addPrimary}>
            {q.addPrimary}
          </button>
        </p>
        <h3 id="outline-ideas">{q.changeIdeas}</h3>
        <ol className="outline" aria-labelledby="outline-ideas">
          {draft.changeIdeas.map((idea, i) => {
            const setIdea = (change: Partial<DraftIdea>) =>
              setIdeas(draft.changeIdeas.map((x, at) => (at === i ? { ...x, ...change } : x)));
            const label = fill(q.ideaLabel, { n: i + 1 });
            return (
              <li key={idea.key} className="outline-idea">
                <NodeRow
                  nodeKey={idea.key}
                  label={label}
                  text={idea.text}
                  lang={inquiry.language}
                  error={errorAt.get(nodeId(idea.key))}
                  onText={(text) => setIdea({ text })}
                  onUp={i > 0 ? () => setIdeas(moved(draft.changeIdeas, i, -1)) : undefined}
                  onDown={
                    i < draft.changeIdeas.length - 1
                      ? () => setIdeas(moved(draft.changeIdeas, i, 1))
                      : undefined
                  }
                  onRemove={() => {
                    setIdeas(draft.changeIdeas.filter((_, at) => at !== i));
                    focusSoon('add-idea');
                  }}
                />
                {drivers.length > 0 ? (
                  <fieldset className="field">
                    <legend>
                      {q.ideaDrivers} <span className="visually-hidden">({label})</span>
                    </legend>
                    <div className="choices choices-columns">
                      {drivers.map((driver) => (
                        <p className="checkbox" key={driver.key}>
                          <input
                            id={`${idea.key}-driver-${driver.key}`}
                            type="checkbox"
                            checked={idea.driverKeys.includes(driver.key)}
                            onChange={(e) =>
                              setIdea({
                                driverKeys: e.target.checked
                                  ? [...idea.driverKeys, driver.key]
                                  : idea.driverKeys.filter((key) => key !== driver.key),
                              })
                            }
                          />
                          <label htmlFor={`${idea.key}-driver-${driver.key}`}>{driver.label}</label>
                        </p>
                      ))}
                    </div>
                  </fieldset>
                ) : null}
                <Field
                  id={`${idea.key}-resources`}
                  label={`${q.ideaResources} (${label}) ${t.common.optional}`}
                >
                  {(control) => (
                    <ResourcePicker
                      control={control}
                      resources={idea.resources}
                      max={10}
                      onChange={(resources) => setIdea({ resources })}
                    />
                  )}
                </Field>
                <Field
                  id={`${idea.key}-practices`}
                  label={`${q.ideaPractices} (${label}) ${t.common.optional}`}
                >
                  {(control) => (
                    <PracticePicker
                      control={control}
                      practices={idea.practices}
                      max={10}
                      label={`${q.ideaPractices} (${label})`}
                      onChange={(practices) => setIdea({ practices })}
                    />
                  )}
                </Field>
              </li>
            );
          })}
        </ol>
        <p>
          <button id="add-idea" type="button" className="button-secondary" onClick={addIdea}>
            {q.addIdea}
          </button>
        </p>
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? q.saving : q.saveDiagram}
          </button>
        </p>
      </form>
    </section>
  );
}

interface NodeRowProps {
  nodeKey: string;
  label: string;
  text: string;
  lang: string;
  error: string | undefined;
  onText(text: string): void;
  onUp?: (() => void) | undefined;
  onDown?: (() => void) | undefined;
  onIndent?: (() => void) | undefined;
  onOutdent?: (() => void) | undefined;
  onRemove(): void;
}

/** One node's text and its buttons; a move keeps focus on the button pressed (or the text box). */
function NodeRow({
  nodeKey,
  label,
  text,
  lang,
  error,
  onText,
  onUp,
  onDown,
  onIndent,
  onOutdent,
  onRemove,
}: NodeRowProps) {
  const { t } = useI18n();
  const q = t.inquiries;
  const id = nodeId(nodeKey);
  const button = (name: string, action: (() => void) | undefined, refocus: string) =>
    action ? (
      <button
        id={`${id}-${name}`}
        type="button"
        className="button-quiet"
        onClick={() => {
          action();
          focusSoon(refocus);
        }}
      >
        {q[name as 'moveUp']}
        <span className="visually-hidden"> ({label})</span>
      </button>
    ) : null;
  return (
    <div className="outline-row">
      <Field id={id} label={label} error={error}>
        {(control) => (
          <input {...control} type="text" lang={lang} value={text} onChange={(e) => onText(e.target.value)} />
        )}
      </Field>
      <p className="outline-buttons">
        {button('moveUp', onUp, `${id}-moveUp`)}
        {button('moveDown', onDown, `${id}-moveDown`)}
        {button('indent', onIndent, id)}
        {button('outdent', onOutdent, id)}
        <button type="button" className="button-quiet" onClick={onRemove}>
          {q.remove}
          <span className="visually-hidden"> ({label})</span>
        </button>
      </p>
    </div>
  );
}

/** The API's issues (`primary.0.secondary.1.text`, `changeIdeas.2.driverKeys`) at the node they name. */
function problemsOfDiagram(error: unknown, draft: DiagramDraft): Problem[] {
  if (!error) return [];
  if (!(error instanceof ApiError) || error.issues.length === 0) return problemsOf(error);
  return error.issues.map((issue) => {
    const parts = issue.path.split('.');
    let key: string | undefined;
    if (parts[0] === 'primary') {
      const primary = draft.primary[Number(parts[1])];
      key = parts[2] === 'secondary' ? primary?.secondary[Number(parts[3])]?.key : primary?.key;
    } else if (parts[0] === 'changeIdeas') key = draft.changeIdeas[Number(parts[1])]?.key;
    return key ? { fieldId: nodeId(key), message: issue.message } : { message: issue.message };
  });
}
