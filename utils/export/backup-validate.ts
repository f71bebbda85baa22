/**
 * The schemas of a parsed backup file (valibot): the model's shapes (utils/schema/model.ts, the same rules as
 * messages to the store, so a backup that parses can be imported) inside the W3C items the file is made of,
 * with the backup's limits, its URL and id rules and no future times. A failure is a BackupError naming the
 * path (backup-errors.ts words it).
 */
import * as v from 'valibot';
import { isStoreId } from '../id';
import type { Annotation, NoticeRecord } from '../model';
import type { TrashedAnnotation } from '../trash';
import { marksEntries, noticeSchema, selectorsSchema, type ModelLimits } from '../schema/model';
import { parseAt } from '../schema/problem';
import { isObj, own, type Obj } from '../schema/own';
import { list, pastTime, record, rule, text } from '../schema/rules';
import { isHttpUrl } from '../text/url';
import { problemError } from './backup-errors';
import type { NoticeVersion } from '../revisions/model';
import { versionSchema } from '../revisions/schema';

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
  /** Versions of notices' bodies (issue 16), and characters in one. */
  maxVersions: number;
  maxVersionChars: number;
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
  maxVersions: 500_000,
  maxVersionChars: 2_000_000,
};

export const APP_KEY = 'noticeLens';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The backup's names for the store's limits; site, source and document number are not settable. */
function modelLimits(L: BackupLimits): ModelLimits {
  const { maxTextChars: textChars, maxTags: tags, maxTagChars: tagChars, maxSelectors: selectors, maxDirectives: directives } = L;
  return { textChars, shortTextChars: 1_000, tags, tagChars, selectors, directives };
}

/**
 * An http(s) URL, kept as written (the store normalizes it on import). The URL
 * parser ignores surrounding spaces but the text would keep them: refused.
 */
function urlSchema(L: BackupLimits) {
  return v.pipe(text(L.maxUrlChars), rule<string>('bad-url', (s) => isHttpUrl(s) && s.trim() === s));
}

const isComment = (b: unknown) => isObj(b) && own(b, 'type') === 'TextualBody' && [undefined, 'commenting'].includes(own(b, 'purpose') as string);

/**
 * The note: the first commenting TextualBody's value, of one body or a list of bodies (other tools add bodies
 * of other kinds, which are skipped; each must still be an object).
 */
function noteSchema(maxNoteChars: number) {
  const comment = record({ type: v.unknown(), purpose: v.unknown(), value: text(maxNoteChars) });
  const other = v.custom<Obj>(isObj);
  const body = v.lazy((b) => (isComment(b) ? comment : other));
  const many = list(body, 100);
  const bodies = v.lazy((b) => (Array.isArray(b) ? many : body));
  return v.pipe(bodies, v.transform((b) => ((Array.isArray(b) ? b : [b]).find(isComment)?.value as string | undefined) ?? ''));
}

/** An item's id: the app's own (`noticeLens.id`), else the UUID of its `urn:uuid:` id, else none (''). */
function itemId(item: { id: string; [APP_KEY]: { id?: string } }): string {
  const m = /^urn:uuid:(.+)$/.exec(item.id);
  return item[APP_KEY].id ?? (m && UUID.test(m[1]!) ? m[1]! : '');
}

/** A W3C annotation item as createBackup writes it (a trashed one carries `noticeLens.deletedAt`). */
function itemSchema(L: BackupLimits, now: number) {
  const M = modelLimits(L);
  const time = pastTime(now);
  const item = record({
    type: v.literal('Annotation'),
    id: text(300),
    // `deletedAt` is read only where it counts, in the trash list.
    [APP_KEY]: record({ id: v.optional(text(200)), ...marksEntries(M), deletedAt: v.optional(v.unknown()) }),
    // A page note has no selectors, and other tools may leave the list out.
    target: record({ source: urlSchema(L), selector: v.optional(selectorsSchema(M), () => []) }),
    body: v.optional(noteSchema(L.maxNoteChars)),
    created: time,
    modified: time,
  });
  type Item = v.InferOutput<typeof item>;
  return v.pipe(
    item,
    v.forward(rule<Item>('bad-urn', (i) => itemId(i) !== '', (i) => ({ value: i.id })), ['id'] as never),
    // The store's id rule (utils/id.ts): ids reach page markup, fragments and selectors.
    v.forward(rule<Item>('bad-id', (i) => isStoreId(itemId(i)), (i) => ({ value: itemId(i) })), [APP_KEY, 'id'] as never),
    v.transform((i): { annotation: Annotation; deletedAt: unknown } => {
      const { id: _appId, deletedAt, kind, tags, ...marks } = i[APP_KEY];
      const { source: page, selector: selectors } = i.target;
      return { annotation: { id: itemId(i), page, kind, selectors, note: i.body ?? '', tags, created: i.created, modified: i.modified, ...marks }, deletedAt };
    }),
  );
}

/** The schemas are made once per limits and clock (a file has up to 200,000 items). */
type Schemas = { L: BackupLimits; now: number; item: ReturnType<typeof itemSchema>; notice: ReturnType<typeof noticeSchema>; time: ReturnType<typeof pastTime> };
let made: Schemas | undefined;
function schemas(L: BackupLimits, now: number): Schemas {
  if (made?.L !== L || made.now !== now)
    made = { L, now, item: itemSchema(L, now), notice: noticeSchema(modelLimits(L), urlSchema(L), pastTime(now)), time: pastTime(now) };
  return made;
}

/** A list of at most `max` entries, not yet read. */
export function readList(x: unknown, path: string, max: number): unknown[] {
  return parseAt(list(v.unknown(), max), x, path, problemError);
}

/** One item of `items`: a live annotation (a `deletedAt` there is ignored). */
export function readItem(x: unknown, path: string, L: BackupLimits, now: number): Annotation {
  return parseAt(schemas(L, now).item, x, path, problemError).annotation;
}

/** One item of `trash`: an annotation and when it was deleted (`noticeLens.deletedAt`, required). */
export function readTrashedItem(x: unknown, path: string, L: BackupLimits, now: number): TrashedAnnotation {
  const S = schemas(L, now);
  const { annotation, deletedAt } = parseAt(S.item, x, path, problemError);
  return { ...annotation, deletedAt: parseAt(S.time, deletedAt, `${path}.${APP_KEY}.deletedAt`, problemError) };
}

/** A notice record, its times not in the future. */
export function readNotice(x: unknown, path: string, L: BackupLimits, now: number): NoticeRecord {
  return parseAt(schemas(L, now).notice, x, path, problemError);
}

/** One page the reader asked to read as a notice (`readAsNotice`): an http(s) address, as a notice's page is. */
export function readPageAddress(x: unknown, path: string, L: BackupLimits): string {
  return parseAt(urlSchema(L), x, path, problemError);
}

let versionMade: { L: BackupLimits; now: number; schema: ReturnType<typeof versionSchema> } | undefined;
/** One version of a notice's body (issue 16): its page, when it was seen (not in the future) and its text. */
export function readVersion(x: unknown, path: string, L: BackupLimits, now: number): NoticeVersion {
  if (versionMade?.L !== L || versionMade.now !== now) versionMade = { L, now, schema: versionSchema(urlSchema(L), pastTime(now), L.maxVersionChars) };
  return parseAt(versionMade.schema, x, path, problemError);
}
