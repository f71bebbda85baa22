import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, stableUuid } from '../../utils/export';
import type { Annotation, NoticeRecord } from '../../utils/model';
import { backupErrorText } from '../../utils/i18n/backup-error-text';
import * as F from '../fixtures/export/notices';

const notices: NoticeRecord[] = [F.sampleNotice, F.nestedNotice, F.hostileNotice];
const annotations: Annotation[] = [...F.sampleAnnotations, ...F.nestedAnnotations, ...F.hostileAnnotations];

describe('createBackup', () => {
  const json = createBackup(notices, annotations, F.EXPORTED_AT);
  const doc = JSON.parse(json);

  it('is a W3C Web Annotation collection with the app format and version', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.format).toBe('notice-lens-backup');
    expect(doc.version).toBe(1);
    expect(doc.total).toBe(annotations.length);
    expect(doc.items).toHaveLength(annotations.length);
    expect(doc.notices).toEqual(notices);
  });

  it('writes each annotation as a W3C Annotation with a urn:uuid id, target and TextualBody', () => {
    for (const item of doc.items) {
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(typeof item.target.source).toBe('string');
      expect(Array.isArray(item.target.selector)).toBe(true);
      expect(typeof item.created).toBe('string');
      expect(typeof item.modified).toBe('string');
      expect(['highlighting', 'assessing', 'commenting']).toContain(item.motivation);
    }
    const first = doc.items[1];
    expect(first.id).toBe('urn:uuid:6f1c3b1e-8a55-4c1e-9b7e-000000000002');
    expect(first.body).toEqual({ type: 'TextualBody', value: F.sampleAnnotations[1]!.note, format: 'text/plain', purpose: 'commenting' });
    expect(first.target.selector[0].type).toBe('TextQuoteSelector');
    expect(first.noticeLens).toEqual({ kind: 'highlight', color: 'pink', tags: ['报送', '秦岭'], directive: F.sampleAnnotations[1]!.directive });
  });

  it('keeps ids that are not UUIDs under the app key and derives a stable UUID', () => {
    const d0 = doc.items.find((i: { noticeLens: { id?: string } }) => i.noticeLens.id === 'd-0');
    // Pinned when the derivation was written: a later version must derive the same UUID, or a re-imported
    // backup would duplicate every annotation whose id is not a UUID.
    expect(d0.id).toBe('urn:uuid:240b6afe-04a0-8b88-a8bc-114a2805de60');
    expect(stableUuid('d-0')).toBe('240b6afe-04a0-8b88-a8bc-114a2805de60');
    expect(stableUuid('d-0')).not.toBe(stableUuid('d-1'));
    expect(stableUuid('d-0')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('leaves out the body when there is no note', () => {
    const noNote = doc.items.find((i: { noticeLens: { id?: string } }) => i.noticeLens.id === 'd-1');
    expect(noNote.body).toBeUndefined();
  });
});

describe('round trip', () => {
  it('parseBackup(createBackup(x)) deep-equals x', () => {
    const r = parseBackup(createBackup(notices, annotations, F.EXPORTED_AT));
    expect(r).toStrictEqual({ ok: true, notices, annotations, trash: [], versions: [], readAsNotice: [] });
  });

  it('keeps the pages the reader read as notices, and reads a backup from before them', () => {
    const pages = ['https://www.epa.gov/cleanschoolbus/reporting', 'https://www.hud.gov/program_offices/lead?district=3'];
    const file = createBackup(notices, annotations, F.EXPORTED_AT, [], [], pages);
    expect(JSON.parse(file).readAsNotice).toEqual(pages);
    expect(parseBackup(file)).toMatchObject({ ok: true, readAsNotice: pages });
    expect(JSON.parse(createBackup(notices, annotations, F.EXPORTED_AT))).not.toHaveProperty('readAsNotice');
  });
  it('refuses a page read as a notice that is not an http(s) address, naming it, and reads a page listed twice once', () => {
    const file = JSON.parse(createBackup([], [], F.EXPORTED_AT, [], [], ['https://www.gov.cn/a.htm']));
    file.readAsNotice.push('javascript:alert(1)');
    const r = parseBackup(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(backupErrorText('en', r.error)).toBe('Not an http(s) URL: javascript:alert(1) (readAsNotice[1]).');
    file.readAsNotice[1] = 'https://www.gov.cn/a.htm';
    expect(parseBackup(JSON.stringify(file))).toMatchObject({ ok: true, readAsNotice: ['https://www.gov.cn/a.htm'] });
    file.readAsNotice = 'https://www.gov.cn/a.htm';
    expect(parseBackup(JSON.stringify(file)).ok).toBe(false);
  });
  it("keeps a notice's own 发文机关 and 成文日期, and reads a record from before them", () => {
    const r = parseBackup(createBackup([F.sampleNotice, F.nestedNotice], [], F.EXPORTED_AT));
    if (!r.ok) throw new Error('backup refused');
    expect(r.notices[1]).toMatchObject({ issuer: '国务院办公厅', written: '2024-01-12' });
    // The sample notice was stored before they were read: it has neither, and stays without them.
    expect(r.notices[0]).toStrictEqual(F.sampleNotice);
    expect('issuer' in r.notices[0]! || 'written' in r.notices[0]!).toBe(false);
  });

  it('survives hostile strings, emoji, lone surrogates and empty collections', () => {
    const odd: Annotation = {
      ...F.hostileAnnotations[0]!,
      id: 'app-id_1.2:3',
      note: '\ud800 lone \u0000 nul </script> \\ \n\r\n',
      tags: [],
    };
    const r = parseBackup(createBackup([], [odd], F.EXPORTED_AT));
    expect(r).toStrictEqual({ ok: true, notices: [], annotations: [odd], trash: [], versions: [], readAsNotice: [] });
    expect(parseBackup(createBackup([], [], F.EXPORTED_AT))).toStrictEqual({ ok: true, notices: [], annotations: [], trash: [], versions: [], readAsNotice: [] });
  });

  it('refuses a time more than a day in the future, naming the field, and accepts clock skew within a day', () => {
    const now = Date.parse('2024-05-06T00:00:00.000Z');
    const base = { ...F.hostileAnnotations[0]!, id: 'skew-1' };
    const skewed = { ...base, modified: '2024-05-06T23:59:59.000Z' };
    expect(parseBackup(createBackup([], [skewed], F.EXPORTED_AT), {}, now)).toStrictEqual({ ok: true, notices: [], annotations: [skewed], trash: [], versions: [], readAsNotice: [] });
    const ahead = parseBackup(createBackup([], [{ ...base, modified: '2024-05-07T00:00:01.000Z' }], F.EXPORTED_AT), {}, now);
    expect(ahead.ok ? null : ahead.error).toMatchObject({ code: 'future-date', path: 'items[0].modified', index: 0 });
    expect(ahead.ok ? '' : backupErrorText('en', ahead.error)).toBe('A time in the future (more than a day after now): 2024-05-07T00:00:01.000Z in annotation #1 (items[0].modified).');
    const notice = { ...F.sampleNotice, lastSeen: '2025-01-01T00:00:00.000Z' };
    const late = parseBackup(createBackup([notice], [], F.EXPORTED_AT), {}, now);
    expect(late.ok ? '' : backupErrorText('zh', late.error)).toBe('第 1 个公文记录（notices[0].lastSeen）：时间在未来（比现在晚一天以上）：2025-01-01T00:00:00.000Z');
  });

  it("refuses an id that breaks the store's id rule, naming the field", () => {
    const odd: Annotation = { ...F.hostileAnnotations[0]!, id: 'weird id \u2028 "quoted" 🎉' };
    const r = parseBackup(createBackup([], [odd], F.EXPORTED_AT));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'bad-id', index: 0, path: 'items[0].noticeLens.id' });
    expect(backupErrorText('en', r.error)).toMatch(/^Not a valid id .* in annotation #1 \(items\[0\]\.noticeLens\.id\)\.$/);
  });

  it('accepts a file with a byte-order mark', () => {
    const r = parseBackup(`\ufeff${createBackup(notices, annotations, F.EXPORTED_AT)}`);
    expect(r.ok).toBe(true);
  });
});
