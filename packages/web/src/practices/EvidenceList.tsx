/**
 * The practice's evidence items. Those who may add evidence may also change and delete it (the
 * server's `permissions.addEvidence` is its `evidence.edit` rule): each item then has Edit, which
 * turns it into its own form, and Delete, which asks first. Focus follows: to the item once it is
 * saved, to its Edit button on cancel, and to the list's heading once an item is gone.
 */
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type RefObject } from 'react';
import type { EvidenceItem, PracticeDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { ConfirmDelete } from '../ui/confirm-delete.tsx';
import { EvidenceFields, evidenceInputOf, evidenceValuesOf, useEvidenceFieldMap } from './EvidenceFields.tsx';
import { formErrors } from '../ui/form-errors.ts';
import { useInlineEdit } from './inline-edit.ts';
import { useItemMode } from './item-focus.ts';
import { ItemActions, usePracticeItem } from './ItemActions.tsx';
import { editEvidence, listEvidence, practiceKeys, removeEvidence } from './practices.api.ts';

export function EvidenceList({ practice }: { practice: PracticeDetail }) {
  const { t } = useI18n();
  const p = t.practices;
  const heading = useRef<HTMLHeadingElement>(null);
  const query = useQuery({
    queryKey: practiceKeys.evidence(practice.id),
    queryFn: ({ signal }) => listEvidence(practice.id, signal),
  });
  return (
    <section aria-labelledby="evidence-heading">
      {/* Focusable from script only: where focus goes once an item is deleted. */}
      <h2 id="evidence-heading" ref={heading} tabIndex={-1}>
        {p.evidenceItems}
      </h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && query.data.length === 0 ? <p>{p.noEvidence}</p> : null}
      {query.isSuccess && query.data.length > 0 ? (
        <ul className="plain-list evidence-list">
          {query.data.map((item) => (
            <EvidenceEntry
              key={item.id}
              practice={practice}
              item={item}
              canEdit={practice.permissions.addEvidence}
              listHeading={heading}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

interface EntryProps {
  practice: PracticeDetail;
  item: EvidenceItem;
  canEdit: boolean;
  listHeading: RefObject<HTMLHeadingElement | null>;
}

function EvidenceEntry({ practice, item, canEdit, listHeading }: EntryProps) {
  const { t } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const { mode, setMode, back, itemRef, editRef } = useItemMode();
  const { refresh, remove } = usePracticeItem({
    practiceId: practice.id,
    remove: () => removeEvidence(item.id),
    deleted: p.evidenceDeleted,
    listHeading,
  });
  const metaId = `evidence-${item.id}-meta`;
  if (mode === 'edit')
    return (
      <li className={`evidence evidence-${item.direction}`}>
        <EvidenceEditForm
          practice={practice}
          item={item}
          onSaved={(changed) => {
            announce(changed ? p.evidenceSaved : p.nothingChanged);
            if (changed) refresh();
            back('item');
          }}
          onCancel={() => back('edit')}
        />
      </li>
    );
  return (
    <li ref={itemRef} tabIndex={-1} className={`evidence evidence-${item.direction}`}>
      <EvidenceView practice={practice} item={item} metaId={metaId} />
      {canEdit && mode === 'view' ? (
        <ItemActions
          describedBy={metaId}
          editRef={editRef}
          onEdit={() => setMode('edit')}
          onDelete={() => setMode('confirm')}
        />
      ) : null}
      {mode === 'confirm' ? (
        <ConfirmDelete
          id={`evidence-${item.id}-confirm`}
          question={p.deleteEvidenceConfirm}
          yes={p.deleteItem}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onCancel={() => back('edit')}
        />
      ) : null}
    </li>
  );
}

/** What an item says: direction, level and kind, its summary, and its setting, size and source. */
function EvidenceView({
  practice,
  item,
  metaId,
}: {
  practice: PracticeDetail;
  item: EvidenceItem;
  metaId: string;
}) {
  const { t, fill, plural } = useI18n();
  const p = t.practices;
  return (
    <>
      <p className="evidence-meta" id={metaId}>
        {fill(p.evidenceMeta, {
          direction: p.vocab.direction[item.direction],
          level: item.level,
          kind: p.vocab.kind[item.kind],
        })}
      </p>
      <p lang={practice.language}>{item.summary}</p>
      <p className="hint">
        {[
          item.setting,
          item.participants !== null ? plural(p.participants, item.participants) : '',
          item.schools !== null ? plural(p.schoolsInStudy, item.schools) : '',
          item.effect ? fill(p.effect, { effect: item.effect }) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
        {item.url ? (
          <>
            {' '}
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {p.source}
            </a>
          </>
        ) : null}
      </p>
    </>
  );
}

interface EditProps {
  practice: PracticeDetail;
  item: EvidenceItem;
  /** Called once saved, with whether anything had changed (nothing is sent otherwise). */
  onSaved(changed: boolean): void;
  onCancel(): void;
}

function EvidenceEditForm({ practice, item, onSaved, onCancel }: EditProps) {
  const { t } = useI18n();
  const p = t.practices;
  const saved = evidenceValuesOf(item);
  const [values, setValues] = useState(saved);
  const prefix = `evidence-${item.id}`;
  const headingId = `${prefix}-edit-heading`;
  const { save, heading, submit } = useInlineEdit({
    saved: evidenceInputOf(saved),
    current: evidenceInputOf(values),
    send: (changes) => editEvidence(item.id, changes),
    onSaved,
  });
  const { byField, problems } = formErrors(save.error, useEvidenceFieldMap(prefix));
  return (
    <form className="form evidence-edit" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {p.editEvidence}
      </h3>
      <ErrorSummary problems={problems} />
      <EvidenceFields
        prefix={prefix}
        values={values}
        errors={byField}
        lang={practice.language}
        onChange={setValues}
      />
      <p className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? p.saving : p.saveChanges}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </p>
    </form>
  );
}
