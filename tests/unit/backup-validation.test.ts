import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, type BackupErrorCode, type BackupLimits } from '../../utils/export';
import { backupErrorText } from '../../utils/i18n/backup-error-text';
import * as F from '../fixtures/export/notices';

type Doc = Record<string, any>;
const NOTICES = [F.sampleNotice, F.nestedNotice];
const ANNOTATIONS = [...F.sampleAnnotations, ...F.nestedAnnotations];
const GOOD = createBackup(NOTICES, ANNOTATIONS, F.EXPORTED_AT);
const fresh = (): Doc => JSON.parse(GOOD);

/** Parses, expects a refusal with this code, and checks the messages say where. */
function refused(input: string | Doc, code: BackupErrorCode, where?: { index?: number; path?: string }, limits?: Partial<BackupLimits>) {
  const text = typeof input === 'object' ? JSON.stringify(input) : input;
  const r = parseBackup(text, limits);
  if (r.ok) throw new Error(`expected refusal ${code}, got ok`);
  expect(r.error.code).toBe(code);
  // The words the reader sees, from the catalog.
  const message_zh = backupErrorText('zh', r.error);
  const message_en = backupErrorText('en', r.error);
  expect(message_zh.length).toBeGreaterThan(4);
  expect(message_en.length).toBeGreaterThan(4);
  expect(message_zh).toMatch(/[\u4e00-\u9fff]/);
  if (where?.index !== undefined) {
    expect(r.error.index).toBe(where.index);
    expect(message_zh).toContain(`第 ${where.index + 1} `);
    expect(message_en).toContain(`#${where.index + 1}`);
  }
  if (where?.path) {
    expect(r.error.path).toBe(where.path);
    expect(message_en).toContain(where.path);
    expect(message_zh).toContain(where.path);
  }
  return { ...r.error, message_zh, message_en };
}

/** Index of the first item with this app id in GOOD. */
const idx = (id: string) => ANNOTATIONS.findIndex((a) => a.id === id);

describe('parseBackup refuses the file as a whole', () => {
  it('accepts the good file (control)', () => {
    expect(parseBackup(GOOD).ok).toBe(true);
  });

  it('non-text input', () => {
    refused(42 as unknown as string, 'not-text');
  });

  it('an empty file', () => {
    refused('', 'empty');
    refused('  \n ', 'empty');
  });

  it('a file over the size limit, before parsing it', () => {
    const e = refused(GOOD, 'too-large', undefined, { maxBytes: 1000 });
    expect(e.message_en).toMatch(/MB/);
    // Multi-byte text is measured in UTF-8 bytes, not characters.
    const zh = JSON.stringify({ format: 'notice-lens-backup', version: 1, items: [], pad: '中'.repeat(400) });
    expect(parseBackup(zh, { maxBytes: zh.length + 10 }).ok).toBe(false);
  });

  it('a truncated file', () => {
    refused(GOOD.slice(0, Math.floor(GOOD.length / 2)), 'truncated');
    refused(GOOD.slice(0, GOOD.length - 3), 'truncated');
  });

  it('malformed JSON', () => {
    refused('{"format": "notice-lens-backup", version: 1}', 'malformed-json');
    refused(`${GOOD.trim()},`, 'malformed-json');
    refused('<html>not json</html>', 'malformed-json');
  });

  it('absurd nesting', () => {
    refused(`${'['.repeat(5000)}${']'.repeat(5000)}`, 'too-deep');
  });

  it('a file of another format', () => {
    refused({ ...fresh(), format: 'hypothesis' }, 'wrong-format');
    refused('[]', 'wrong-format');
    refused('"just a string"', 'wrong-format');
    const { format: _f, ...noFormat } = fresh();
    refused(noFormat, 'wrong-format');
  });

  it('an unsupported version', () => {
    const e = refused({ ...fresh(), version: 2 }, 'unsupported-version');
    expect(e.message_en).toContain('2');
    refused({ ...fresh(), version: '1' }, 'unsupported-version');
    const { version: _v, ...noVersion } = fresh();
    refused(noVersion, 'unsupported-version');
  });

  it('too many annotations or notices', () => {
    refused(GOOD, 'too-many', { path: 'items' }, { maxAnnotations: 3 });
    refused(GOOD, 'too-many', { path: 'notices' }, { maxNotices: 1 });
  });

  it('a count that does not match the items (cut-off list)', () => {
    const d = fresh();
    d.items.pop();
    refused(d, 'count-mismatch');
  });
});

