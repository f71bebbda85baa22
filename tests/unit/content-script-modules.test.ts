import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// content.js is compiled on every page of every official site, notice or not (eagerly: vite-plugin-compile-hints.ts),
// so what it bundles is a cost every page pays. These are the modules it must not carry: the analysis after detection
// (notice-marks.js), the panel (notice-app.js), Readability (second-opinion.js), the government-site rules
// (government-judge.js) and a notice's facts (notice-app.js, docs/decisions.md "The facts' rules out of content.js").
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The repository's modules a module imports for their code (type-only imports left out), transitively. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(REPO, file), 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm)) {
      const clause = (m[2] ?? '').trim();
      // `import type …`, or `import { type A, type B } …`: types only, no code bundled.
      const typesOnly = Boolean(m[1]) || (/^\{[^}]*\}$/.test(clause) && clause.slice(1, -1).split(',').every((n) => !n.trim() || /^\s*type\s/.test(n)));
      if (typesOnly) continue;
      const spec = m[3] ?? m[4]!;
      const target = relative(REPO, resolve(REPO, dirname(file), spec));
      for (const candidate of [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`, target]) {
        try {
          readFileSync(join(REPO, candidate));
          visit(candidate);
          break;
        } catch {
          /* the next form */
        }
      }
    }
  };
  visit(entry);
  return seen;
}

describe('what content.js bundles', () => {
  const graph = moduleGraph('entrypoints/content/index.ts');

  it('holds the detector and the content script', () => {
    for (const m of ['utils/app/content-script.ts', 'utils/page/detect.ts', 'utils/dom/signals.ts', 'utils/dom/content-root.ts', 'utils/page/late-content.ts']) {
      expect(graph, m).toContain(m);
    }
  });

  it("leaves out a notice's facts, the analysis after detection, the panel and the government-site rules", () => {
    for (const m of ['utils/facts/read-facts.ts', 'utils/analysis/remote-facts.ts', 'utils/page/analyze.ts', 'utils/text/directives/index.ts', 'utils/app/controller.ts', 'utils/app/visit.tsx', 'utils/dom/government-signals.ts']) {
      expect(graph, m).not.toContain(m);
    }
  });

  it('follows imports a few levels deep, so the test above can see a module pulled in indirectly', () => {
    // signals.ts → own-facts.ts (readOwnIdentity, the verdict's part) → letter-heads.ts
    expect(moduleGraph('utils/dom/signals.ts')).toContain('utils/facts/letter-heads.ts');
    expect(moduleGraph('utils/page/analyze.ts')).toContain('utils/text/directives/index.ts');
  });
});
