/**
 * The task labels scored on the text the extension itself reads off each corpus page (happy-dom: detection,
 * duplicate hiding, the text index), not on the page's source text: CMS templates, Word spans, <br> bodies
 * and duplicated copies must not change a deadline or a lead. Written passages have no page and keep their text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, type Label } from '../fixtures/corpus/build';
import { framedBodies } from '../fixtures/corpus/templates/framed';
import { analyzePage } from '../../utils/page/analyze';
import { docText, scoreTasks, type TaskDoc } from '../eval/tasks';
import { TASK_THRESHOLDS } from '../eval/thresholds';

const labels = new Map((JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Label[]).map((l) => [l.id, l]));
const SETTINGS = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true };

/** The analysed body text of a corpus page (a framed page: of its largest framed document, the article). */
function pageText(doc: TaskDoc): string {
  const l = labels.get(doc.id);
  if (doc.origin === 'written' || !l) return docText(doc);
  const top = readFileSync(join(CORPUS_DIR, l.file), 'utf8');
  const framed = [...(l.frames ?? []).map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8')), ...framedBodies(top)];
  const html = framed.sort((a, b) => b.length - a.length)[0] ?? top;
  const win = new Window({ url: `https://${l.host}/${l.file}`, settings: SETTINGS });
  try {
    win.document.write(html);
    const text = analyzePage(win.document as unknown as Document, undefined).index?.text;
    if (!text) throw new Error(`${doc.id}: not analysed as a notice`);
    return text;
  } finally {
    void win.happyDOM.close();
  }
}

describe('task facts on the text the extension reads off the corpus pages', () => {
  it.each(['test', 'dev'] as const)('meet the thresholds on the %s split', (split) => {
    const s = scoreTasks(split, pageText);
    expect(s.problems).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(TASK_THRESHOLDS[split].precision);
    expect(s.recall).toBeGreaterThanOrEqual(TASK_THRESHOLDS[split].recall);
  });
});
