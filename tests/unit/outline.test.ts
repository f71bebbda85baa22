/** utils/text/outline.ts: nestByLevel turns the flat directive list into the outline's tree. */
import { describe, expect, it } from 'vitest';
import { nestByLevel, type OutlineNode } from '../../utils/text/outline';

type Item = { ordinal: string; level: number };
const item = (ordinal: string, level: number): Item => ({ ordinal, level });

/** The tree as nested [ordinal, children] pairs, easy to write by hand. */
type Shape = [string, Shape[]];
const shape = (nodes: OutlineNode<Item>[]): Shape[] => nodes.map((n) => [n.item.ordinal, shape(n.children)]);

describe('nestByLevel', () => {
  it('nests a four-level document: 一、（一）1.（1）', () => {
    const items = [
      item('一、', 1),
      item('（一）', 2),
      item('1.', 3),
      item('（1）', 4),
      item('（2）', 4),
      item('2.', 3),
      item('（二）', 2),
      item('二、', 1),
      item('（一）', 2),
    ];
    expect(shape(nestByLevel(items))).toEqual([
      ['一、', [
        ['（一）', [
          ['1.', [['（1）', []], ['（2）', []]]],
          ['2.', []],
        ]],
        ['（二）', []],
      ]],
      ['二、', [['（一）', []]]],
    ]);
  });

  it('keeps a flat list flat, in order', () => {
    const items = ['一要', '二要', '三要', '四要', '五是', '六是'].map((o) => item(o, 1));
    expect(shape(nestByLevel(items))).toEqual(items.map((i) => [i.ordinal, []]));
  });

  it('puts a level that skips (1 → 3) under the nearest shallower item', () => {
    expect(shape(nestByLevel([item('一、', 1), item('1.', 3), item('2.', 3), item('（一）', 2)]))).toEqual([
      ['一、', [['1.', []], ['2.', []], ['（一）', []]]],
    ]);
  });

  it('makes a list that starts deep, or comes back shallower than its start, a list of roots', () => {
    expect(shape(nestByLevel([item('（一）', 2), item('1.', 3), item('一、', 1), item('（一）', 2)]))).toEqual([
      ['（一）', [['1.', []]]],
      ['一、', [['（一）', []]]],
    ]);
  });

  it('keeps the items themselves, not copies', () => {
    const items = [item('一、', 1), item('（一）', 2)];
    const [root] = nestByLevel(items);
    expect(root!.item).toBe(items[0]);
    expect(root!.children[0]!.item).toBe(items[1]);
  });

  it('gives no roots for no items', () => {
    expect(nestByLevel([])).toEqual([]);
  });
});
