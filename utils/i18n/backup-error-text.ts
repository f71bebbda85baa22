/**
 * A refused backup in the reader's words: the problem from the catalog, then where it is ("第 4 条批注（items[3].note）：…"
 * / "… in annotation #4 (items[3].note)."; likewise a notice record or a trashed annotation). The error itself is data (utils/export/backup-errors.ts).
 */
import type { BackupErrorInfo, BackupErrorParams } from '../export/backup-errors';
import { translate, type Lang, type MessageKey, type Params } from './index';

const TYPE_NAME: Readonly<Record<string, MessageKey>> = {
  string: 'bkTypeString',
  number: 'bkTypeNumber',
  integer: 'bkTypeInteger',
  boolean: 'bkTypeBoolean',
  object: 'bkTypeObject',
  array: 'bkTypeArray',
  null: 'bkTypeNull',
  undefined: 'bkTypeMissing',
};

/** Where a problem is, by the list of the backup it is in. */
const AT: Readonly<Record<string, MessageKey>> = { items: 'bkAtItem', notices: 'bkAtNotice', trash: 'bkAtTrash' };

const VALUE_KIND: Readonly<Record<string, MessageKey>> = { 'bad-kind': 'bkKindName', 'bad-color': 'bkColourName', 'bad-status': 'bkStatusName' };

/** The error's data as words of one language (type names, value kinds and lists are translated too). */
function localParams(lang: Lang, params: BackupErrorParams): Params {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' && typeof value !== 'number') out[name] = value.join(translate(lang, 'listSep'));
    else if (name === 'expected' || name === 'got') out[name] = TYPE_NAME[value] ? translate(lang, TYPE_NAME[value]) : String(value);
    else if (name === 'what') out[name] = VALUE_KIND[value] ? translate(lang, VALUE_KIND[value]) : String(value);
    else out[name] = value;
  }
  return out;
}

export function backupErrorText(lang: Lang, error: BackupErrorInfo): string {
  const problem = translate(lang, error.message, localParams(lang, error.params ?? {}));
  if (error.path === undefined) return problem;
  const path = error.path;
  const m = /^(items|notices|trash)\[(\d+)\]/.exec(path);
  if (!m) return translate(lang, 'bkAtPath', { problem, path });
  return translate(lang, AT[m[1]!]!, { problem, path, n: Number(m[2]) + 1 });
}
