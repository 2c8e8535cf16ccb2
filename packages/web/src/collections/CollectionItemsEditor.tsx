/**
 * A curator's list of a collection's resources: add one through the type-ahead, move one up or
 * down, remove one, then "Save the list" (one PUT /collections/{id}/items with the whole order).
 *
 * Saving on demand rather than on every change: a keyboard user moving an item three places
 * would otherwise send three PUTs that can land out of order (the last to arrive wins, not the
 * last pressed), each answer would re-render the list under their focus, and every step would
 * be a separate audit entry. One save also lets "Undo the changes" put the saved list back, and
 * the page asks before leaving with changes not saved.
 *
 * Focus stays on the pressed button as its item moves (React moves the list item's element, which
 * drops focus in the browser, so it is given back after the render); the buttons at the ends stay
 * focusable (`aria-disabled`, never `disabled`) and say why nothing moved. Every change is said in
 * the app's live region.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useBlocker } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { CollectionDetail, CollectionItem } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary, type Problem } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { useAnnounce } from '../ui/status.tsx';
import { collectionKeys, setCollectionItems } from './collections.api.ts';
import { addItem, moveItem, removeItem, sameOrder } from './item-order.ts';
import { ResourcePicker } from './ResourcePicker.tsx';

/** The API's limit on a collection's resources (collections.schema.ts). */
const MAX_ITEMS = 200;
const PICKER_ID = 'collection-add-resource';

type Action = 'up' | 'down' | 'remove';
const buttonKey = (id: string, action: Action) => `${id}:${action}`;

/** Navigations that leave on purpose (after a delete) pass this state, and are never asked about. */
export const LEAVING_ON_PURPOSE = { leavingOnPurpose: true } as const;
const onPurpose = (state: unknown) =>
  typeof state === 'object' && state !== null && 'leavingOnPurpose' in state;

