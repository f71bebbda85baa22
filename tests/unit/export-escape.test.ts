import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cleanText, escapeBlockLines, escapeInline, linkDestination, renderFrontMatter, yamlString } from '../../utils/export';
import { allNodes, children, parseMd, textOf } from '../fixtures/export/md-helpers';

/** Deterministic pseudo-random numbers (mulberry32), so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '#', '##', '>', '-', '--', '---', '+', '*', '**', '_', '__', '`', '```', '~~~', '~', '[', ']', '(', ')', '![',
  '](', '<', '>', '</', '<script>', '<!--', '-->', '&', '&amp;', '&#42;', '|', '\\', '!', '.', '1.', '2)', ':',
  'http://a.b', 'www.x.cn', 'a@b.cn', '=', '===', '$', '%', '^', '{', '}', ' ', '  ', '    ', '\t', '\n', '\n\n',
  '\r\n', '\u2028', 'a', 'Z', '9', '中文', '“引号”', '（一）', '🎉', '\u0000', '\u001b', '\u200b',
];

function randomText(next: () => number, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

/** What escapeInline's output must render as: the cleaned text on one line. */
const asInline = (s: string) => cleanText(s).replace(/ *\n+ */g, ' ').replace(/^ +| +$/g, '');

/** What escapeBlockLines's output must render as: paragraphs of trimmed lines. */
function asBlock(s: string): string[] {
  const paras: string[] = [];
  let cur: string[] = [];
  for (const l of cleanText(s).split('\n').map((x) => x.replace(/^ +| +$/g, ''))) {
    if (l) cur.push(l);
    else if (cur.length) (paras.push(cur.join('\n')), (cur = []));
  }
  if (cur.length) paras.push(cur.join('\n'));
  return paras;
}

const PLAIN = new Set(['document', 'paragraph', 'text', 'softbreak', 'linebreak']);

describe('escapeInline', () => {
  it('renders 2000 random hostile strings as exactly their text in one paragraph', () => {
    const next = rng(42);
    for (let i = 0; i < 2000; i++) {
      const s = randomText(next, 1 + Math.floor(next() * 12));
      const expected = asInline(s);
      const root = parseMd(escapeInline(s));
      const nodes = allNodes(root);
      expect(nodes.filter((n) => !PLAIN.has(n.type)).map((n) => n.type), JSON.stringify(s)).toEqual([]);
      expect(textOf(root), JSON.stringify(s)).toBe(expected);
    }
  });

  it('keeps Chinese text and full-width punctuation untouched', () => {
    const s = '关于印发《2024年工作要点》的通知（一）“最多跑一次”：一要、二是。';
    expect(escapeInline(s)).toBe(s);
  });

  it('escapes every listed Markdown character', () => {
    expect(escapeInline('\\`*_{}[]<>()#+-.!|~')).toBe('\\\\\\`\\*\\_\\{\\}\\[\\]\\<\\>\\(\\)\\#\\+\\-\\.\\!\\|\\~');
  });

  it('leaves hyphens inside ASCII words bare (dates) but escapes list markers and rules', () => {
    expect(escapeInline('2018-09-05 COVID-19')).toBe('2018-09-05 COVID-19');
    expect(escapeInline('- a -- b -')).toBe('\\- a \\-\\- b \\-');
  });

  it('neutralizes raw HTML, autolinks and entities', () => {
    for (const s of ['<script>alert(1)</script>', '<https://x.cn>', '<a@b.cn>', '&lt;b&gt;', 'www.gov.cn', 'https://gov.cn']) {
      const root = parseMd(escapeInline(s));
      expect(children(children(root)[0]!).every((n) => n.type === 'text'), s).toBe(true);
      expect(textOf(root)).toBe(s);
    }
  });

  it('drops control characters and replaces lone surrogates', () => {
    expect(escapeInline('a\u0000b\u0007c\u009fd')).toBe('abcd');
    expect(escapeInline('x\ud800y')).toBe('x\ufffdy');
    expect(escapeInline('🎉')).toBe('🎉');
  });
});

