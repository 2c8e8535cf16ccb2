import { describe, expect, it } from 'vitest';
import { addItem, moveItem, removeItem, sameOrder } from './item-order.ts';

const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const ids = (items: { id: string }[]) => items.map((item) => item.id).join('');

describe('the items editor’s list operations', () => {
  it('moves an item one place up or down, and not past an end', () => {
    expect(ids(moveItem(list, 1, -1))).toBe('bac');
    expect(ids(moveItem(list, 1, 1))).toBe('acb');
    expect(ids(moveItem(list, 0, -1))).toBe('abc');
    expect(ids(moveItem(list, 2, 1))).toBe('abc');
    expect(ids(moveItem(list, 5, 1))).toBe('abc');
    expect(ids(list)).toBe('abc');
  });

  it('removes an item by id, and adds one at the end only once', () => {
    expect(ids(removeItem(list, 'b'))).toBe('ac');
    expect(ids(removeItem(list, 'z'))).toBe('abc');
    expect(ids(addItem(list, { id: 'd' }))).toBe('abcd');
    expect(ids(addItem(list, { id: 'a' }))).toBe('abc');
  });

  it('says whether two lists are in the same order', () => {
    expect(sameOrder(list, [{ id: 'a' }, { id: 'b' }, { id: 'c' }])).toBe(true);
    expect(sameOrder(list, moveItem(list, 0, 1))).toBe(false);
    expect(sameOrder(list, removeItem(list, 'c'))).toBe(false);
  });
});
