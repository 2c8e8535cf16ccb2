/**
 * The adoptions the caller may change (the server's `canEdit`: the network's coordinators and
 * evaluators any, a school's people their school's), each with Edit (its own small form) and
 * Delete (asked first). The travel section above shows every adoption; this list is only for
 * changing them, so it is not shown to someone who may change none.
 */
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type RefObject } from 'react';
import type { Adoption, PracticeDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { AdoptionFields, adoptionInputOf, adoptionValuesOf, useAdoptionFieldMap } from './AdoptionFields.tsx';
import { ConfirmDelete } from '../ui/confirm-delete.tsx';
import { formErrors } from '../ui/form-errors.ts';
import { useInlineEdit } from './inline-edit.ts';
import { useItemMode } from './item-focus.ts';
import { ItemActions, usePracticeItem } from './ItemActions.tsx';
import { sourcesOf } from './PracticeForms.tsx';
import { editAdoption, getTravel, listAdoptions, practiceKeys, removeAdoption } from './practices.api.ts';

export function AdoptionList({ practice }: { practice: PracticeDetail }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const query = useQuery({
    queryKey: practiceKeys.adoptions(practice.id),
    queryFn: ({ signal }) => listAdoptions(practice.id, signal),
  });
  const editable = (query.data ?? []).filter((adoption) => adoption.canEdit);
  if (editable.length === 0) return null;
  return (
    <section aria-labelledby="editable-adoptions-heading">
      <h2 id="editable-adoptions-heading" ref={heading} tabIndex={-1}>
        {t.practices.editableAdoptions}
      </h2>
      <ul className="plain-list adoption-list">
        {editable.map((adoption) => (
          <AdoptionEntry key={adoption.id} practice={practice} adoption={adoption} listHeading={heading} />
        ))}
      </ul>
    </section>
  );
}

interface EntryProps {
  practice: PracticeDetail;
  adoption: Adoption;
  listHeading: RefObject<HTMLHeadingElement | null>;
}

function AdoptionEntry({ practice, adoption, listHeading }: EntryProps) {
  const { t, fill, date } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const { mode, setMode, back, itemRef, editRef } = useItemMode();
  const { refresh, remove } = usePracticeItem({
    practiceId: practice.id,
    remove: () => removeAdoption(adoption.id),
    deleted: p.adoptionDeleted,
    listHeading,
  });
  const school = adoption.school.name;
  const lineId = `adoption-${adoption.id}-line`;
  if (mode === 'edit')
    return (
      <li className="adoption">
        <AdoptionEditForm
          practice={practice}
          adoption={adoption}
          onSaved={(changed) => {
            announce(changed ? p.adoptionSaved : p.nothingChanged);
            if (changed) refresh();
            back('item');
          }}
          onCancel={() => back('edit')}
        />
      </li>
    );
  return (
    <li ref={itemRef} tabIndex={-1} className="adoption">
      <p className="adoption-line" id={lineId}>
        {fill(p.adoptionLine, {
          school,
          from: adoption.fromSchool.name,
          date: date(adoption.startedOn),
          mode: p.vocab.mode[adoption.mode],
        })}
      </p>
      {adoption.mode === 'adapted' && adoption.adaptation ? <p>{adoption.adaptation}</p> : null}
      <p className={adoption.outcome ? undefined : 'hint'}>{adoption.outcome || p.noOutcome}</p>
      {mode === 'view' ? (
        <ItemActions
          describedBy={lineId}
          editRef={editRef}
          onEdit={() => setMode('edit')}
          onDelete={() => setMode('confirm')}
        />
      ) : (
        <ConfirmDelete
          id={`adoption-${adoption.id}-confirm`}
          question={fill(p.deleteAdoptionConfirm, { school })}
          yes={p.deleteItem}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onCancel={() => back('edit')}
        />
      )}
    </li>
  );
}

interface EditProps {
  practice: PracticeDetail;
  adoption: Adoption;
  onSaved(changed: boolean): void;
  onCancel(): void;
}

function AdoptionEditForm({ practice, adoption, onSaved, onCancel }: EditProps) {
  const { t, fill } = useI18n();
  const p = t.practices;
  const travel = useQuery({
    queryKey: practiceKeys.travel(practice.id),
    queryFn: ({ signal }) => getTravel(practice.id, signal),
  });
  // It cannot come from itself; the server checks the rest (an earlier adopter, a date after theirs).
  const sources = sourcesOf(practice, travel.data?.nodes).filter(
    (school) => school.id !== adoption.school.id,
  );
  const saved = adoptionValuesOf(adoption);
  const [values, setValues] = useState(saved);
  const prefix = `adoption-${adoption.id}`;
  const headingId = `${prefix}-edit-heading`;
  const { save, heading, submit } = useInlineEdit({
    saved: adoptionInputOf(saved),
    current: adoptionInputOf(values),
    send: (changes) => editAdoption(adoption.id, changes),
    onSaved,
  });
  const { byField, problems } = formErrors(save.error, useAdoptionFieldMap(prefix));
  return (
    <form className="form adoption-edit" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {fill(p.editAdoption, { school: adoption.school.name })}
      </h3>
      <ErrorSummary problems={problems} />
      <AdoptionFields
        prefix={prefix}
        values={values}
        sources={sources}
        errors={byField}
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
