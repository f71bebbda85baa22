import { describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { annotationCounts, countLabels, type Countable } from '../../utils/library/counts';

const highlight: Countable = { kind: 'highlight' };
const highlightWithNote: Countable = { kind: 'highlight', note: '本月内完成' };
const directiveNote: Countable = { kind: 'directive', note: '牵头：发改委' };
const directiveNoteAndStatus: Countable = { kind: 'directive', note: '已报送', status: 'done' };
const statusOnly: Countable = { kind: 'directive', status: 'doing' };
const emptyDirective: Countable = { kind: 'directive' };
const blankNoteDirective: Countable = { kind: 'directive', note: '  \n' };
const pageNote: Countable = { kind: 'page-note', note: '全文要点' };
const redactedPageNote: Countable = { kind: 'page-note', hasNote: true };

describe('what counts as an annotation', () => {
  it('counts a highlight, a note and a status once each, in their own parts', () => {
    expect(annotationCounts([highlight, directiveNote, statusOnly])).toEqual({ highlights: 1, notes: 1, statuses: 1, total: 3 });
  });

  it('counts a highlight with its note as one highlight', () => {
    expect(annotationCounts([highlightWithNote])).toEqual({ highlights: 1, notes: 0, statuses: 0, total: 1 });
  });

  it('counts a directive with a note and a status once, as a note', () => {
    expect(annotationCounts([directiveNoteAndStatus])).toEqual({ highlights: 0, notes: 1, statuses: 0, total: 1 });
  });

  it('does not count a directive record with no note and no status, or only a blank note', () => {
    expect(annotationCounts([emptyDirective, blankNoteDirective])).toEqual({ highlights: 0, notes: 0, statuses: 0, total: 0 });
    // beside it, the same list with one real note counts that note
    expect(annotationCounts([emptyDirective, blankNoteDirective, directiveNote]).total).toBe(1);
  });

  it('counts page notes, stored or redacted (a content script sees only hasNote)', () => {
    expect(annotationCounts([pageNote, redactedPageNote])).toEqual({ highlights: 0, notes: 2, statuses: 0, total: 2 });
    expect(annotationCounts([{ kind: 'page-note', hasNote: false }]).total).toBe(0);
  });

  it('is zero for nothing', () => {
    expect(annotationCounts([])).toEqual({ highlights: 0, notes: 0, statuses: 0, total: 0 });
  });
});

describe('how the count reads', () => {
  const counts = { highlights: 1, notes: 1, statuses: 1, total: 3 };
  it('reads the same in Chinese wherever it is shown', () => {
    expect(countLabels(counts, translator('zh'))).toEqual({ total: '3 条批注', parts: '划线 1 · 笔记 1 · 状态 1' });
  });

  it('takes English plurals', () => {
    expect(countLabels({ highlights: 2, notes: 1, statuses: 0, total: 3 }, translator('en')))
      .toEqual({ total: '3 annotations', parts: '2 highlights · 1 note · 0 statuses' });
    expect(countLabels({ highlights: 1, notes: 0, statuses: 0, total: 1 }, translator('en')).total).toBe('1 annotation');
  });

  it('leaves the parts out when there is nothing', () => {
    expect(countLabels({ highlights: 0, notes: 0, statuses: 0, total: 0 }, translator('zh'))).toEqual({ total: '0 条批注', parts: '' });
  });
});
