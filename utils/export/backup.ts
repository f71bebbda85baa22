/**
 * Backup and restore. The file is a W3C Web Annotation collection
 * (http://www.w3.org/ns/anno.jsonld) that other annotation tools can read, with
 * the app's own fields under the `noticeLens` key and the notice records beside
 * the items. parseBackup checks everything before the caller writes anything.
 */
import type { Annotation, AnnotationKind, NoticeRecord } from '../model';
import type { TrashedAnnotation } from '../trash';
import type { NoticeVersion } from '../revisions/model';
import { has, isObj, own, type Obj } from '../schema/own';
import { BackupError, fieldError, fileError, preview, type BackupErrorInfo } from './backup-errors';
import { checkKeys, scanJson } from './json-guard';
import { utf8Length } from '../text/utf8';
import { APP_KEY, DEFAULT_LIMITS, readItem, readList, readNotice, readPageAddress, readTrashedItem, readVersion, type BackupLimits } from './backup-validate';

export const BACKUP_FORMAT = 'notice-lens-backup';
export const BACKUP_VERSION = 1;
export { DEFAULT_LIMITS, type BackupLimits } from './backup-validate';
export type { BackupErrorCode, BackupErrorInfo } from './backup-errors';

export type ParseBackupResult =
  /**
   * `trash`: the backup's trashed annotations (none in a backup made before the trash); `readAsNotice`: the pages
   * the reader asked to read as notices (../read-as-notice.ts; none in a backup made before them).
   */
  | { ok: true; notices: NoticeRecord[]; annotations: Annotation[]; trash: TrashedAnnotation[]; versions: NoticeVersion[]; readAsNotice: string[] }
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
  if (a.due !== undefined) app.due = a.due;
  if (a.lead !== undefined) app.lead = a.lead;
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

/**
 * The backup file's text (JSON, items and notices in the given order). The trash goes in a `trash`
 * list of its own (items with `noticeLens.deletedAt`), so other annotation tools, which read
 * `items`, never take a deleted annotation for a live one; there is no `trash` key when it is empty.
 */
export function createBackup(notices: NoticeRecord[], annotations: Annotation[], exportedAt: string, trash: TrashedAnnotation[] = [], versions: NoticeVersion[] = [], readAsNotice: string[] = []): string {
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
  const trashed = (t: TrashedAnnotation) => {
    const { deletedAt, ...a } = t;
    const item = toW3C(a);
    (item[APP_KEY] as Obj).deletedAt = deletedAt;
    return item;
  };
  // Versions of notices' bodies (issue 16) as plain text, `{ page, savedAt, text }`, one per line; no key when none.
  const tail = (trash.length ? `,\n  "trash": ${lines(trash.map(trashed))}` : '') + (versions.length ? `,\n  "versions": ${lines(versions.map(({ page, savedAt, text }) => ({ page, savedAt, text })))}` : '')
    // The pages the reader asked to read as notices (detection had turned them down): their addresses; no key when none.
    + (readAsNotice.length ? `,\n  "readAsNotice": ${lines(readAsNotice)}` : '');
  return `${top},\n  "items": ${lines(annotations.map(toW3C))},\n  "notices": ${lines(notices)}${tail}\n}\n`;
}

type Parsed = Extract<ParseBackupResult, { ok: true }>;

function parseOrThrow(json: unknown, L: BackupLimits, now: number): Omit<Parsed, 'ok'> {
  if (typeof json !== 'string') throw fileError('not-text', 'bkNotText');
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (json.length > L.maxBytes || (json.length * 3 > L.maxBytes && utf8Length(json) > L.maxBytes)) {
    const size = json.length > L.maxBytes ? json.length : utf8Length(json);
    throw fileError('too-large', 'bkTooLarge', { size: mb(size), limit: mb(L.maxBytes) });
  }
  const text = json.replace(/^\ufeff/, '');
  if (text.trim() === '') throw fileError('empty', 'bkEmpty');
  const { depth, unclosed } = scanJson(text);
  if (depth > L.maxDepth)
    throw fileError('too-deep', 'bkTooDeep', { depth, max: L.maxDepth });
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    if (unclosed)
      throw fileError('truncated', 'bkTruncated');
    const detail = e instanceof Error ? e.message.slice(0, 120) : '';
    throw fileError('malformed-json', 'bkMalformedJson', { detail });
  }
  checkKeys(root);
  const doc = isObj(root) ? root : {};
  if (own(doc, 'format') !== BACKUP_FORMAT)
    throw fileError('wrong-format', 'bkNotBackup');
  const version = own(doc, 'version');
  if (version !== BACKUP_VERSION)
    throw fileError('unsupported-version', 'bkUnsupportedVersion', { version: String(version).slice(0, 20), supported: BACKUP_VERSION });
  const items = readList(own(doc, 'items'), 'items', L.maxAnnotations);
  if (has(doc, 'total') && own(doc, 'total') !== items.length)
    throw fileError('count-mismatch', 'bkCountMismatch', { declared: String(own(doc, 'total')).slice(0, 20), actual: items.length });
  const rawNotices = has(doc, 'notices') ? readList(own(doc, 'notices'), 'notices', L.maxNotices) : [];

  const notices = rawNotices.map((n, i) => readNotice(n, `notices[${i}]`, L, now));
  const pages = new Map<string, number>();
  notices.forEach((n, i) => {
    const first = pages.get(n.page);
    if (first !== undefined)
      throw fieldError('duplicate-notice', `notices[${i}].page`, 'bkDuplicateNotice', { n: first + 1 });
    pages.set(n.page, i);
  });

  const annotations = items.map((item, i) => readItem(item, `items[${i}]`, L, now));
  const ids = new Map<string, number>();
  annotations.forEach((a, i) => {
    const first = ids.get(a.id);
    if (first !== undefined)
      throw fieldError('duplicate-id', `items[${i}].id`, 'bkDuplicateId', { n: first + 1 });
    ids.set(a.id, i);
  });
  // An id is live or trashed, never both (as in the store).
  const rawTrash = has(doc, 'trash') ? readList(own(doc, 'trash'), 'trash', L.maxAnnotations) : [];
  const trash = rawTrash.map((item, i) => readTrashedItem(item, `trash[${i}]`, L, now));
  const trashIds = new Map<string, number>();
  trash.forEach((a, i) => {
    const item = ids.get(a.id);
    if (item !== undefined) throw fieldError('duplicate-id', `trash[${i}].id`, 'bkDuplicateId', { n: item + 1 });
    const first = trashIds.get(a.id);
    if (first !== undefined) throw fieldError('duplicate-id', `trash[${i}].id`, 'bkDuplicateTrashId', { n: first + 1 });
    trashIds.set(a.id, i);
  });
  const rawVersions = has(doc, 'versions') ? readList(own(doc, 'versions'), 'versions', L.maxVersions) : [];
  const versions = rawVersions.map((x, i) => readVersion(x, `versions[${i}]`, L, now));
  // A page listed twice is read as a notice once: no harm, no refusal.
  const rawPages = has(doc, 'readAsNotice') ? readList(own(doc, 'readAsNotice'), 'readAsNotice', L.maxNotices) : [];
  const readAsNotice = [...new Set(rawPages.map((x, i) => readPageAddress(x, `readAsNotice[${i}]`, L)))];
  return { notices, annotations, trash, versions, readAsNotice };
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
      return { ok: false, error: { code: 'too-deep', message: 'bkTooComplex' } };
    throw e;
  }
}