export function CollectionItemsEditor({ collection }: { collection: CollectionDetail }) {
  const { t, fill } = useI18n();
  const c = t.collections;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(collection.items);
  const [items, setItems] = useState(collection.items);
  const changed = !sameOrder(items, saved);
  const focusNext = useFocusAfterRender();

  const save = useMutation({
    mutationFn: (sent: CollectionItem[]) =>
      setCollectionItems(
        collection.id,
        sent.map((item) => item.id),
      ),
    onSuccess: (result) => {
      // Kept in place (not remounted), so focus stays on "Save the list".
      setSaved(result.items);
      setItems(result.items);
      queryClient.setQueryData(collectionKeys.detail(collection.id), result);
      void queryClient.invalidateQueries({ queryKey: collectionKeys.network(collection.network.id) });
      announce(c.itemsSaved);
    },
  });

  const move = (index: number, by: -1 | 1) => {
    const item = items[index]!;
    const target = index + by;
    if (target < 0 || target >= items.length) {
      announce(fill(by < 0 ? c.alreadyFirst : c.alreadyLast, { title: item.title }));
      return;
    }
    setItems(moveItem(items, index, by));
    focusNext(buttonKey(item.id, by < 0 ? 'up' : 'down'));
    announce(fill(c.moved, { title: item.title, position: target + 1, count: items.length }));
  };
  const remove = (index: number) => {
    const item = items[index]!;
    const next = removeItem(items, item.id);
    // Focus goes to the item now in its place, else the one before, else the type-ahead.
    const neighbour = next[index] ?? next[index - 1];
    focusNext(neighbour ? buttonKey(neighbour.id, 'remove') : PICKER_ID);
    setItems(next);
    announce(fill(c.removed, { title: item.title }));
  };
  const add = (resource: CollectionItem) => {
    if (items.some((item) => item.id === resource.id))
      return announce(fill(c.alreadyAdded, { title: resource.title }));
    if (items.length >= MAX_ITEMS) return announce(fill(c.full, { max: MAX_ITEMS }));
    setItems(addItem(items, resource));
    announce(fill(c.added, { title: resource.title, position: items.length + 1, count: items.length + 1 }));
  };
  const undo = () => {
    save.reset();
    setItems(saved);
    announce(changed ? c.discarded : c.nothingToSave);
  };

  return (
    <section aria-labelledby="collection-items-heading" className="collection-editor">
      <h2 id="collection-items-heading">{c.items}</h2>
      <p className="hint">{c.itemsEditorHint}</p>
      {items.length === 0 ? <p>{c.noItems}</p> : null}
      <ol className="collection-items">
        {items.map((item, index) => (
          <ItemRow
            key={item.id}
            item={item}
            first={index === 0}
            last={index === items.length - 1}
            register={focusNext.register}
            onMove={(by) => move(index, by)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <Field
        id={PICKER_ID}
        label={c.addResource}
        hint={items.length >= MAX_ITEMS ? fill(c.full, { max: MAX_ITEMS }) : c.addResourceHint}
      >
        {(control) => (
          <ResourcePicker
            control={control}
            inList={new Set(items.map((item) => item.id))}
            disabled={items.length >= MAX_ITEMS}
            onPick={add}
          />
        )}
      </Field>
      <ErrorSummary
        problems={save.isError ? itemProblems(save.error, save.variables ?? [], c.problemAt, fill) : []}
      />
      {changed ? <p className="unsaved-note">{c.unsaved}</p> : null}
      <p className="form-actions">
        <button
          type="button"
          className="button-primary"
          aria-disabled={!changed || save.isPending || undefined}
          onClick={() => (changed && !save.isPending ? save.mutate(items) : announce(c.nothingToSave))}
        >
          {save.isPending ? t.common.saving : c.saveItems}
        </button>
        <button type="button" className="button-quiet" aria-disabled={!changed || undefined} onClick={undo}>
          {c.discard}
        </button>
      </p>
      <LeaveGuard unsaved={changed} />
    </section>
  );
}

interface ItemRowProps {
  item: CollectionItem;
  first: boolean;
  last: boolean;
  register(key: string, element: HTMLElement | null): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/** One resource in the list, with its buttons; each button names the resource for screen readers. */
function ItemRow({ item, first, last, register, onMove, onRemove }: ItemRowProps) {
  const { t } = useI18n();
  const c = t.collections;
  const vocab = t.resources.vocab;
  const named = (label: string) => (
    <>
      {label}
      <span className="visually-hidden"> “{item.title}”</span>
    </>
  );
  return (
    <li className="card">
      <div className="collection-item">
        <div className="collection-item-text">
          <h3 className="card-title" lang={item.language}>
            <Link to={`/resources/${item.id}`}>{item.title}</Link>
          </h3>
          <p className="card-kind">
            {vocab.type[item.type]} · {vocab.language[item.language]} · {vocab.licence[item.licence]}
          </p>
        </div>
        <div className="collection-item-actions">
          <button
            type="button"
            className="button-secondary"
            ref={(element) => register(buttonKey(item.id, 'up'), element)}
            aria-disabled={first || undefined}
            onClick={() => onMove(-1)}
          >
            {named(c.moveUp)}
          </button>
          <button
            type="button"
            className="button-secondary"
            ref={(element) => register(buttonKey(item.id, 'down'), element)}
            aria-disabled={last || undefined}
            onClick={() => onMove(1)}
          >
            {named(c.moveDown)}
          </button>
          <button
            type="button"
            className="button-quiet"
            ref={(element) => register(buttonKey(item.id, 'remove'), element)}
            onClick={onRemove}
          >
            {named(c.remove)}
          </button>
        </div>
      </div>
    </li>
  );
}

/**
 * `focusNext(key)` focuses the element registered under `key` (or with that id) once the next
 * render is on screen; `focusNext.register` is the rows' ref callback.
 */
function useFocusAfterRender() {
  const elements = useRef(new Map<string, HTMLElement>());
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = pending.current;
    if (key === null) return;
    pending.current = null;
    const element = elements.current.get(key) ?? document.getElementById(key);
    if (element && element !== document.activeElement) element.focus();
  });
  const focusNext = (key: string) => {
    pending.current = key;
  };
  focusNext.register = (key: string, element: HTMLElement | null) => {
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  };
  return focusNext;
}

/** The API's refusals, each naming the resource at the list position it gives (`resourceIds.N`). */
function itemProblems(
  error: unknown,
  sent: CollectionItem[],
  template: string,
  fill: (template: string, values: Record<string, string>) => string,
): Problem[] {
  if (!(error instanceof ApiError) || error.issues.length === 0) return problemsOf(error);
  return error.issues.map((issue) => {
    const index = Number(issue.path.split('.')[1]);
    const item = Number.isInteger(index) ? sent[index] : undefined;
    return { message: item ? fill(template, { title: item.title, message: issue.message }) : issue.message };
  });
}

/** Asks before leaving the page (a link, Back, or closing the tab) with the list not saved. */
function LeaveGuard({ unsaved }: { unsaved: boolean }) {
  const { t } = useI18n();
  const c = t.collections;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && currentLocation.pathname !== nextLocation.pathname && !onPurpose(nextLocation.state),
  );
  const ref = useRef<HTMLDivElement>(null);
  const asking = blocker.state === 'blocked';
  useEffect(() => {
    if (asking) ref.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  if (!asking) return null;
  return (
    <div
      ref={ref}
      className="confirm leave-question panel"
      role="alertdialog"
      aria-labelledby="leave-collection-title"
      aria-describedby="leave-collection-text"
      tabIndex={-1}
    >
      <h2 id="leave-collection-title">{c.leaveTitle}</h2>
      <p id="leave-collection-text">{c.leave}</p>
      <button type="button" className="button-primary" onClick={() => blocker.reset?.()}>
        {c.stay}
      </button>
      <button type="button" className="button-danger" onClick={() => blocker.proceed?.()}>
        {c.leaveAnyway}
      </button>
    </div>
  );
}
