/**
 * The labelled evaluation corpus (tests/fixtures/corpus) is self-consistent: every page
 * exists, parses and is what the generator writes; every label points at text the page
 * really shows; duplicated pages really show their body twice, the way their label says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR, labelsJson, renderCorpus, type Label } from '../fixtures/corpus/build';
import { DUPLICATIONS } from '../fixtures/corpus/entries/types';
import { blockText, parseText } from '../fixtures/corpus/templates/body';
import { framedBodies } from '../fixtures/corpus/templates/framed';
import { corpusPages } from './helpers/corpus-page';
import { isOfficialHost } from '../../utils/official-domains';

const labels: Label[] = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8'));
const notices = labels.filter((l) => l.notice);

const HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
/** Drops all white space (NBSP and U+3000 included) and maps full-width punctuation to half-width. */
const norm = (s: string) => s.replace(/\s+/g, '').replace(/[，；：（）！？]/g, (c) => HALF[c] ?? c);

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

// A window of our own that never fetches the pages' stylesheets, scripts or images.
const parserWindow = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});

function parse(html: string): Document {
  const parser = new parserWindow.DOMParser();
  const doc = parser.parseFromString(html, 'text/html') as unknown as Document;
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  return doc;
}

// A page whose own scripts write its body is read as they leave it (helpers/corpus-page.ts).
const html = await corpusPages(labels);

function load(l: Label): Document {
  return parse(html.get(l.id)!);
}

/** The documents a framed page frames: its frame files, srcdoc frames and frames its script fills (templates/framed.ts). */
function framedDocs(l: Label): Document[] {
  const inline = framedBodies(readFileSync(join(CORPUS_DIR, l.file), 'utf8'));
  return [...(l.frames ?? []).map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8')), ...inline].map(parse);
}

const bodyLines = (l: Label) => (l.text ? parseText(readFileSync(join(CORPUS_DIR, l.text), 'utf8')).map(blockText) : []);

// Items of an <ol> whose numbers only the browser draws (labels with `drawn`): the number as the browser draws
// it from the list's type (an inline list-style-type over the `type` attribute), its `start`, `reversed` and the
// items' `value`. The labels are written by hand; this only checks they agree with the page.
const DRAWN_ORDINAL = /^(?:\d+|0\d|[a-z]{1,2}|[A-Z]{1,2}|[ivxlc]+|[IVXLC]+)\.$|^[一二三四五六七八九十]+、$/;
const TYPES: Record<string, string> = { '1': 'decimal', a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' };
const CJK = '〇一二三四五六七八九';

function roman(n: number): string {
  const parts: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, r] of parts) for (; n >= v; n -= v) out += r;
  return out;
}

function alpha(n: number): string {
  let out = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
  return out;
}

