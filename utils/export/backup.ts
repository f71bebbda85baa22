/**
 * Backup and restore. The file is a W3C Web Annotation collection
 * (http://www.w3.org/ns/anno.jsonld) that other annotation tools can read, with
 * the app's own fields under the `noticeLens` key and the notice records beside
 * the items. parseBackup checks everything before the caller writes anything.
 */
import type { Annotation, AnnotationKind, NoticeRecord } from '../model';
import { isStoreId } from '../id';
import { assembleAnnotation, has, isFutureTime, isObj, own, type Obj } from '../model-read';
import { BackupError, fieldError, fileError, preview, type BackupErrorInfo } from './backup-errors';
import { checkKeys, scanJson, utf8Bytes } from './json-guard';
import { APP_KEY, DEFAULT_LIMITS, readAppFields, readArray, readDate, readNotice, readObj, readSelectors, readString, readUrl, type BackupLimits } from './backup-validate';

export const BACKUP_FORMAT = 'notice-lens-backup';
export const BACKUP_VERSION = 1;
export { DEFAULT_LIMITS, type BackupLimits } from './backup-validate';
export type { BackupErrorCode, BackupErrorInfo } from './backup-errors';

export type ParseBackupResult =
  | { ok: true; notices: NoticeRecord[]; annotations: Annotation[] }
  | { ok: false; error: BackupErrorInfo };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MOTIVATION: Record<AnnotationKind, string> = {
  highlight: 'highlighting',
  directive: 'assessing',
  'page-note': 'commenting',
};

/**
 * A stable UUID (version 8, "custom") for an app id that is not a UUID itself,
 * from four differently seeded FNV-1a hashes. Not cryptographic; it only has to
 * be the same on every export.
 */
