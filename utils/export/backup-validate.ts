/**
 * Field-by-field reading of a parsed backup. Each reader either returns a clean
 * value of the model's type or throws a BackupError naming the path. Only own
 * properties are read, and nothing is copied that was not checked.
 */
import {
  COLORS,
  DIRECTIVE_STATUSES,
  type Annotation,
  type AnnotationKind,
  type DirectiveRef,
  type NoticeRecord,
  type Selector,
} from '../model';
import { fieldError, preview, wrongType } from './backup-errors';

export interface BackupLimits {
  /** Size of the file in UTF-8 bytes. */
  maxBytes: number;
  maxAnnotations: number;
  maxNotices: number;
  /** Characters in one note. */
  maxNoteChars: number;
  /** Characters in any other text (quotes, titles, leads). */
  maxTextChars: number;
  maxUrlChars: number;
  maxTags: number;
  maxTagChars: number;
  maxSelectors: number;
  maxDirectives: number;
  /** Nesting of arrays and objects in the file. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: BackupLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxAnnotations: 200_000,
  maxNotices: 50_000,
  maxNoteChars: 100_000,
  maxTextChars: 100_000,
  maxUrlChars: 8_192,
  maxTags: 100,
  maxTagChars: 200,
  maxSelectors: 16,
  maxDirectives: 5_000,
  maxDepth: 32,
};

export type Obj = Record<string, unknown>;

export const KINDS: readonly AnnotationKind[] = ['highlight', 'directive', 'page-note'];
export const APP_KEY = 'noticeLens';

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

export function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined;
}

export function readObj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw wrongType(path, 'object', v);
  return v;
}

export function readArray(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw wrongType(path, 'array', v);
  if (v.length > max)
    throw fieldError('too-many', path, `条目过多（${v.length}，上限 ${max}）`, `Too many entries (${v.length}; limit ${max})`);
  return v;
}

export function readString(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string') throw wrongType(path, 'string', v);
  if (v.length > max)
    throw fieldError('too-long', path, `文本过长（${v.length} 字符，上限 ${max}）`, `Text too long (${v.length} characters; limit ${max})`);
  return v;
}

export function readInt(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw wrongType(path, 'integer', v);
  if (v < min || v > max)
    throw fieldError('wrong-type', path, `数值 ${v} 超出范围 ${min}–${max}`, `Number ${v} is outside ${min}–${max}`);
  return v;
}

export function readUrl(v: unknown, path: string, L: BackupLimits): string {
  const s = readString(v, path, L.maxUrlChars);
  let ok = false;
  try {
    const u = new URL(s);
    ok = (u.protocol === 'http:' || u.protocol === 'https:') && s.trim() === s;
  } catch {
    ok = false;
  }
  if (!ok)
    throw fieldError('bad-url', path, `网址不是 http(s) 网址：${preview(s)}`, `Not an http(s) URL: ${preview(s)}`);
  return s;
}

export function readDate(v: unknown, path: string): string {
  const s = readString(v, path, 64);
  if (!/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(Date.parse(s)))
    throw fieldError('bad-date', path, `不是有效的时间：${preview(s)}`, `Not a valid ISO 8601 time: ${preview(s)}`);
  return s;
}

function readEnum<T extends string>(v: unknown, path: string, allowed: readonly T[], code: 'bad-kind' | 'bad-color' | 'bad-status', zh: string, en: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    throw fieldError(code, path, `未知的${zh}：${preview(v)}（可用：${allowed.join('、')}）`, `Unknown ${en} ${preview(v)} (allowed: ${allowed.join(', ')})`);
  return v as T;
}

function readSelector(v: unknown, path: string, L: BackupLimits): Selector {
  const o = readObj(v, path);
  const type = own(o, 'type');
  if (type === 'TextQuoteSelector') {
    return {
      type,
      exact: readString(own(o, 'exact'), `${path}.exact`, L.maxTextChars),
      prefix: has(o, 'prefix') ? readString(own(o, 'prefix'), `${path}.prefix`, L.maxTextChars) : '',
      suffix: has(o, 'suffix') ? readString(own(o, 'suffix'), `${path}.suffix`, L.maxTextChars) : '',
    };
  }
  if (type === 'TextPositionSelector') {
    const start = readInt(own(o, 'start'), `${path}.start`, 0, 1e9);
    const end = readInt(own(o, 'end'), `${path}.end`, start, 1e9);
    return { type, start, end };
  }
  throw fieldError('bad-selector', `${path}.type`, `不支持的选择器类型：${preview(type)}`, `Unsupported selector type ${preview(type)}`);
}

export function readSelectors(v: unknown, path: string, L: BackupLimits): Selector[] {
  if (v === undefined) return [];
  return readArray(v, path, L.maxSelectors).map((s, i) => readSelector(s, `${path}[${i}]`, L));
}

function readDirectiveRef(v: unknown, path: string, L: BackupLimits): DirectiveRef {
  const o = readObj(v, path);
  return {
    ordinal: readString(own(o, 'ordinal'), `${path}.ordinal`, 200),
    index: readInt(own(o, 'index'), `${path}.index`, 0, 1e6),
    lead: readString(own(o, 'lead'), `${path}.lead`, L.maxTextChars),
  };
}

/** The app's own fields of an annotation (under the `noticeLens` key). */
export function readAppFields(v: unknown, path: string, L: BackupLimits) {
  const o = readObj(v, path);
  const kind = readEnum(own(o, 'kind'), `${path}.kind`, KINDS, 'bad-kind', '批注类型', 'annotation kind');
  const tags = readArray(own(o, 'tags') ?? [], `${path}.tags`, L.maxTags).map((t, i) =>
    readString(t, `${path}.tags[${i}]`, L.maxTagChars),
  );
  const out: Pick<Annotation, 'kind' | 'tags' | 'color' | 'status' | 'directive'> & { id?: string } = { kind, tags };
  if (has(o, 'id')) out.id = readString(own(o, 'id'), `${path}.id`, 200);
  if (has(o, 'color')) out.color = readEnum(own(o, 'color'), `${path}.color`, COLORS, 'bad-color', '颜色', 'colour');
  if (has(o, 'status'))
    out.status = readEnum(own(o, 'status'), `${path}.status`, DIRECTIVE_STATUSES, 'bad-status', '状态', 'status');
  if (has(o, 'directive')) out.directive = readDirectiveRef(own(o, 'directive'), `${path}.directive`, L);
  return out;
}

export function readNotice(v: unknown, path: string, L: BackupLimits): NoticeRecord {
  const o = readObj(v, path);
  const text = (key: string, max = L.maxTextChars) => readString(own(o, key), `${path}.${key}`, max);
  const directives = readArray(own(o, 'directives') ?? [], `${path}.directives`, L.maxDirectives).map((d, i) => {
    const p = `${path}.directives[${i}]`;
    const dir = readObj(d, p);
    return {
      ordinal: readString(own(dir, 'ordinal'), `${p}.ordinal`, 200),
      level: readInt(own(dir, 'level'), `${p}.level`, 1, 20),
      lead: readString(own(dir, 'lead'), `${p}.lead`, L.maxTextChars),
    };
  });
  return {
    page: readUrl(own(o, 'page'), `${path}.page`, L),
    title: text('title'),
    site: text('site', 1000),
    source: text('source', 1000),
    published: text('published', 200),
    docNumber: text('docNumber', 1000),
    directives,
    firstSeen: readDate(own(o, 'firstSeen'), `${path}.firstSeen`),
    lastSeen: readDate(own(o, 'lastSeen'), `${path}.lastSeen`),
  };
}
