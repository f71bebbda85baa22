import { describe, expect, it } from 'vitest';
import { invalid, StoreError, toErrorInfo } from '../../utils/store/errors';

// What crosses the message boundary when a store request fails: the UI picks its
// wording from `code`, so each kind of failure must land on the right code. The
// IndexedDB failures below are the ones fake-indexeddb never raises on its own;
// browsers throw them as DOMExceptions with these names.
const domError = (name: string, message: string) => new DOMException(message, name);

describe('store errors as reply info', () => {
  it('keeps a StoreError as it is, with its path when it has one', () => {
    expect(toErrorInfo(new StoreError('not-found', 'No such annotation'))).toStrictEqual({ code: 'not-found', message: 'No such annotation' });
    expect(toErrorInfo(invalid('annotation.color', 'not a colour'))).toStrictEqual({
      code: 'invalid',
      message: 'annotation.color: not a colour',
      path: 'annotation.color',
    });
  });

  it('says the disk is full for a quota error, and that nothing was saved', () => {
    expect(toErrorInfo(domError('QuotaExceededError', 'quota'))).toStrictEqual({
      code: 'quota',
      message: 'Storage is full (the disk or the browser storage quota): nothing was saved. Free some space and try again.',
    });
  });

  it('says an aborted transaction was rolled back', () => {
    expect(toErrorInfo(domError('AbortError', 'aborted'))).toStrictEqual({
      code: 'aborted',
      message: 'The save was interrupted and rolled back: nothing was saved. Try again.',
    });
  });

  it('asks for an update when a newer version wrote the database', () => {
    expect(toErrorInfo(domError('VersionError', 'version 9 < 10'))).toStrictEqual({
      code: 'unavailable',
      message: 'The annotation database was written by a newer version of Notice Lens; update the extension.',
    });
  });

  it('calls a closed or broken database unavailable, quoting the browser', () => {
    expect(toErrorInfo(domError('InvalidStateError', 'The database connection is closing.'))).toStrictEqual({
      code: 'unavailable',
      message: 'The annotation database is not available right now (The database connection is closing.).',
    });
    expect(toErrorInfo(domError('UnknownError', 'Internal error opening backing store'))).toStrictEqual({
      code: 'unavailable',
      message: 'The annotation database is not available right now (Internal error opening backing store).',
    });
  });

  it('reports anything else as internal, whatever was thrown', () => {
    expect(toErrorInfo(new TypeError('x is undefined'))).toStrictEqual({ code: 'internal', message: 'Unexpected storage error: x is undefined' });
    expect(toErrorInfo('a thrown string')).toStrictEqual({ code: 'internal', message: 'Unexpected storage error: a thrown string' });
    expect(toErrorInfo(null)).toStrictEqual({ code: 'internal', message: 'Unexpected storage error: unknown' });
    expect(toErrorInfo({ name: 42 })).toStrictEqual({ code: 'internal', message: 'Unexpected storage error: unknown' });
  });

  it('cuts a long browser message to 300 characters', () => {
    const info = toErrorInfo(domError('UnknownError', 'x'.repeat(1000)));
    expect(info.message).toBe(`The annotation database is not available right now (${'x'.repeat(300)}).`);
  });
});