function cjk(n: number): string {
  if (n < 10) return CJK[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? CJK[tens] : ''}十${n % 10 ? CJK[n % 10] : ''}`;
}

function drawnMarker(style: string, n: number): string {
  switch (style) {
    case 'decimal':
      return `${n}.`;
    case 'decimal-leading-zero':
      return `${String(n).padStart(2, '0')}.`;
    case 'lower-alpha':
    case 'lower-latin':
      return `${alpha(n)}.`;
    case 'upper-alpha':
    case 'upper-latin':
      return `${alpha(n).toUpperCase()}.`;
    case 'lower-roman':
      return `${roman(n)}.`;
    case 'upper-roman':
      return `${roman(n).toUpperCase()}.`;
    case 'cjk-ideographic':
    case 'simp-chinese-informal':
    case 'cjk-decimal':
      return `${cjk(n)}、`;
    default:
      return `(${style} ${n})`;
  }
}

/** The list-style-type an <ol> draws with, as far as its own markup says (inline style, then `type`). */
function listStyleOf(ol: Element): string {
  const inline = /list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(ol.getAttribute('style') ?? '');
  if (inline) return inline[1]!.toLowerCase();
  return TYPES[ol.getAttribute('type') ?? '1'] ?? 'decimal';
}

/** An item's own text: without the lists nested in it. */
function ownText(li: Element): string {
  let out = '';
  for (let n = li.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && !['OL', 'UL'].includes((n as Element).tagName)) out += ownText(n as Element);
  }
  return out;
}

/** The marker the browser draws for `li`, from its list's markup. */
function drawnMarkerOf(li: Element): string {
  const ol = li.parentElement!;
  const items = [...ol.children].filter((c) => c.tagName === 'LI');
  const reversed = ol.hasAttribute('reversed');
  const start = ol.hasAttribute('start') ? Number(ol.getAttribute('start')) : reversed ? items.length : 1;
  let n = start - (reversed ? -1 : 1);
  for (const it of items) {
    n = it.hasAttribute('value') ? Number(it.getAttribute('value')) : n + (reversed ? -1 : 1);
    if (it === li) break;
  }
  return drawnMarker(listStyleOf(ol), n);
}

describe('corpus inventory', () => {
  it('has at least 40 pages with unique ids, each file named after its id', () => {
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
    for (const l of labels) {
      expect(l.file).toBe(`pages/${l.id}.html`);
      expect(existsSync(join(CORPUS_DIR, l.file)), l.file).toBe(true);
      if (l.text) expect(existsSync(join(CORPUS_DIR, l.text)), l.text).toBe(true);
    }
  });

  it('checks in exactly what build.ts renders (run `npx tsx tests/fixtures/corpus/build.ts` after edits)', () => {
    const { pages, labels: built } = renderCorpus();
    expect(labelsJson(built)).toBe(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8'));
    expect(readdirSync(join(CORPUS_DIR, 'pages')).sort()).toEqual([...pages.keys()].map((f) => f.slice(6)).sort());
    for (const [file, html] of pages) expect(readFileSync(join(CORPUS_DIR, file), 'utf8'), file).toBe(html);
  });

  it('covers every duplication kind on several pages, negatives, English notices and 6+ templates', () => {
    for (const kind of DUPLICATIONS) {
      expect(labels.filter((l) => l.duplication === kind).length, kind).toBeGreaterThanOrEqual(kind === 'none' ? 10 : 2);
    }
    expect(labels.filter((l) => !l.notice).length).toBeGreaterThanOrEqual(10);
    expect(notices.filter((l) => l.category === 'english').length).toBeGreaterThanOrEqual(2);
    expect(new Set(notices.map((l) => l.template)).size).toBeGreaterThanOrEqual(6);
    expect(notices.some((l) => l.directives.length === 0)).toBe(true);
    expect(labels.filter((l) => l.repeats.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(labels.filter((l) => !l.notice).some((l) => isOfficialHost(l.host))).toBe(true);
    // Government bodies off the official suffixes (run-on-all-sites mode), and the commercial,
    // forum and document-sharing pages that mode must leave alone.
    expect(notices.filter((l) => !isOfficialHost(l.host)).length).toBeGreaterThanOrEqual(6);
    expect(labels.filter((l) => !l.notice && !isOfficialHost(l.host)).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps a test split of about a third of the pages, labelled before tuning (split.ts)', () => {
    const test = labels.filter((l) => l.split === 'test');
    expect(labels.length).toBeGreaterThanOrEqual(150);
    expect(test.length / labels.length).toBeGreaterThan(0.25);
    expect(test.filter((l) => l.notice).length).toBeGreaterThanOrEqual(25);
    expect(test.filter((l) => !l.notice).length).toBeGreaterThanOrEqual(6);
  });
});

// Each page gets the tests that are about it: a body-text test only when it has a text, a shape test only
// when it is duplicated, directive tests only when it labels directives, repeat counts only when it has
// repeats. A test that exists therefore always checks something.
describe.each(labels.map((l) => [l.id, l] as const))('%s', (_id, l) => {
  beforeEach(() => {
    expect.hasAssertions();
  });
  const top = load(l);
  // A framed page shows its frames' text too; the shapes are checked in the document that holds the body.
  const docs = [top, ...framedDocs(l)];
  const text = docs.map((d) => d.body?.textContent ?? '').join('\n');
  const doc = docs.reduce((a, b) => ((b.body?.textContent ?? '').length > (a.body?.textContent ?? '').length ? b : a));
  const page = norm(text);
  const lines = bodyLines(l);
  const copies = l.duplication === 'none' ? 1 : 2;

  it('parses into a page with a title and a body', () => {
    expect(top.title.trim()).not.toBe('');
    expect(page.length).toBeGreaterThan(200);
  });

  if (l.notice) {
    it('has a body text, as every notice does', () => {
      expect(l.text).not.toBeNull();
      expect(lines.length).toBeGreaterThan(0);
    });
  }

  if (l.text) {
    it('shows its body text as many times as its duplication says', () => {
      expect(lines.length).toBeGreaterThan(0);
      const body = norm(lines.join(''));
      expect(body.length).toBeGreaterThan(100);
      expect(count(page, body)).toBe(copies);
      for (const line of lines) expect(count(page, norm(line)), line).toBeGreaterThanOrEqual(copies);
    });
  }

  if (l.duplication !== 'none') {
    it('is duplicated in the shape its label names', () => {
      const html = readFileSync(join(CORPUS_DIR, l.file), 'utf8');
      expect(lines.length, 'a duplicated page has a body text').toBeGreaterThan(1);
      const first = lines[0]!;
      const last = lines[lines.length - 1]!;
      switch (l.duplication) {
        case 'mid-paragraph': {
          // The second copy starts inside the last paragraph of the first.
          const joined = [...doc.querySelectorAll('p, div, td')].filter((el) => el.children.length === 0 && norm(el.textContent ?? '') === norm(last + first));
          expect(joined.length).toBe(1);
          break;
        }
        case 'sibling-containers': {
          const boxes = [...doc.querySelectorAll('div')].filter((d) => norm(d.textContent ?? '') === norm(lines.join('')));
          expect(boxes.length).toBe(2);
          expect(boxes[0]!.parentElement).toBe(boxes[1]!.parentElement);
          break;
        }
        case 'whitespace-variant': {
          // Only white space and punctuation widths tell the copies apart.
          const punctuated = lines.find((x) => /[，：（]/.test(x));
          expect(punctuated, 'a line with full-width punctuation').toBeDefined();
          expect(count(text, punctuated!)).toBe(1);
          break;
        }
        case 'br-body':
          expect(html).toMatch(/<br>/);
          expect(doc.querySelectorAll('p').length < lines.length).toBe(true);
          break;
        case 'word-spans':
          expect(doc.querySelectorAll('p.MsoNormal').length).toBeGreaterThanOrEqual(2 * lines.length - 4);
          expect(html).toContain('<span lang=EN-US>');
          break;
        case 'paragraph-runs': {
          const ps = [...doc.querySelectorAll('p')].filter((p) => norm(p.textContent ?? '') === norm(first));
          expect(ps.length).toBe(2);
          expect(ps[0]!.parentElement).toBe(ps[1]!.parentElement);
          break;
        }
        default:
          expect.unreachable(`no shape check for duplication "${l.duplication}"`);
      }
    });
  }

  if (!l.notice) {
    it('labels no directives on a page that is not a notice', () => {
      expect(l.directives).toEqual([]);
    });
  }

  if (l.directives.length > 0) {
    it('labels directives that the page shows, in order, with consistent levels', () => {
      expect(l.notice).toBe(true);
      expect(l.directives.length).toBeGreaterThan(0);
      const body = norm(lines.join('\n'));
      let at = -1;
      let prevLevel = 0;
      for (const d of l.directives) {
        const what = `${d.ordinal} ${d.startsWith}`;
        expect(d.ordinal, what).toBe(d.ordinal.trim());
        if (d.drawn) {
          // The number is drawn, not written: the item's own text starts as labelled, in an <ol> item of the page
          // whose drawn number is the ordinal.
          expect(d.ordinal, what).toMatch(DRAWN_ORDINAL);
          expect(d.startsWith.length, what).toBeGreaterThanOrEqual(4);
          const items = docs.flatMap((x) => [...x.querySelectorAll('ol > li')]).filter((li) => norm(ownText(li)).startsWith(norm(d.startsWith)));
          expect(items.length, `${what}: an <ol> item starting so`).toBeGreaterThan(0);
          expect(items.map(drawnMarkerOf), what).toContain(d.ordinal);
        } else {
          expect(d.startsWith.startsWith(d.ordinal), what).toBe(true);
          expect(d.startsWith.length, what).toBeGreaterThan(d.ordinal.length + 1);
        }
        expect(d.startsWith.length, what).toBeLessThanOrEqual(24);
        expect(Number.isInteger(d.level) && d.level >= 1, what).toBe(true);
        expect(d.level, what).toBeLessThanOrEqual(prevLevel + 1);
        prevLevel = d.level;
        expect(page.includes(norm(d.startsWith)), what).toBe(true);
        const next = body.indexOf(norm(d.startsWith), at + 1);
        expect(next, `${what} after the previous directive`).toBeGreaterThan(at);
        at = next;
      }
    });
  }

  if (l.repeats.length > 0) {
    it('counts each legitimately repeated string once per copy of the body', () => {
      expect(l.repeats.length).toBeGreaterThan(0);
      const body = norm(lines.join('\n'));
      for (const r of l.repeats) {
        expect(r.count, r.text).toBeGreaterThanOrEqual(2);
        expect(count(body, norm(r.text)), r.text).toBe(r.count);
        expect(count(page, norm(r.text)), r.text).toBe(r.count * copies);
      }
    });
  }
});
