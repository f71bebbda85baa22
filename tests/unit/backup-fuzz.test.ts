// @vitest-environment node
/**
 * 1,000 fuzzed backup files: valid backups mutated by a seeded PRNG (wrong types,
 * huge strings, deep nesting, `__proto__` / `constructor` keys, truncated JSON,
 * duplicated ids, future dates, bad ids, removed keys). Each file is either
 * refused with a clear message (by the file reader or by the store) and writes
 * nothing, or imported exactly: every record reads back equal.
 */
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../utils/export/backup';
import { backupErrorText } from '../../utils/i18n/backup-error-text';
import type { Annotation, NoticeRecord } from '../../utils/model';
import { normalizeNoticeUrl } from '../../utils/text/url';
import * as F from '../fixtures/export/notices';
import { annotation, noticeRecord, setup, value } from './store-helpers';

/** mulberry32: a small seeded PRNG, so every run fuzzes the same 1,000 files. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}
type Rng = ReturnType<typeof prng>;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

// The store test clock (store-helpers.ts): 2025-03-01T08:00Z. The fixtures are dated 2024.
const NOW = Date.parse('2025-03-01T08:00:00.000Z');
const BASE_NOTICES: NoticeRecord[] = [F.sampleNotice, F.nestedNotice];
const BASE_ANNOTATIONS: Annotation[] = [...F.sampleAnnotations.slice(0, 4), ...F.nestedAnnotations.slice(0, 2)];

/** Every [container, key] in a JSON tree, for picking a place to mutate. */
function slots(root: Json): [Json[] | { [k: string]: Json }, string | number][] {
  const out: [Json[] | { [k: string]: Json }, string | number][] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) out.push([v, k]), walk(v[k]!);
  };
  walk(root);
  return out;
}
const set = (c: Json[] | { [k: string]: Json }, k: string | number, v: Json) => ((c as Record<string | number, Json>)[k] = v);
const get = (c: Json[] | { [k: string]: Json }, k: string | number) => (c as Record<string | number, Json>)[k]!;
const nest = (depth: number): Json => (depth === 0 ? 'core' : [nest(depth - 1)]);
const iso = (ms: number) => new Date(ms).toISOString();

type JsonObj = { [k: string]: Json };
const isObj = (v: Json | undefined): v is JsonObj => !!v && typeof v === 'object' && !Array.isArray(v);
/** The items still shaped like items (earlier mutations may have broken some). */
const itemsOf = (doc: JsonObj): (JsonObj & { noticeLens: JsonObj })[] =>
  Array.isArray(doc.items) ? doc.items.filter((i): i is JsonObj & { noticeLens: JsonObj } => isObj(i) && isObj(i.noticeLens)) : [];

