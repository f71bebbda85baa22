/**
 * A refused backup, or a store request refused as `invalid`, in the reader's words: the problem from the catalog,
 * then where it is ("第 4 条批注（items[3].note）：…" / "… in annotation #4 (items[3].note)."; likewise a notice
 * record or a trashed annotation, else the path alone). The problem itself is data (utils/export/backup-errors.ts).
 */
import type { BackupErrorInfo, BackupErrorParams, BackupMessageKey } from '../export/backup-errors';
import { translator, type Lang, type Params, type PlainKey, type Translate } from './index';

const TYPE_NAME: Readonly<Record<string, PlainKey>> = {
  string: 'bkTypeString',
  number: 'bkTypeNumber',
  integer: 'bkTypeInteger',
  boolean: 'bkTypeBoolean',
  object: 'bkTypeObject',
  array: 'bkTypeArray',
  null: 'bkTypeNull',
  undefined: 'bkTypeMissing',
};

/** Where a problem is, by the list it is in (a backup's, or an import request's: `annotations[…]` has no label). */
const AT = { items: 'bkAtItem', notices: 'bkAtNotice', trash: 'bkAtTrash' } as const;

const VALUE_KIND: Readonly<Record<string, PlainKey>> = { 'bad-kind': 'bkKindName', 'bad-color': 'bkColourName', 'bad-status': 'bkStatusName' };

/** The error's data as words of one language (type names, value kinds and lists are translated too). */
function localParams(t: Translate, params: BackupErrorParams): Params {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' && typeof value !== 'number') out[name] = value.join(t('listSep'));
    else if (name === 'expected' || name === 'got') out[name] = TYPE_NAME[value] ? t(TYPE_NAME[value]) : String(value);
    else if (name === 'what') out[name] = VALUE_KIND[value] ? t(VALUE_KIND[value]) : String(value);
    else out[name] = value;
  }
  return out;
}

/** What a problem is worded from: a catalog entry, its values, and the path of the value at fault. */
interface ProblemAt {
  message: BackupMessageKey;
  params?: BackupErrorParams;
  path?: string;
}

/** The one wording of a problem with where it is. */
export function problemText(t: Translate, error: ProblemAt): string {
  // The key is chosen at run time: its parameters are the error's, checked where the error is made.
  const word = t as (key: BackupMessageKey, params?: Params) => string;
  const problem = word(error.message, localParams(t, error.params ?? {}));
  if (error.path === undefined) return problem;
  const path = error.path;
  const m = /^(items|notices|trash)\[(\d+)\]/.exec(path);
  if (!m) return t('bkAtPath', { problem, path });
  return t(AT[m[1] as keyof typeof AT], { problem, path, n: Number(m[2]) + 1 });
}

export function backupErrorText(lang: Lang, error: BackupErrorInfo): string {
  return problemText(translator(lang), error);
}
