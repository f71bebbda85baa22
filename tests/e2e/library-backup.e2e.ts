import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup } from '../../utils/export';
import type { Annotation } from '../../utils/model';
import { launchWithExtension, type ExtensionBrowser } from '../tools/browser';
import * as D from './library-data';
import { controlPage, download, extUrl, send, snapshot } from './panel-helpers';

// Backup from the notes library, delete everything, restore with nothing lost;
// hostile or broken files are refused with a clear message and change nothing;
// a large import shows its progress.
let browser: ExtensionBrowser;
let ctl: Page;
let lib: Page;
let dir: string;

const cards = () => lib.locator('[data-nl-notice]');
const outcome = () => lib.locator('[data-nl-outcome]');
const importFile = async (path: string) => lib.locator('[data-nl-field="backup-file"]').setInputFiles(path);

beforeAll(async () => {
  browser = await launchWithExtension();
  dir = await mkdtemp(join(tmpdir(), 'notice-lens-backup-'));
  ctl = await controlPage(browser);
  await send(ctl, { type: 'backup/import-items', notices: D.notices, annotations: D.annotations });
  lib = await browser.context.newPage();
  await lib.goto(extUrl(browser, 'library.html'));
  await lib.waitForSelector('[data-nl-notice]');
  await lib.waitForSelector('main.lib:not([data-nl-loading])');
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('backup, delete everything, restore', () => {
  let backupFile: string;
  let before: Awaited<ReturnType<typeof snapshot>>;

  it('exports everything as one JSON backup', async () => {
    before = await snapshot(ctl);
    const f = await download(lib, () => lib.locator('[data-nl-action="backup-export"]').click());
    expect(f.name).toMatch(/^notice-lens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupFile = join(dir, f.name);
    await writeFile(backupFile, f.data);
    const json = JSON.parse(f.data.toString('utf8'));
    expect(json).toMatchObject({ format: 'notice-lens-backup', version: 1, total: 5 });
  });

  it('asks before deleting everything; cancelling keeps it all', async () => {
    await lib.locator('[data-nl-action="wipe"]').click();
    await expect.poll(() => lib.locator('dialog[data-nl-dialog="wipe"][open]').count()).toBe(1);
    expect(await lib.locator('dialog[data-nl-dialog="wipe"]').innerText()).toContain('5 条批注');
    await lib.keyboard.press('Escape');
    await expect.poll(() => lib.locator('dialog[data-nl-dialog="wipe"]').count()).toBe(0);
    expect(await snapshot(ctl)).toEqual(before);
  });

  it('deletes everything once confirmed', async () => {
    await lib.locator('[data-nl-action="wipe"]').click();
    await lib.locator('[data-nl-action="confirm-wipe"]').click();
    await expect.poll(() => outcome().innerText()).toBe('已删除 5 条批注和 3 篇公文记录。');
    expect(await snapshot(ctl)).toEqual({ notices: [], annotations: [] });
    await expect.poll(() => cards().count()).toBe(0);
  });

  it('restores the backup with nothing lost', async () => {
    await importFile(backupFile);
    await expect.poll(() => outcome().getAttribute('data-nl-outcome'), { timeout: 15_000 }).toBe('ok');
    expect(await outcome().innerText()).toContain('新增 5 条');
    expect(await snapshot(ctl)).toEqual(before);
    await expect.poll(() => cards().count()).toBe(3);
  });

  const hostile: [string, () => Promise<string | Buffer>, RegExp][] = [
    ['truncated', async () => readFile(backupFile, 'utf8').then((s) => s.slice(0, Math.floor(s.length / 2))), /截断/],
    ['not a backup', async () => '{"hello": "world"}', /不是公文批注（Notice Lens）的备份文件/],
    ['a prototype-polluting key', async () => {
      const s = await readFile(backupFile, 'utf8');
      return s.replace('"type":"Annotation"', '"__proto__":{"polluted":"yes"},"type":"Annotation"');
    }, /不允许的键名/],
    ['a script URL as the page', async () => {
      const b = JSON.parse(await readFile(backupFile, 'utf8'));
      b.items[0].target.source = 'javascript:alert(1)';
      return JSON.stringify(b);
    }, /网址不是 http\(s\) 网址/],
    ['empty', async () => '', /文件是空的/],
    ['oversized', async () => Buffer.alloc(51 * 1024 * 1024, 0x20), /文件过大/],
  ];
  for (const [name, make, message] of hostile) {
    it(`refuses ${name} file with a clear message, changing nothing`, async () => {
      const path = join(dir, `hostile-${name.replace(/\W+/g, '-')}.json`);
      await writeFile(path, await make());
      await importFile(path);
      await expect.poll(() => outcome().getAttribute('data-nl-outcome'), { timeout: 15_000 }).toBe('error');
      const text = await outcome().innerText();
      expect(text).toMatch(/^未导入，数据没有任何改动。/);
      expect(text).toMatch(message);
      expect(await snapshot(ctl)).toEqual(before);
      expect(await lib.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
      await rm(path);
    });
  }

  it('shows progress while a large backup is checked and written', async () => {
    const big: Annotation[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `big-${i}`, page: `https://www.gov.cn/big/${i % 500}.htm`, kind: 'highlight', color: 'yellow', tags: [],
      selectors: [{ type: 'TextQuoteSelector', exact: `第${i}条 安全生产检查要点`, prefix: '', suffix: '' }],
      note: i % 3 ? '' : `批注 ${i}`, created: '2024-06-01T00:00:00.000Z', modified: '2024-06-01T00:00:00.000Z',
    }));
    const path = join(dir, 'big.json');
    await writeFile(path, createBackup([], big, '2024-06-02T00:00:00.000Z'));
    await lib.evaluate(() => {
      const seen: string[] = ((window as unknown as { phases: string[] }).phases = []);
      new MutationObserver(() => {
        const p = document.querySelector('[data-nl-import-state]')?.getAttribute('data-nl-import-state');
        if (p && seen.at(-1) !== p) seen.push(p);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await importFile(path);
    await expect.poll(() => outcome().getAttribute('data-nl-outcome'), { timeout: 60_000 }).toBe('ok');
    const phases = await lib.evaluate(() => (window as unknown as { phases: string[] }).phases);
    expect(phases).toContain('validating');
    expect(phases).toContain('writing');
    await expect.poll(() => lib.locator('[data-nl-field="totals"]').innerText(), { timeout: 15_000 }).toBe('共 503 篇公文，20005 条批注');
    // Search stays usable at this size.
    await lib.locator('[data-nl-field="search"]').fill('第19999条');
    await expect.poll(() => cards().count()).toBe(1);
  });
});
