import { describe, expect, it } from 'vitest';
import { lensFragmentId, lensLink, readJumped, readOrphanIds, readTabStatus } from '../../utils/tab-protocol';

describe('reading the content script replies', () => {
  it('reads a status defensively', () => {
    expect(readTabStatus(undefined)).toBeNull();
    expect(readTabStatus({ ok: true })).toBeNull();
    expect(readTabStatus({ notice: false })).toEqual({ notice: false, page: '', directives: 0, highlights: 0, orphans: 0, duplicateChars: null });
    expect(readTabStatus({ notice: true, directives: 6, highlights: 2, orphans: 1, duplicateChars: 975 }))
      .toEqual({ notice: true, page: '', directives: 6, highlights: 2, orphans: 1, duplicateChars: 975 });
    expect(readTabStatus({ notice: true, page: 'p', directives: -3, highlights: '9', orphans: 2.7, duplicateChars: 0 }))
      .toEqual({ notice: true, page: 'p', directives: 0, highlights: 0, orphans: 2, duplicateChars: null });
  });

  it('reads orphan ids and jump results in either form', () => {
    expect(readOrphanIds(['a', 3, 'b'])).toEqual(['a', 'b']);
    expect(readOrphanIds({ ids: ['a'] })).toEqual(['a']);
    expect(readOrphanIds(undefined)).toEqual([]);
    expect(readJumped(true)).toBe(true);
    expect(readJumped({ ok: true })).toBe(true);
    expect(readJumped(false)).toBe(false);
    expect(readJumped(undefined)).toBe(false);
  });
});

describe('library links to an annotation', () => {
  it('puts the id in the fragment, replacing any fragment the page had', () => {
    const link = lensLink('http://gxj.xa.gov.cn/a.html?id=1#top', 'abc-123');
    expect(link).toBe('http://gxj.xa.gov.cn/a.html?id=1#notice-lens=abc-123');
    expect(lensFragmentId(new URL(link).hash)).toBe('abc-123');
  });

  it('is read back by the content script for every id the store accepts', () => {
    for (const id of ['6f1c3b1e-8a55-4c1e-9b7e-000000000005', 'app:note.1_x', 'A']) {
      const hash = new URL(lensLink('https://www.gov.cn/x.htm', id)).hash;
      expect(lensFragmentId(hash)).toBe(id);
    }
  });

  it('ignores other fragments', () => {
    expect(lensFragmentId('#other')).toBeNull();
    expect(lensFragmentId('#notice-lens=')).toBeNull();
    expect(lensFragmentId('#notice-lens=%E0%A4%A')).toBeNull();
  });

  it('refuses a fragment id the store would never have written, beside one it would', () => {
    // A page (or a link someone sent) writes the hash: a newline, a quote or a selector never passes.
    expect(lensFragmentId('#notice-lens=a%0Ab')).toBeNull();
    expect(lensFragmentId('#notice-lens=a%22%5D%2C*%5Bx')).toBeNull();
    expect(lensFragmentId('#notice-lens=-leading-dash')).toBeNull();
    expect(lensFragmentId(`#notice-lens=${'a'.repeat(201)}`)).toBeNull();
    expect(lensFragmentId(`#notice-lens=${'a'.repeat(200)}`)).toBe('a'.repeat(200));
    expect(lensFragmentId('#notice-lens=ok-1')).toBe('ok-1');
  });
});
