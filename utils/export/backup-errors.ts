/**
 * Why a backup file is refused, in both languages, with where the problem is.
 */
import { typeName, type FieldProblem } from '../model-read';

export type BackupErrorCode =
  | 'not-text'
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'truncated'
  | 'malformed-json'
  | 'forbidden-key'
  | 'wrong-format'
  | 'unsupported-version'
  | 'too-many'
  | 'count-mismatch'
  | 'wrong-type'
  | 'too-long'
  | 'bad-url'
  | 'bad-id'
  | 'bad-kind'
  | 'bad-color'
  | 'bad-status'
  | 'bad-selector'
  | 'bad-date'
  | 'future-date'
  | 'duplicate-id'
  | 'duplicate-notice';

export interface BackupErrorInfo {
  code: BackupErrorCode;
  message_zh: string;
  message_en: string;
  /** Index of the annotation (in `items`) or notice (in `notices`) at fault. */
  index?: number;
  /** JSON path of the offending value, e.g. `items[3].target.source`. */
  path?: string;
}

/** Thrown by the validators, turned into `{ ok: false, error }` by parseBackup. */
export class BackupError extends Error {
  constructor(readonly info: BackupErrorInfo) {
    super(info.message_en);
  }
}

/** "第 4 条批注（items[3].note）" / "annotation #4 (items[3].note)". */
function where(path: string): { zh: string; en: string; index?: number } {
  const m = /^(items|notices)\[(\d+)\]/.exec(path);
  if (!m) return { zh: `（${path}）`, en: ` (${path})` };
  const index = Number(m[2]);
  const zhWhat = m[1] === 'items' ? `第 ${index + 1} 条批注` : `第 ${index + 1} 个公文记录`;
  const enWhat = m[1] === 'items' ? `annotation #${index + 1}` : `notice #${index + 1}`;
  return { zh: `${zhWhat}（${path}）`, en: ` in ${enWhat} (${path})`, index };
}

/** Shortens a value for a message so a hostile file cannot flood the UI. */
export function preview(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** An error about the file as a whole. */
export function fileError(code: BackupErrorCode, zh: string, en: string): BackupError {
  return new BackupError({ code, message_zh: zh, message_en: en });
}

/** An error about one value: the message names the item and the path. */
export function fieldError(code: BackupErrorCode, path: string, zh: string, en: string): BackupError {
  const w = where(path);
  const info: BackupErrorInfo = {
    code,
    message_zh: `${w.zh}：${zh}`,
    message_en: `${en}${w.en}.`,
    path,
  };
  if (w.index !== undefined) info.index = w.index;
  return new BackupError(info);
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '缺失',
};

const ENUM_NAMES = { 'bad-kind': ['批注类型', 'annotation kind'], 'bad-color': ['颜色', 'colour'], 'bad-status': ['状态', 'status'] } as const;

/** A bad value found by the model readers (utils/model-read.ts), in both languages. */
export function problemError(p: FieldProblem): BackupError {
  const f = (zh: string, en: string) => fieldError(p.code === 'out-of-range' ? 'wrong-type' : p.code, p.path, zh, en);
  switch (p.code) {
    case 'wrong-type': {
      const got = typeName(p.got);
      const en = `Expected ${p.expected === 'string' ? 'a' : 'an'} ${p.expected} but found ${got === 'undefined' ? 'nothing' : got}`;
      return f(`应为${TYPE_ZH[p.expected]}，实际为${TYPE_ZH[got] ?? got}`, en);
    }
    case 'too-many': return f(`条目过多（${p.count}，上限 ${p.max}）`, `Too many entries (${p.count}; limit ${p.max})`);
    case 'too-long': return f(`文本过长（${p.length} 字符，上限 ${p.max}）`, `Text too long (${p.length} characters; limit ${p.max})`);
    // No code of its own: to the user it is a number of the wrong kind.
    case 'out-of-range': return f(`数值 ${p.value} 超出范围 ${p.min}–${p.max}`, `Number ${p.value} is outside ${p.min}–${p.max}`);
    case 'bad-date': return f(`不是有效的时间：${preview(p.value)}`, `Not a valid ISO 8601 time: ${preview(p.value)}`);
    case 'bad-selector': return f(`不支持的选择器类型：${preview(p.value)}`, `Unsupported selector type ${preview(p.value)}`);
    default: {
      const [zh, en] = ENUM_NAMES[p.code];
      const v = preview(p.value);
      return f(`未知的${zh}：${v}（可用：${p.allowed.join('、')}）`, `Unknown ${en} ${v} (allowed: ${p.allowed.join(', ')})`);
    }
  }
}