export function stableUuid(id: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  let hex = '';
  for (const seed of seeds) {
    let h = seed >>> 0;
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function toW3C(a: Annotation): Obj {
  const app: Obj = {};
  if (!UUID.test(a.id)) app.id = a.id;
  app.kind = a.kind;
  if (a.color !== undefined) app.color = a.color;
  app.tags = a.tags;
  if (a.status !== undefined) app.status = a.status;
  if (a.directive !== undefined) app.directive = a.directive;
  const item: Obj = {
    id: `urn:uuid:${UUID.test(a.id) ? a.id : stableUuid(a.id)}`,
    type: 'Annotation',
    motivation: MOTIVATION[a.kind] ?? 'commenting',
    created: a.created,
    modified: a.modified,
  };
  if (a.note !== '') item.body = { type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' };
  item.target = { source: a.page, selector: a.selectors };
  item[APP_KEY] = app;
  return item;
}

/** The backup file's text (JSON, items and notices in the given order). */
export function createBackup(notices: NoticeRecord[], annotations: Annotation[], exportedAt: string): string {
  const head = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Notice Lens backup',
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    generated: exportedAt,
    total: annotations.length,
  };
  // One item / notice per line: compact (the size limit counts) yet diffable.
  const lines = (list: unknown[]) => (list.length ? `[\n${list.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : '[]');
  const top = JSON.stringify(head, null, 2).slice(0, -2);
  return `${top},\n  "items": ${lines(annotations.map(toW3C))},\n  "notices": ${lines(notices)}\n}\n`;
}

function readNote(body: unknown, path: string, L: BackupLimits): string {
  if (body === undefined) return '';
  const bodies = Array.isArray(body) ? readArray(body, path, 100) : [body];
  for (let i = 0; i < bodies.length; i++) {
    const p = Array.isArray(body) ? `${path}[${i}]` : path;
    const b = readObj(bodies[i], p);
    const purpose = own(b, 'purpose');
    if (own(b, 'type') === 'TextualBody' && (purpose === undefined || purpose === 'commenting'))
      return readString(own(b, 'value'), `${p}.value`, L.maxNoteChars);
  }
  return '';
}

/** Refuses a time more than a day ahead of `now` (see isFutureTime). */
function notFuture(iso: string, path: string, now: number): string {
  if (isFutureTime(iso, now))
    throw fieldError('future-date', path, `时间在未来（比现在晚一天以上）：${preview(iso)}`, `A time in the future (more than a day after now): ${preview(iso)}`);
  return iso;
}

function readItem(v: unknown, i: number, L: BackupLimits, now: number): Annotation {
  const path = `items[${i}]`;
  const o = readObj(v, path);
  if (own(o, 'type') !== 'Annotation')
    throw fieldError('wrong-format', `${path}.type`, '类型应为 “Annotation”', 'Type should be "Annotation"');
  const w3cId = readString(own(o, 'id'), `${path}.id`, 300);
  const app = readAppFields(own(o, APP_KEY), `${path}.${APP_KEY}`, L);
  const m = /^urn:uuid:(.+)$/.exec(w3cId);
  const id = app.id ?? (m && UUID.test(m[1]!) ? m[1]! : '');
  if (!id) throw fieldError('bad-id', `${path}.id`, '标识不是 urn:uuid 形式', 'The id is not a urn:uuid');
  // The store's id rule (utils/id.ts): ids reach page markup, fragments and selectors.
  if (!isStoreId(id))
    throw fieldError('bad-id', `${path}.${APP_KEY}.id`, `标识不合规（只能用字母、数字和 _ . : -，以字母或数字开头，最多 200 个字符）：${preview(id)}`,
      `Not a valid id (letters, digits and _ . : - only, starting with a letter or digit, at most 200): ${preview(id)}`);
  const target = readObj(own(o, 'target'), `${path}.target`);
  const page = readUrl(own(target, 'source'), `${path}.target.source`, L);
  const selectors = readSelectors(own(target, 'selector'), `${path}.target.selector`, L);
  const note = readNote(own(o, 'body'), `${path}.body`, L);
  const created = notFuture(readDate(own(o, 'created'), `${path}.created`), `${path}.created`, now);
  const modified = notFuture(readDate(own(o, 'modified'), `${path}.modified`), `${path}.modified`, now);
  return assembleAnnotation({ ...app, id, page, selectors }, note, created, modified);
}

function parseOrThrow(json: unknown, L: BackupLimits, now: number): { notices: NoticeRecord[]; annotations: Annotation[] } {
  if (typeof json !== 'string') throw fileError('not-text', '备份内容不是文本。', 'The backup is not text.');
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (json.length > L.maxBytes || (json.length * 3 > L.maxBytes && utf8Bytes(json) > L.maxBytes)) {
    const size = json.length > L.maxBytes ? json.length : utf8Bytes(json);
    throw fileError('too-large', `文件过大（至少 ${mb(size)}，上限 ${mb(L.maxBytes)}）。`, `The file is too large (at least ${mb(size)}; limit ${mb(L.maxBytes)}).`);
  }
  const text = json.replace(/^\ufeff/, '');
  if (text.trim() === '') throw fileError('empty', '文件是空的。', 'The file is empty.');
  const { depth, unclosed } = scanJson(text);
  if (depth > L.maxDepth)
    throw fileError('too-deep', `文件嵌套过深（${depth} 层，上限 ${L.maxDepth}）。`, `The file is nested too deeply (${depth} levels; limit ${L.maxDepth}).`);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    if (unclosed)
      throw fileError('truncated', '文件不完整，可能在下载或复制时被截断。', 'The file is incomplete; it looks cut off (truncated).');
    const detail = e instanceof Error ? e.message.slice(0, 120) : '';
    throw fileError('malformed-json', `文件不是有效的 JSON：${detail}`, `The file is not valid JSON: ${detail}`);
  }
  checkKeys(root);
  const doc = isObj(root) ? root : {};
  if (own(doc, 'format') !== BACKUP_FORMAT)
    throw fileError('wrong-format', '这不是公文批注（Notice Lens）的备份文件。', 'This is not a Notice Lens backup file.');
  const version = own(doc, 'version');
  if (version !== BACKUP_VERSION)
    throw fileError(
      'unsupported-version',
      `不支持的备份版本：${String(version).slice(0, 20)}（本程序读取版本 ${BACKUP_VERSION}）。`,
      `Unsupported backup version ${String(version).slice(0, 20)} (this version reads version ${BACKUP_VERSION}).`,
    );
  const items = readArray(own(doc, 'items'), 'items', L.maxAnnotations);
  if (has(doc, 'total') && own(doc, 'total') !== items.length)
    throw fileError(
      'count-mismatch',
      `文件声明有 ${String(own(doc, 'total')).slice(0, 20)} 条批注，实际只有 ${items.length} 条，文件可能不完整。`,
      `The file says it holds ${String(own(doc, 'total')).slice(0, 20)} annotations but has ${items.length}; it may be incomplete.`,
    );
  const rawNotices = has(doc, 'notices') ? readArray(own(doc, 'notices'), 'notices', L.maxNotices) : [];

  const notices = rawNotices.map((n, i) => {
    const notice = readNotice(n, `notices[${i}]`, L);
    notFuture(notice.firstSeen, `notices[${i}].firstSeen`, now);
    notFuture(notice.lastSeen, `notices[${i}].lastSeen`, now);
    return notice;
  });
  const pages = new Map<string, number>();
  notices.forEach((n, i) => {
    const first = pages.get(n.page);
    if (first !== undefined)
      throw fieldError('duplicate-notice', `notices[${i}].page`, `与第 ${first + 1} 个公文记录的网址重复`, `Same page as notice #${first + 1}`);
    pages.set(n.page, i);
  });

  const annotations = items.map((item, i) => readItem(item, i, L, now));
  const ids = new Map<string, number>();
  annotations.forEach((a, i) => {
    const first = ids.get(a.id);
    if (first !== undefined)
      throw fieldError('duplicate-id', `items[${i}].id`, `标识与第 ${first + 1} 条批注重复`, `Same id as annotation #${first + 1}`);
    ids.set(a.id, i);
  });
  return { notices, annotations };
}

/**
 * Reads and checks a backup file. Nothing is returned unless the whole file is
 * valid, so the caller can write the result without a partial import. `now`
 * (milliseconds) is the clock that times in the file may not run ahead of.
 */
export function parseBackup(json: string, limits: Partial<BackupLimits> = {}, now: number = Date.now()): ParseBackupResult {
  try {
    return { ok: true, ...parseOrThrow(json, { ...DEFAULT_LIMITS, ...limits }, now) };
  } catch (e) {
    if (e instanceof BackupError) return { ok: false, error: e.info };
    if (e instanceof RangeError)
      return { ok: false, error: { code: 'too-deep', message_zh: '文件结构过于复杂，无法读取。', message_en: 'The file is too complex to read.' } };
    throw e;
  }
}
