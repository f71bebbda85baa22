// @vitest-environment node
/**
 * A backup keeps the trash (issue 11): a file carries trashed annotations in a `trash` list of its
 * own, the reader accepts it, and importing it puts them back in the trash, not among the live
 * annotations. An id is live or trashed, never both: the later version wins across the two.
 */
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../utils/export/backup';
import type { Annotation } from '../../utils/model';
import type { TrashedAnnotation } from '../../utils/trash';
import { PAGE_A, annotation, noticeRecord, setup, value } from './store-helpers';

const NOW = Date.parse('2025-03-02T00:00:00.000Z');

function record(overrides: Partial<Annotation> = {}): Annotation {
  return { ...annotation(), note: '回收站里的批注', created: '2025-01-10T00:00:00.000Z', modified: '2025-01-10T00:00:00.000Z', ...overrides } as Annotation;
}

function trashed(a: Annotation, deletedAt: string): TrashedAnnotation {
  return { ...a, deletedAt };
}

describe('the trash in backup files', () => {
  it('round-trips: a backup of live and trashed annotations parses back to the same records', () => {
    const live = record({ id: 'live-1' });
    const gone = trashed(record({ id: 'gone-1', color: 'blue', status: 'done' }), '2025-02-01T00:00:00.000Z');
    const text = createBackup([noticeRecord()], [live], '2025-03-01T00:00:00.000Z', [gone]);
    const json = JSON.parse(text) as { items: unknown[]; trash: { noticeLens: { deletedAt: string } }[]; total: number };
    // Other tools read `items`: the deleted one is not among them.
    expect([json.items.length, json.total, json.trash.length, json.trash[0]!.noticeLens.deletedAt]).toEqual([1, 1, 1, '2025-02-01T00:00:00.000Z']);
    const parsed = parseBackup(text, {}, NOW);
    expect(parsed).toEqual({ ok: true, notices: [noticeRecord()], annotations: [live], trash: [gone], versions: [], readAsNotice: [] });
  });

  it('a backup without a trash has no trash key, and parses with an empty trash', () => {
    const text = createBackup([], [record({ id: 'x-1' })], '2025-03-01T00:00:00.000Z');
    expect(JSON.parse(text)).not.toHaveProperty('trash');
    const parsed = parseBackup(text, {}, NOW);
    expect(parsed.ok && parsed.trash).toEqual([]);
  });

  it('refuses a trashed item without deletedAt, one dated in the future, and an id both live and trashed', () => {
    const good = createBackup([], [record({ id: 'a-1' })], '2025-03-01T00:00:00.000Z', [trashed(record({ id: 'b-1' }), '2025-02-01T00:00:00.000Z')]);
    expect(parseBackup(good, {}, NOW).ok).toBe(true);
    const edit = (f: (doc: { items: { noticeLens: Record<string, unknown> }[]; trash: { noticeLens: Record<string, unknown> }[] }) => void) => {
      const doc = JSON.parse(good);
      f(doc);
      const r = parseBackup(JSON.stringify(doc), {}, NOW);
      return r.ok ? null : [r.error.code, r.error.path];
    };
    expect(edit((d) => delete d.trash[0]!.noticeLens.deletedAt)).toEqual(['wrong-type', 'trash[0].noticeLens.deletedAt']);
    expect(edit((d) => (d.trash[0]!.noticeLens.deletedAt = '2030-01-01T00:00:00.000Z'))).toEqual(['future-date', 'trash[0].noticeLens.deletedAt']);
    expect(edit((d) => (d.trash[0]!.noticeLens.id = 'a-1'))).toEqual(['duplicate-id', 'trash[0].id']);
    expect(edit((d) => d.trash.push(d.trash[0]!))).toEqual(['duplicate-id', 'trash[1].id']);
  });
});

describe('importing a trash', () => {
  it('puts trashed annotations in the trash, not among the live ones, and counts them', async () => {
    const { call } = setup();
    const gone = trashed(record({ page: PAGE_A }), '2025-02-01T00:00:00.000Z');
    const r = value(await call({ type: 'backup/import-items', notices: [], annotations: [], trash: [gone] }));
    expect(r.trash).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }))).toEqual([]);
    expect(value(await call({ type: 'trash/list' }))).toEqual([gone]);
    const again = value(await call({ type: 'backup/import-items', notices: [], annotations: [], trash: [gone] }));
    expect(again.trash).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('the later version wins across live and trash: a newer delete trashes, a newer edit revives', async () => {
    const { call } = setup();
    const live = value(await call({ type: 'annotation/put', annotation: annotation({ note: '本机的批注' }) }));
    // Deleted on another device after our last edit: it moves to the trash here.
    const deletedThere = trashed({ ...live, note: '本机的批注' }, new Date(Date.parse(live.modified) + 60_000).toISOString());
    expect(value(await call({ type: 'backup/import-items', notices: [], annotations: [], trash: [deletedThere] })).trash.updated).toBe(1);
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }))).toEqual([]);
    // An older live copy does not bring it back…
    expect(value(await call({ type: 'backup/import-items', notices: [], annotations: [live] })).annotations.unchanged).toBe(1);
    expect(value(await call({ type: 'trash/list' })).map((t) => t.id)).toEqual([live.id]);
    // …an edit made after the delete does, and leaves the trash.
    const editedLater = { ...live, color: 'green' as const, modified: new Date(Date.parse(deletedThere.deletedAt) + 1).toISOString() };
    expect(value(await call({ type: 'backup/import-items', notices: [], annotations: [editedLater] })).annotations.updated).toBe(1);
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }))).toEqual([editedLater]);
    expect(value(await call({ type: 'trash/list' }))).toEqual([]);
  });

  it('a backup made after deleting, imported into an empty store, keeps the note restorable', async () => {
    const source = setup();
    const a = value(await source.call({ type: 'annotation/put', annotation: annotation({ note: '换电脑也不能丢' }) }));
    value(await source.call({ type: 'annotation/delete', id: a.id }));
    const text = createBackup([], value(await source.call({ type: 'library/annotations' })), '2025-03-01T08:00:00.000Z', value(await source.call({ type: 'trash/list' })));
    const parsed = parseBackup(text, {}, NOW);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const target = setup();
    value(await target.call({ type: 'backup/import-items', notices: parsed.notices, annotations: parsed.annotations, trash: parsed.trash }));
    expect(value(await target.call({ type: 'trash/restore', id: a.id })).note).toBe('换电脑也不能丢');
  });
});
