/**
 * Errors are data ({ code, message key, params, path }); the catalog words them in the reader's language
 * (utils/i18n/backup-error-text.ts for backups, utils/store/error-text.ts for the store).
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../utils/export';
import { fieldError, fileError, problemError } from '../../utils/export/backup-errors';
import { translator } from '../../utils/i18n';
import { backupErrorText } from '../../utils/i18n/backup-error-text';
import { storeErrorText } from '../../utils/store/error-text';

describe('backupErrorText', () => {
  it('words an error about the whole file', () => {
    const { info } = fileError('too-deep', 'bkTooDeep', { depth: 80, max: 64 });
    expect(info).toEqual({ code: 'too-deep', message: 'bkTooDeep', params: { depth: 80, max: 64 } });
    expect(backupErrorText('zh', info)).toBe('文件嵌套过深（80 层，上限 64）。');
    expect(backupErrorText('en', info)).toBe('The file is nested too deeply (80 levels; limit 64).');
  });

  it('names the annotation or notice at fault, counting from 1', () => {
    const { info } = fieldError('duplicate-id', 'items[3].id', 'bkDuplicateId', { n: 2 });
    expect(info.index).toBe(3);
    expect(backupErrorText('zh', info)).toBe('第 4 条批注（items[3].id）：标识与第 2 条批注重复');
    expect(backupErrorText('en', info)).toBe('Same id as annotation #2 in annotation #4 (items[3].id).');
    const notice = fieldError('duplicate-notice', 'notices[0].page', 'bkDuplicateNotice', { n: 1 }).info;
    expect(backupErrorText('zh', notice)).toBe('第 1 个公文记录（notices[0].page）：与第 1 个公文记录的网址重复');
    expect(backupErrorText('en', notice)).toBe('Same page as notice #1 in notice #1 (notices[0].page).');
    const trashed = fieldError('duplicate-id', 'trash[2].id', 'bkDuplicateTrashId', { n: 1 }).info;
    expect(backupErrorText('zh', trashed)).toBe('回收站第 3 条（trash[2].id）：标识与回收站第 1 条重复');
    expect(backupErrorText('en', trashed)).toMatch(/ in trashed annotation #3 \(trash\[2\]\.id\)\.$/);
  });

  it('gives a path outside items and notices as it is', () => {
    const { info } = fieldError('forbidden-key', 'meta.__proto__', 'bkForbiddenKey', { key: '__proto__' });
    expect(info.index).toBeUndefined();
    expect(backupErrorText('zh', info)).toBe('（meta.__proto__）：含有不允许的键名 “__proto__”');
    expect(backupErrorText('en', info)).toBe('Forbidden key "__proto__" (meta.__proto__).');
  });

  it('translates type names, value kinds and lists', () => {
    const wrongType = problemError({ code: 'wrong-type', path: 'items[0].target', expected: 'object', got: undefined }).info;
    expect(wrongType.params).toEqual({ expected: 'object', got: 'undefined' });
    expect(backupErrorText('zh', wrongType)).toBe('第 1 条批注（items[0].target）：应为对象，实际为缺失');
    expect(backupErrorText('en', wrongType)).toBe('Expected an object but found nothing in annotation #1 (items[0].target).');
    const colour = problemError({ code: 'bad-color', path: 'items[1].color', value: 'red', allowed: ['yellow', 'green'] }).info;
    expect(backupErrorText('zh', colour)).toBe('第 2 条批注（items[1].color）：未知的颜色：red（可用：yellow、green）');
    expect(backupErrorText('en', colour)).toBe('Unknown colour red (allowed: yellow, green) in annotation #2 (items[1].color).');
  });

  it('words what parseBackup refuses, in both languages', () => {
    const r = parseBackup('{"format":"something-else"}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({ code: 'wrong-format', message: 'bkNotBackup' });
    expect(backupErrorText('zh', r.error)).toBe('这不是公文批注（Notice Lens）的备份文件。');
    expect(backupErrorText('en', r.error)).toBe('This is not a Notice Lens backup file.');
  });
});

describe('storeErrorText', () => {
  it('gives the reader words for the codes a reader can act on', () => {
    expect(storeErrorText(translator('en'), { code: 'not-found', message: 'no annotation x' })).toBe('Not found; it may have been deleted.');
    expect(storeErrorText(translator('zh'), { code: 'forbidden', message: 'content scripts may not wipe' })).toBe('此页面无权执行这个操作。');
  });

  it("names a bug by its code with the store's detail, so it can be reported", () => {
    expect(storeErrorText(translator('zh'), { code: 'internal', message: 'TypeError: boom' })).toBe('出错了（internal），请报告这个问题：TypeError: boom');
    expect(storeErrorText(translator('en'), { code: 'bad-request', message: 'Unknown request type: x' })).toBe('Something went wrong (bad-request); please report it: Unknown request type: x');
  });
});
