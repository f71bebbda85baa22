import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two runners: fast unit tests (pure text on strings, DOM code on happy-dom
// documents) and end-to-end tests that drive the built extension in Debian's
// Chromium. Both print CI's closing line through tests/tools/count-reporter.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', './tests/tools/count-reporter.ts'],
    // `npm run test:unit` passes --coverage: a line-coverage table of utils/ (no thresholds yet;
    // docs/decisions.md, "Coverage", lists the modules under 80% and why).
    coverage: {
      provider: 'v8',
      include: ['utils/**'],
      reporter: ['text'],
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