describe('escapeBlockLines', () => {
  it('renders 1000 random multi-line strings as their paragraphs, inside a blockquote too', () => {
    const next = rng(7);
    for (let i = 0; i < 1000; i++) {
      const s = randomText(next, 1 + Math.floor(next() * 20));
      const lines = escapeBlockLines(s);
      const expected = asBlock(s);
      for (const prefix of ['', '> ']) {
        const md = lines.map((l) => (l ? prefix + l : prefix.trim())).join('\n');
        const root = parseMd(md);
        const container = prefix ? children(root)[0] : root;
        if (expected.length === 0) {
          expect(lines).toEqual([]);
          continue;
        }
        if (prefix) expect(children(root).map((n) => n.type), JSON.stringify(s)).toEqual(['block_quote']);
        const bad = allNodes(container!).filter((n) => !PLAIN.has(n.type) && n !== container);
        expect(bad.map((n) => n.type), JSON.stringify(s)).toEqual([]);
        expect(children(container!).map(textOf), JSON.stringify(s)).toEqual(expected);
      }
    }
  });

  it('keeps single line breaks as hard breaks and blank lines as paragraph breaks', () => {
    expect(escapeBlockLines('a\nb\n\n\nc')).toEqual(['a\\', 'b', '', 'c']);
    expect(escapeBlockLines('ends with \\\nnext')).toEqual(['ends with \\\\\\', 'next']);
  });
});

describe('link destinations', () => {
  it('round-trip through commonmark for awkward URLs', () => {
    for (const url of ['https://a.cn/x_(1)', 'https://a.cn/?q=a&copy=1', 'https://a.cn/a b', 'https://a.cn/<x>', 'https://a.cn/\\']) {
      const link = allNodes(parseMd(`[t](${linkDestination(url)})`)).find((n) => n.type === 'link');
      expect(link, url).toBeDefined();
      expect(decodeURI(link!.destination!)).toBe(url);
    }
  });
});

describe('YAML strings', () => {
  const samples = [
    'plain',
    'colon: value',
    '"double" and \'single\'',
    '# not a comment',
    '---',
    '...',
    '- item',
    '[flow, seq]',
    '{a: b}',
    '&anchor *alias !tag %directive @ `',
    'line1\nline2\r\n',
    '\ttab and \u0000 nul \u0007 bell \u001b esc \u007f del \u0085 nel \u009f',
    '\u2028line sep\u2029para sep',
    '  leading and trailing  ',
    '\u00a0nbsp\ufeffbom\ufffe',
    'back\\slash \\n not a newline',
    'emoji 🎉👨‍👩‍👧 and 中文标题：关于“最多跑一次”',
    'yes',
    'null',
    '123',
    '2024-01-01',
    '',
  ];

  it('parse back to the same string with the yaml package', () => {
    for (const s of samples) expect(parseYaml(`k: ${yamlString(s)}`), JSON.stringify(s)).toEqual({ k: s });
  });

  it('stay on one line whatever the input', () => {
    for (const s of samples) expect(yamlString(s)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
  });

  it('front matter with lists and numbers parses back; blank strings and empty lists are left out', () => {
    const fm = renderFrontMatter([
      ['title', '---\n# x'],
      ['tags', ['a: b', '- c']],
      ['none', []],
      ['blank', ' \n '],
      ['count', 3],
      ['zero', 0],
    ]);
    expect(fm.startsWith('---\n') && fm.endsWith('\n---\n')).toBe(true);
    expect(parseYaml(fm.slice(4, -4))).toEqual({ title: '---\n# x', tags: ['a: b', '- c'], count: 3, zero: 0 });
  });

  it('refuses keys that would need quoting', () => {
    expect(() => renderFrontMatter([['bad key', 'x']])).toThrow();
  });
});
