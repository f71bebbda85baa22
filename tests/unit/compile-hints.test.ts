import { describe, expect, it } from 'vitest';
import { addCompileHints, missingCompileHints } from '../../vite-plugin-compile-hints';

const chunk = (fileName: string, code: string) => ({ type: 'chunk' as const, fileName, code });

describe('compile hints in the built bundles', () => {
  it('puts the hint first in the bundles a notice page runs, and nowhere else', () => {
    const bundle = {
      a: chunk('content-scripts/content.js', '(function(){detect()})();'),
      b: chunk('notice-app.js', '(function(){panel()})();'),
      c: chunk('background.js', 'var background=(function(){})();'),
      d: { type: 'asset' as const, fileName: 'notice-marks.js' },
    };
    expect(addCompileHints(bundle)).toEqual(['content-scripts/content.js', 'notice-app.js']);
    expect(bundle.a.code).toBe('//# allFunctionsCalledOnLoad\n(function(){detect()})();');
    expect(bundle.b.code).toBe('//# allFunctionsCalledOnLoad\n(function(){panel()})();');
    expect(bundle.c.code).toBe('var background=(function(){})();');
  });

  it('adds it once when a bundle passes through twice', () => {
    const bundle = { a: chunk('notice-marks.js', 'x()') };
    addCompileHints(bundle);
    addCompileHints(bundle);
    expect(bundle.a.code).toBe('//# allFunctionsCalledOnLoad\nx()');
  });

  it('names the files that were not written or lost their hint', () => {
    const files: Record<string, string> = {
      'content-scripts/content.js': '//# allFunctionsCalledOnLoad\n(function(){})();',
      'notice-marks.js': '(function(){})();',
      'notice-app.js': '//# allFunctionsCalledOnLoad\n(function(){})();',
    };
    expect(missingCompileHints((f) => files[f] ?? null)).toEqual(['notice-marks.js', 'second-opinion.js']);
    files['notice-marks.js'] = '//# allFunctionsCalledOnLoad\n' + files['notice-marks.js'];
    files['second-opinion.js'] = '//# allFunctionsCalledOnLoad\n';
    expect(missingCompileHints((f) => files[f] ?? null)).toEqual([]);
  });
});