describe('parseBackup refuses prototype-pollution keys', () => {
  it('__proto__ at the top level', () => {
    const text = GOOD.replace('{', '{"__proto__": {"polluted": true},');
    refused(text, 'forbidden-key', { path: '__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('constructor / prototype deep inside an item', () => {
    const d = fresh();
    d.items[2].noticeLens.directive.constructor = { prototype: { polluted: true } };
    refused(d, 'forbidden-key', { index: 2, path: 'items[2].noticeLens.directive.constructor' });
    const d2 = fresh();
    d2.notices[1].prototype = 1;
    refused(d2, 'forbidden-key', { index: 1, path: 'notices[1].prototype' });
  });
});

describe('parseBackup refuses bad values and says where', () => {
  it('wrong types', () => {
    refused({ ...fresh(), items: {} }, 'wrong-type', { path: 'items' });
    const d = fresh();
    d.items[3].noticeLens.tags = 'a,b';
    refused(d, 'wrong-type', { index: 3, path: 'items[3].noticeLens.tags' });
    const d2 = fresh();
    d2.items[0].target.selector[1].start = '902';
    refused(d2, 'wrong-type', { index: 0, path: 'items[0].target.selector[1].start' });
    const d3 = fresh();
    d3.items[1].body.value = 7;
    refused(d3, 'wrong-type', { index: 1, path: 'items[1].body.value' });
    const d4 = fresh();
    d4.items[5] = null;
    refused(d4, 'wrong-type', { index: 5, path: 'items[5]' });
    const d5 = fresh();
    d5.notices[0].directives[2].level = 1.5;
    refused(d5, 'wrong-type', { index: 0, path: 'notices[0].directives[2].level' });
    const d6 = fresh();
    d6.items[0].target.selector[1].end = 1;
    refused(d6, 'wrong-type', { index: 0, path: 'items[0].target.selector[1].end' });
  });

  it('over-long strings', () => {
    const d = fresh();
    d.items[1].body.value = 'x'.repeat(100_001);
    const e = refused(d, 'too-long', { index: 1, path: 'items[1].body.value' });
    expect(e.message_en).toContain('100000');
    const d2 = fresh();
    d2.items[1].noticeLens.tags = ['t'.repeat(201)];
    refused(d2, 'too-long', { index: 1, path: 'items[1].noticeLens.tags[0]' });
    const d3 = fresh();
    d3.notices[0].title = '标'.repeat(100_001);
    refused(d3, 'too-long', { index: 0, path: 'notices[0].title' });
  });

  it('non-http(s) source URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', '/relative/path', ' https://x.cn']) {
      const d = fresh();
      d.items[4].target.source = url;
      refused(d, 'bad-url', { index: 4, path: 'items[4].target.source' });
    }
    const d = fresh();
    d.notices[1].page = 'javascript:void(0)';
    refused(d, 'bad-url', { index: 1, path: 'notices[1].page' });
  });

  it('unknown colours, statuses and kinds', () => {
    const d = fresh();
    d.items[0].noticeLens.color = 'red';
    const e = refused(d, 'bad-color', { index: 0, path: 'items[0].noticeLens.color' });
    expect(e.message_en).toContain('yellow');
    const i = idx('d-1');
    const d2 = fresh();
    d2.items[i].noticeLens.status = 'finished';
    refused(d2, 'bad-status', { index: i, path: `items[${i}].noticeLens.status` });
    const d3 = fresh();
    d3.items[0].noticeLens.kind = 'bookmark';
    refused(d3, 'bad-kind', { index: 0, path: 'items[0].noticeLens.kind' });
  });

  it('unknown selector types', () => {
    const d = fresh();
    d.items[0].target.selector.push({ type: 'CssSelector', value: 'p' });
    refused(d, 'bad-selector', { index: 0, path: 'items[0].target.selector[2].type' });
  });

  it('bad dates', () => {
    const d = fresh();
    d.items[2].created = 'yesterday';
    refused(d, 'bad-date', { index: 2, path: 'items[2].created' });
    const d2 = fresh();
    d2.notices[0].lastSeen = '2024-13-45T99:00:00Z';
    refused(d2, 'bad-date', { index: 0, path: 'notices[0].lastSeen' });
  });

  it('ids that are not urn:uuid and not given by the app', () => {
    const d = fresh();
    d.items[0].id = 'http://example.org/anno/1';
    refused(d, 'bad-id', { index: 0, path: 'items[0].id' });
    const d2 = fresh();
    d2.items[0].type = 'Note';
    refused(d2, 'wrong-format', { index: 0, path: 'items[0].type' });
  });

  it('duplicate annotation ids and duplicate notices', () => {
    const d = fresh();
    d.items[6] = { ...d.items[6], id: d.items[1].id, noticeLens: { ...d.items[6].noticeLens } };
    delete d.items[6].noticeLens.id;
    const e = refused(d, 'duplicate-id', { index: 6, path: 'items[6].id' });
    expect(e.message_en).toContain('#2');
    const d2 = fresh();
    d2.notices[1].page = d2.notices[0].page;
    refused(d2, 'duplicate-notice', { index: 1, path: 'notices[1].page' });
  });

  it('writes nothing out on a refusal: the result holds no data', () => {
    const d = fresh();
    d.items[ANNOTATIONS.length - 1].noticeLens.color = 'red';
    const r = parseBackup(JSON.stringify(d));
    expect(r.ok).toBe(false);
    expect('annotations' in r).toBe(false);
    expect('notices' in r).toBe(false);
  });
});

describe('parseBackup is lenient where it is safe', () => {
  it('ignores unknown extra fields and bodies it does not know', () => {
    const d = fresh();
    d.generator = { name: 'other tool' };
    d.items[1].body = [{ type: 'SpecificResource', source: 'https://x.cn' }, d.items[1].body];
    d.items[1].extra = 'kept out';
    const r = parseBackup(JSON.stringify(d));
    expect(r.ok && r.annotations[1]).toStrictEqual(ANNOTATIONS[1]);
  });

  it('fills a missing prefix/suffix, selector list, notices list and total', () => {
    const d = fresh();
    delete d.items[0].target.selector[0].prefix;
    delete d.items[0].target.selector[0].suffix;
    delete d.notices;
    delete d.total;
    const r = parseBackup(JSON.stringify(d));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.notices).toEqual([]);
      expect(r.annotations[0]!.selectors[0]).toEqual({ ...ANNOTATIONS[0]!.selectors[0], prefix: '', suffix: '' });
    }
  });

  it('parses a file with 20,000 annotations', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...F.sampleAnnotations[0]!, id: `id-${i}` }));
    const text = createBackup([F.sampleNotice], many, F.EXPORTED_AT);
    const r = parseBackup(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.annotations).toHaveLength(20_000);
  }, 30_000); // a capacity test, not a speed test: 2–5 s on a shared 2-core machine under load
});
