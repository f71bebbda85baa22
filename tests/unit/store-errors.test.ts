import { describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { storeErrorText } from '../../utils/store/error-text';
import { invalid, StoreError, toErrorInfo } from '../../utils/store/errors';

// What crosses the message boundary when a store request fails: the UI words it from
// `code` (error-text.ts), so each kind of failure must land on the right code; `message`
// is the browser's own text, for logs. The IndexedDB failures below are the ones
// fake-indexeddb never raises on its own; browsers throw them as DOMExceptions with these names.
const domError = (name: string, message: string) => new DOMException(message, name);
const en = translator('en');
const zh = translator('zh');

describe('store errors as reply info', () => {
  it('keeps a StoreError as it is, with its path and problem when it has them', () => {
    expect(toErrorInfo(new StoreError('not-found', 'No such annotation'))).toStrictEqual({ code: 'not-found', message: 'No such annotation' });
    const info = toErrorInfo(invalid({ code: 'bad-color', path: 'annotation.color', value: 'red', allowed: ['yellow', 'green'] }));
    expect(info).toStrictEqual({
      code: 'invalid',
      message: 'annotation.color: bad-color',
      path: 'annotation.color',
      problem: { message: 'bkUnknownValue', params: { what: 'bad-color', value: 'red', allowed: ['yellow', 'green'] } },
    });
    // Worded in one place, in the reader's language, as a refused backup's field is.
    expect(storeErrorText(en, info)).toBe('Unknown colour red (allowed: yellow, green) (annotation.color).');
    expect(storeErrorText(zh, info)).toBe('（annotation.color）：未知的颜色：red（可用：yellow、green）');
  });

  it('a quota error says the disk is full and nothing was saved', () => {
    const info = toErrorInfo(domError('QuotaExceededError', 'quota'));
    expect(info).toStrictEqual({ code: 'quota', message: 'QuotaExceededError: quota' });
    expect(storeErrorText(en, info)).toBe("Storage is full (the disk or the browser's quota); nothing was saved. Free some space and try again.");
  });

  it('an aborted transaction was rolled back', () => {
    const info = toErrorInfo(domError('AbortError', 'aborted'));
    expect(info).toStrictEqual({ code: 'aborted', message: 'AbortError: aborted' });
    expect(storeErrorText(en, info)).toBe('The save was interrupted and rolled back; nothing was saved. Try again.');
  });

  it('a database written by a newer version, closing or broken is unavailable, quoting the browser for the log', () => {
    expect(toErrorInfo(domError('VersionError', 'version 9 < 10'))).toStrictEqual({ code: 'unavailable', message: 'VersionError: version 9 < 10' });
    expect(toErrorInfo(domError('InvalidStateError', 'The database connection is closing.'))).toStrictEqual({
      code: 'unavailable',
      message: 'InvalidStateError: The database connection is closing.',
    });
    const broken = toErrorInfo(domError('UnknownError', 'Internal error opening backing store'));
    expect(broken).toStrictEqual({ code: 'unavailable', message: 'UnknownError: Internal error opening backing store' });
    expect(storeErrorText(en, broken)).toBe('The annotation database is not available right now; try again later, or update the extension.');
  });

  it('reports anything else as internal, whatever was thrown, and words it as a bug to report', () => {
    expect(toErrorInfo(new TypeError('x is undefined'))).toStrictEqual({ code: 'internal', message: 'TypeError: x is undefined' });
    expect(toErrorInfo('a thrown string')).toStrictEqual({ code: 'internal', message: 'a thrown string' });
    expect(toErrorInfo(null)).toStrictEqual({ code: 'internal', message: 'unknown' });
    expect(toErrorInfo({ name: 42 })).toStrictEqual({ code: 'internal', message: 'unknown' });
    expect(storeErrorText(en, toErrorInfo(new TypeError('x is undefined')))).toBe('Something went wrong (internal); please report it: TypeError: x is undefined');
    expect(storeErrorText(zh, toErrorInfo(new TypeError('x is undefined')))).toBe('出错了（internal），请报告这个问题：TypeError: x is undefined');
  });

  it('cuts a long browser message to 300 characters', () => {
    const info = toErrorInfo(domError('UnknownError', 'x'.repeat(1000)));
    expect(info.message).toBe(`UnknownError: ${'x'.repeat(300)}`);
  });
});
