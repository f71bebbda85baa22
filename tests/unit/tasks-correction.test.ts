import { describe, expect, it } from 'vitest';
import { correctionFrom, parseDay } from '../../utils/tasks/correction';
import { markTaskFacts } from '../../utils/page/mark-tasks';

describe('parseDay', () => {
  it('reads the forms people type', () => {
    expect(parseDay('2025-11-30')).toBe('2025-11-30');
    expect(parseDay('2025/1/5')).toBe('2025-01-05');
    expect(parseDay('2025.12.1')).toBe('2025-12-01');
    expect(parseDay(' 2025年11月30日 ')).toBe('2025-11-30');
  });

  it('refuses what is not a day of the calendar', () => {
    expect(parseDay('2025-02-29')).toBeNull();
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2025-13-01')).toBeNull();
    expect(parseDay('11月30日')).toBeNull();
    expect(parseDay('next friday')).toBeNull();
  });
});

describe('correctionFrom', () => {
  const notice = { due: { kind: 'date' as const, date: '2025-11-30', text: '于2025年11月30日前' }, lead: '区应急管理局' };

  it("a value equal to the notice's is no correction", () => {
    expect(correctionFrom(notice, '2025/11/30', '区应急管理局')).toEqual({});
  });

  it('a changed value is the correction', () => {
    expect(correctionFrom(notice, '2025-12-05', '区消防救援大队')).toEqual({ due: '2025-12-05', lead: '区消防救援大队' });
  });

  it("an emptied field is 'none' where the notice named something, nothing where it did not", () => {
    expect(correctionFrom(notice, '', '')).toEqual({ due: '', lead: '' });
    expect(correctionFrom({}, '', '')).toEqual({});
    expect(correctionFrom(undefined, '2025-12-01', '')).toEqual({ due: '2025-12-01' });
  });

  it('a relative deadline (即日起) given a date becomes that date', () => {
    expect(correctionFrom({ due: { kind: 'relative', text: '即日起' } }, '2025-12-01', '')).toEqual({ due: '2025-12-01' });
  });

  it('a date field that holds no day is refused', () => {
    expect(correctionFrom(notice, '2025-02-30', '')).toBe('bad-date');
  });
});

describe('markTaskFacts', () => {
  it('writes data-nl-due only for one date, data-nl-lead for a lead unit, and removes them when gone', () => {
    document.body.innerHTML = '<p><span id="a">（一）排查。</span><span id="b">（二）值班。</span><span id="c">（三）报送。</span></p>';
    const directives = ['a', 'b', 'c'].map((id) => ({ element: document.getElementById(id)! }));
    const facts = [
      { due: { kind: 'date' as const, date: '2025-11-30', text: '' }, lead: '区应急管理局' },
      { due: { kind: 'relative' as const, text: '即日起' } },
      { due: { kind: 'recurring' as const, every: 'month' as const, day: 10, text: '每月10日前' }, lead: '区安委办' },
    ];
    markTaskFacts(directives, (i) => facts[i]!);
    const attrs = () => directives.map(({ element: e }) => [e.getAttribute('data-nl-due'), e.getAttribute('data-nl-lead')]);
    expect(attrs()).toEqual([['2025-11-30', '区应急管理局'], [null, null], [null, '区安委办']]);
    markTaskFacts(directives, () => ({}));
    expect(attrs()).toEqual([[null, null], [null, null], [null, null]]);
  });
});
