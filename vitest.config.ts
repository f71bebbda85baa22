import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The modules allowed under 80% of their lines, each with the floor it may not fall below (its value when the
 * exception was written, rounded down). docs/decisions.md, "Coverage", says why each one is here.
 */
const COVERAGE_FLOORS: Readonly<Record<string, number>> = {
  // Runs only inside the note frame (an extension page framed into a web page); tests/e2e drive it.
  'utils/app/note-frame.tsx': 0,
  // The worker's browser listeners (commands, connect); tests/e2e trigger them in the real worker.
  'utils/app/background.ts': 70,
  // The visit's browser-only branches (closed shadow root, frames, the reading view's print, the note frame's
  // address) and the trusted-input listeners (happy-dom events are never isTrusted): tests/e2e drive them
  // (panel, keyboard, hostile-scripts, reading-view); the unit tests cover the rest on happy-dom.
  'utils/app/visit.tsx': 70,
  'utils/app/reader-input.ts': 45,
  // The tab messages an extension page sends (jump, focus, status) arrive only in a real tab: tests/e2e/popup, panel.
  'utils/app/tab-messages.ts': 75,
};

/** One threshold per module under `dir` (a glob that names one file): 80% of lines, or its floor. */
function lineThresholds(dir: string): Record<string, { lines: number }> {
  const out: Record<string, { lines: number }> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, lineThresholds(path));
    else if (/\.tsx?$/.test(entry.name)) out[path] = { lines: COVERAGE_FLOORS[path] ?? 80 };
  }
  return out;
}

// Two runners: fast unit tests (pure text on strings, DOM code on happy-dom
// documents) and end-to-end tests that drive the built extension in Debian's
// Chromium. Both print CI's closing line through tests/tools/count-reporter.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', './tests/tools/count-reporter.ts'],
    // `npm run test:unit` passes --coverage: a line-coverage table of utils/, and the run fails when a
    // module is under 80% of its lines (or under its floor: COVERAGE_FLOORS above).
    coverage: {
      provider: 'v8',
      include: ['utils/**'],
      reporter: ['text'],
      thresholds: { perFile: true, ...lineThresholds('utils') },
      // The table is printed even when a test fails: CI's log shows both.
      reportOnFailure: true,
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