const MUTATIONS: Record<string, (doc: JsonObj, r: Rng) => void> = {
  'wrong type': (doc, r) => {
    const all = slots(doc);
    if (!all.length) return;
    const [c, k] = r.pick(all);
    set(c, k, r.pick<Json>([null, 0, -1, 1.5, 1e21, true, false, [], {}, '', 'x', [1, 2], { a: 1 }]));
  },
  'huge string': (doc, r) => {
    const strings = slots(doc).filter(([c, k]) => typeof get(c, k) === 'string');
    if (!strings.length) return;
    const [c, k] = r.pick(strings);
    set(c, k, '长'.repeat(r.pick([5_000, 100_001, 120_000])));
  },
  'deep nesting': (doc, r) => {
    const all = slots(doc);
    if (!all.length) return;
    const [c, k] = r.pick(all);
    set(c, k, nest(r.pick([3, 20, 40, 200])));
  },
  'forbidden key': (doc, r) => {
    const objects = slots(doc).map(([c, k]) => get(c, k)).filter(isObj);
    const target = r.pick([doc, ...objects]);
    // An own property named __proto__, as JSON.parse makes it.
    Object.defineProperty(target, r.pick(['__proto__', 'constructor', 'prototype']), { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  },
  'duplicated id': (doc, r) => {
    const items = itemsOf(doc);
    if (items.length < 2) return;
    const [from, to] = [r.pick(items), r.pick(items)];
    to.id = from.id ?? null;
    if (from.noticeLens.id === undefined) delete to.noticeLens.id;
    else to.noticeLens.id = from.noticeLens.id;
  },
  'duplicated notice': (doc, r) => {
    if (Array.isArray(doc.notices) && doc.notices.length) doc.notices.push(JSON.parse(JSON.stringify(r.pick(doc.notices))) as Json);
  },
  'future date': (doc, r) => {
    const dates = slots(doc).filter(([, k]) => ['created', 'modified', 'firstSeen', 'lastSeen'].includes(String(k)));
    if (!dates.length) return;
    const [c, k] = r.pick(dates);
    // An hour ahead is clock skew (accepted); two days or a year ahead is refused.
    set(c, k, iso(NOW + r.pick([3_600_000, 2 * 86_400_000, 365 * 86_400_000])));
  },
  'bad id': (doc, r) => {
    const items = itemsOf(doc);
    if (items.length) r.pick(items).noticeLens.id = r.pick(['has space', '', '-leading', '<b>x</b>', 'a'.repeat(201), 'ok_id.2:3']);
  },
  'removed key': (doc, r) => {
    const keyed = slots(doc).filter(([c]) => !Array.isArray(c));
    if (!keyed.length) return;
    const [c, k] = r.pick(keyed);
    delete (c as { [k: string]: Json })[k as string];
  },
  'odd text': (doc, r) => {
    const strings = slots(doc).filter(([c, k]) => typeof get(c, k) === 'string');
    if (!strings.length) return;
    const [c, k] = r.pick(strings);
    set(c, k, r.pick(['', ' ', '\u0000\u2028\ud800', '🎉 emoji', '</script><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'https://evil.example/x', '2025-02-30T00:00:00Z']));
  },
};
const NAMES = Object.keys(MUTATIONS);

/** One fuzzed file: 1–3 mutations of the valid backup, sometimes truncated. */
function fuzzed(r: Rng, valid: string): { text: string; applied: string[] } {
  const doc = JSON.parse(valid) as JsonObj;
  const applied: string[] = [];
  for (let n = 1 + r.int(3); n > 0; n--) {
    const name = r.pick(NAMES);
    MUTATIONS[name]!(doc, r);
    applied.push(name);
  }
  let text = JSON.stringify(doc);
  if (r.next() < 0.08) {
    text = text.slice(0, r.int(text.length));
    applied.push('truncated');
  }
  return { text, applied };
}

const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : 1);

/** A store holding one annotated notice of its own, which no import may disturb. */
async function seededStore() {
  const s = setup();
  await s.call({ type: 'annotation/put', annotation: annotation({ id: 'baseline-1' }), notice: noticeRecord() });
  return s;
}
async function snapshot(s: ReturnType<typeof setup>): Promise<string> {
  return JSON.stringify([value(await s.call({ type: 'library/list' })), value(await s.call({ type: 'library/annotations' }))]);
}

describe('1,000 fuzzed backup files', () => {
  it('each is refused with a clear message and writes nothing, or imported exactly', async () => {
    const valid = createBackup(BASE_NOTICES, BASE_ANNOTATIONS, F.EXPORTED_AT);
    expect(parseBackup(valid, {}, NOW)).toMatchObject({ ok: true, notices: BASE_NOTICES });
    const baseline = await snapshot(await seededStore());

    const r = prng(0x5eed11);
    const cases = Array.from({ length: 1000 }, () => fuzzed(r, valid));
    expect(cases).toHaveLength(1000);
    const outcomes = { refusedByFile: 0, refusedByStore: 0, imported: 0 };
    const codes = new Set<string>();

    for (const { text, applied } of cases) {
      const what = applied.join(' + ');
      const parsed = parseBackup(text, {}, NOW);
      if (!parsed.ok) {
        // Refused before anything is sent to the store: a message in both languages, naming the field.
        outcomes.refusedByFile++;
        codes.add(parsed.error.code);
        const { path } = parsed.error;
        const message_en = backupErrorText('en', parsed.error);
        const message_zh = backupErrorText('zh', parsed.error);
        expect(message_en.length, what).toBeGreaterThan(10);
        expect(message_en.length, what).toBeLessThan(400);
        expect(message_zh.length, what).toBeGreaterThan(4);
        if (path !== undefined) expect(message_en, what).toContain(`(${path})`);
        continue;
      }
      const store = await seededStore();
      const reply = await store.call({ type: 'backup/import-items', notices: parsed.notices, annotations: parsed.annotations });
      if (!reply.ok) {
        outcomes.refusedByStore++;
        codes.add(`store:${reply.error.code}`);
        expect(reply.error.message.length, what).toBeGreaterThan(10);
        expect(await snapshot(store), what).toBe(baseline);
        continue;
      }
      outcomes.imported++;
      // Read back equal: every annotation as in the file (its page in the stored, normalized form) ...
      const stored = value(await store.call({ type: 'library/annotations' })).filter((a) => a.id !== 'baseline-1');
      const expected = parsed.annotations.map((a) => ({ ...a, page: normalizeNoticeUrl(a.page) }));
      expect(stored.sort(byId), what).toEqual(expected.sort(byId));
      // ... and every notice whose page no other notice of the file shares.
      const pages = parsed.notices.map((n) => normalizeNoticeUrl(n.page));
      for (const [i, n] of parsed.notices.entries()) {
        if (pages.indexOf(pages[i]!) !== pages.lastIndexOf(pages[i]!)) continue;
        const want = { ...n, page: pages[i]!, ...(n.shell ? { shell: normalizeNoticeUrl(n.shell) } : {}) };
        expect(value(await store.call({ type: 'notice/get', page: pages[i]! })), what).toEqual(want);
      }
    }

    // Both outcomes happen often, and the refusals cover the families the mutations aim at.
    expect(outcomes.refusedByFile + outcomes.refusedByStore + outcomes.imported).toBe(1000);
    expect(outcomes.imported).toBeGreaterThan(50);
    expect(outcomes.refusedByFile).toBeGreaterThan(500);
    for (const code of ['wrong-type', 'too-long', 'too-deep', 'forbidden-key', 'truncated', 'duplicate-id', 'duplicate-notice', 'future-date', 'bad-id'])
      expect(codes, code).toContain(code);
  }, 30_000); // 5–9 s measured on the shared 2-core machine at load 16; the margin is for such a machine
});
