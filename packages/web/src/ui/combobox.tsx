/**
 * The app's one type-ahead: an editable ARIA 1.2 combobox with a listbox popup, built on
 * Downshift's `useCombobox` (which owns the keyboard and the ARIA wiring, and is tested against
 * the pattern). The input keeps focus; ArrowDown and ArrowUp move the active option
 * (`aria-activedescendant`, `aria-selected`) and wrap; Enter picks it; Escape closes the list, then
 * clears the box; Home and End move the caret in the text, as the APG's list-autocomplete example
 * does, leaving the options; Tab away with an option active picks it. Callers fetch the suggestions
 * and say when they are ready for the text typed.
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */
import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { ControlProps } from './fields.tsx';

interface ComboboxProps<Item> {
  /** The id and descriptions from the surrounding `Field`, whose `<label>` names the box. */
  control: ControlProps;
  /** The suggestions for the current text. */
  items: Item[];
  /** Whether `items` answer the text typed; the list shows only then. */
  ready: boolean;
  /** Whether a search is under way, for the live region. */
  busy: boolean;
  text: string;
  onTextChange(text: string): void;
  /** Called with the option picked, and with `null` when the box is edited or cleared. */
  onSelect(item: Item | null): void;
  itemKey(item: Item): string;
  /** What the box shows once `item` is picked. */
  itemText(item: Item): string;
  renderItem(item: Item): ReactNode;
  /** Empties the box after each pick, for lists that collect several picks. */
  clearOnPick?: boolean;
  /** Enter never submits the surrounding form from this box, even with no option active. */
  enterNeverSubmits?: boolean;
  /** Called on Enter when no option is active (a box that also takes text of its own). */
  onEnterWithoutPick?(): void;
  disabled?: boolean;
  texts: {
    /** The listbox's accessible name. */
    list: string;
    noMatches: string;
    searching: string;
    /** How many suggestions are shown, as said by the live region. */
    count(count: number): string;
  };
}

const { InputChange, InputKeyDownEnter, ItemClick, InputBlur } = useCombobox.stateChangeTypes;

type KeyEvent = KeyboardEvent<HTMLInputElement> & { nativeEvent: { preventDownshiftDefault?: boolean } };

/** A labelled type-ahead over `items`; see the file header for its keyboard. */
export function Combobox<Item>({
  control,
  items,
  ready,
  busy,
  text,
  onTextChange,
  onSelect,
  itemKey,
  itemText,
  renderItem,
  clearOnPick = false,
  enterNeverSubmits = false,
  onEnterWithoutPick,
  disabled = false,
  texts,
}: ComboboxProps<Item>) {
  const picks = (type: UseComboboxStateChangeOptions<Item>['type']) =>
    type === InputKeyDownEnter || type === ItemClick;
  // Open as Downshift sees it only while the suggestions answer the text: Escape then closes a
  // list that is shown, or else clears the box, and Enter never picks from a stale list.
  const [open, setOpen] = useState(false);
  const expanded = open && ready && !disabled;
  const optionId = (index: number) => `${control.id}-option-${index}`;
  const combobox = useCombobox<Item>({
    items,
    isOpen: expanded,
    onIsOpenChange: ({ isOpen }) => setOpen(Boolean(isOpen)),
    inputId: control.id,
    getItemId: optionId,
    inputValue: text,
    itemToString: (item) => (item ? itemText(item) : ''),
    itemToKey: (item) => (item ? itemKey(item) : null),
    onInputValueChange: ({ inputValue }) => onTextChange(inputValue ?? ''),
    onSelectedItemChange: ({ selectedItem }) => onSelect(selectedItem),
    stateReducer: (state: UseComboboxState<Item>, { type, changes }) => {
      // Editing the text drops the pick, so the same option can be picked again afterwards.
      if (type === InputChange) return { ...changes, selectedItem: null };
      // Leaving the box only closes the list: Downshift would otherwise pick the option under the
      // pointer, and a survey answer would gain a person nobody chose.
      if (type === InputBlur)
        return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
      if (clearOnPick && picks(type) && changes.selectedItem && changes.selectedItem !== state.selectedItem) {
        return { ...changes, inputValue: '' };
      }
      return changes;
    },
  });
  const active = expanded ? combobox.highlightedIndex : -1;

  function onKeyDown(event: KeyEvent) {
    if (event.key === 'Home' || event.key === 'End') {
      // The caret moves in the text (the browser's default) and the options lose the focus.
      event.nativeEvent.preventDownshiftDefault = true;
      combobox.setHighlightedIndex(-1);
    } else if (event.key === 'Enter') {
      if (enterNeverSubmits) event.preventDefault();
      if (active < 0) onEnterWithoutPick?.();
    }
  }

  return (
    <div className="combobox">
      <input
        {...combobox.getInputProps({
          ...control,
          type: 'text',
          disabled,
          onKeyDown,
          // Downshift reports a typed change from an effect, after a render that still shows the
          // previous text; a fast typist's next key lands on that text and a character is lost.
          // Telling the caller in the event itself renders the new text at once.
          onChange: (event: ChangeEvent<HTMLInputElement>) => onTextChange(event.target.value),
          // The surrounding Field's <label for> names the box; Downshift's own label is not used.
          'aria-labelledby': undefined,
          'aria-expanded': expanded,
          'aria-activedescendant': active >= 0 ? optionId(active) : undefined,
        })}
      />
      <ul {...combobox.getMenuProps({ 'aria-label': texts.list, className: 'listbox' })} hidden={!expanded}>
        {items.map((item, index) => (
          <li
            key={itemKey(item)}
            {...combobox.getItemProps({ item, index })}
            className={index === active ? 'option option-active' : 'option'}
          >
            {renderItem(item)}
          </li>
        ))}
        {expanded && items.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="option option-empty">
            {texts.noMatches}
          </li>
        ) : null}
      </ul>
      <div className="visually-hidden" aria-live="polite">
        {busy ? texts.searching : ''}
        {expanded ? (items.length > 0 ? texts.count(items.length) : texts.noMatches) : ''}
      </div>
    </div>
  );
}
