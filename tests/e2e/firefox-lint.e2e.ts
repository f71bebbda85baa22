import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIREFOX_EXTENSION_DIR } from '../tools/firefox';

// Mozilla's own review rules (addons-linter, through web-ext lint) on the Firefox build:
// nothing to fix before the add-on could be listed. Runs offline.
const WEB_EXT = fileURLToPath(new URL('../../node_modules/web-ext/bin/web-ext.js', import.meta.url));

interface LintMessage { code: string; message: string; description?: string; file?: string; line?: number; column?: number }
interface LintReport { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }

function lint(dir: string): Promise<LintReport> {
  return new Promise((resolve, reject) => {
    // Exit status is 1 when there are errors; the JSON report is on stdout either way.
    execFile(process.execPath, [WEB_EXT, 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as LintReport);
      } catch {
        reject(new Error(`web-ext lint gave no JSON report: ${err?.message ?? ''}\n${stderr}\n${stdout.slice(0, 2000)}`));
      }
    });
  });
}

const show = (ms: LintMessage[]) => ms.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message} — ${m.description ?? ''}`);

describe('Firefox build under web-ext lint', () => {
  it('has no errors and no warnings', async () => {
    expect(existsSync(`${FIREFOX_EXTENSION_DIR}manifest.json`), 'No Firefox build: run npm run build:firefox first.').toBe(true);
    const report = await lint(FIREFOX_EXTENSION_DIR);
    expect(show(report.errors)).toEqual([]);
    expect(show(report.warnings)).toEqual([]);
  });

  it('would report a minimum version older than the manifest keys it uses', async () => {
    // The same build with Firefox 128 as its minimum: data_collection_permissions needs 140 (142 on Android).
    const dir = await mkdtemp(join(tmpdir(), 'notice-lens-lint-'));
    try {
      await cp(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      manifest.browser_specific_settings.gecko.strict_min_version = '128.0';
      delete manifest.browser_specific_settings.gecko_android;
      await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
      const report = await lint(dir);
      expect(report.errors).toEqual([]);
      expect(report.warnings.map((w) => w.code).sort()).toEqual(['KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
