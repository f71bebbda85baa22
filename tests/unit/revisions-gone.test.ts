import { describe, expect, it } from 'vitest';
import { gonePassages, goneFromSummary, howGone } from '../../utils/revisions/gone';

const OLD = '一、开展隐患排查。请于2026年11月20日前将自查报告报送县应急管理局。逾期未报的，予以通报。\n二、加强值班值守。';
const NEW = '一、开展隐患排查。请于2026年12月5日前将自查报告报送县应急管理局。\n二、加强值班值守。';

describe('howGone: whether an orphan\'s text was taken out by the newest revision', () => {
  const gone = gonePassages([
    { page: 'p', savedAt: '2026-12-02T03:00:00.000Z', text: NEW },
    { page: 'p', savedAt: '2026-11-20T03:00:00.000Z', text: OLD },
  ])!;

  it('reads the newest change of the versions, dated by the newer one', () => {
    expect(gone).toEqual({ deleted: ['逾期未报的，予以通报。'], changed: ['11月20'], on: '2026-12-02T03:00:00.000Z' });
  });

  it('a quote inside a deleted sentence was deleted; one over the corrected date was changed', () => {
    expect(howGone('予以通报', gone)).toBe('deleted');
    expect(howGone('2026年11月20日前', gone)).toBe('changed');
  });

  it('a quote of text still there, or of one character, is neither (positive cases above)', () => {
    expect(howGone('加强值班值守', gone)).toBeNull();
    expect(howGone('的', gone)).toBeNull();
    expect(howGone('予以通报', null)).toBeNull();
  });

  it('white space and width in the quote do not matter', () => {
    expect(howGone('予以 通报', gone)).toBe('deleted');
  });

  it('fewer than two versions: nothing gone', () => {
    expect(gonePassages([{ page: 'p', savedAt: '2026-12-02T03:00:00.000Z', text: NEW }])).toBeNull();
  });

  it('a revised visit\'s summary: its deleted and replaced text, seen now', () => {
    const g = goneFromSummary({ since: '2026-11-20T03:00:00.000Z', inserted: 0, changed: 1, deleted: ['逾期未报的，予以通报。'], replaced: ['11月20'] }, new Date('2026-12-02T05:00:00.000Z'));
    expect(g).toEqual({ deleted: ['逾期未报的，予以通报。'], changed: ['11月20'], on: '2026-12-02T05:00:00.000Z' });
  });
});
