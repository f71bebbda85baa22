// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { noteEditorApi } from '../../utils/app/note-api';
import { noticeFile } from '../../utils/app/notice-file';
import { toInput } from '../../utils/store/api';
import { memoryStore } from './helpers/memory-store';

const PAGE = 'https://www.gov.cn/zhengce/content/2025-01/02/content_1.htm';
const quote = { type: 'TextQuoteSelector' as const, exact: '督促检查', prefix: '', suffix: '' };

describe('the note editor\'s backend (side panel and note frame)', () => {
  it('saves the note and tags over what is stored now, keeping a colour the page changed meanwhile', async () => {
    const side = memoryStore().extension();
    await side.saveAnnotation({ id: 'a-1', page: PAGE, kind: 'highlight', tags: [], color: 'yellow', note: '', selectors: [quote] });
    const close = vi.fn();
    const api = noteEditorApi(side, PAGE, 'a-1', close);
    const loaded = (await api.load())!;
    expect(loaded).toMatchObject({ id: 'a-1', color: 'yellow', note: '' });
    // The reader recolours the highlight in the page while the editor is open.
    await side.saveAnnotation(toInput(loaded, { color: 'pink' }));
    await api.save({ ...toInput(loaded), note: '要点', tags: ['督查'] });
    expect(await side.getAnnotation(PAGE, 'a-1')).toMatchObject({ note: '要点', tags: ['督查'], color: 'pink' });
    api.close();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('loads nothing for an annotation that is not there, and refuses to save it', async () => {
    const api = noteEditorApi(memoryStore().extension(), PAGE, 'gone', () => {});
    expect(await api.load()).toBeNull();
    await expect(api.save({ id: 'gone', page: PAGE, kind: 'highlight', tags: [], selectors: [quote], note: 'x' })).rejects.toThrow('gone');
  });
});

describe('one notice\'s export file', () => {
  it('names the file after the notice and renders its Markdown', () => {
    const notice = { page: PAGE, title: '关于加强督促检查的通知', site: 'www.gov.cn', source: '', published: '2025-01-02', docNumber: '', directives: [], firstSeen: '2025-01-02T08:00:00.000Z', lastSeen: '2025-01-02T08:00:00.000Z' };
    const file = noticeFile({ notice, annotations: [] }, 'zh', new Date('2025-03-01T08:00:00.000Z'));
    expect(file.name).toBe('关于加强督促检查的通知.md');
    expect(file.markdown).toContain('# 关于加强督促检查的通知');
    expect(file.markdown).toContain('2025-03-01T08:00:00.000Z');
  });
});
