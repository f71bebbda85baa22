/**
 * A revised visit (issue 16): the visit's body is recorded as a version; when it differs from the previous
 * stored version, what was inserted or changed is marked in the page (utils/dom/change-marks.ts) and the
 * panel is told what to say. Runs before the reader's highlights are placed: both wrap text nodes through the
 * one text index, which stays valid, so they nest.
 */
import { nodesWithin, type TextIndex } from '../dom/text-index';
import type { PageAnalysis } from '../page/analyze';
import { markChanges, markRevised, showChangeMarks } from '../dom/change-marks';
import { bodyChanges } from '../revisions/diff';
import type { NoticeVersion, RevisionSummary } from '../revisions/model';
import type { PageStoreApi } from '../store/api';

/** What the panel gets of a revised visit. */
export interface Revision {
  summary: RevisionSummary;
  /** Shows or hides the change marks in the page. */
  showMarks: (show: boolean) => void;
}

/**
 * The version each notice of this document was compared with. The store answers "not revised" the second
 * time it is sent the same body (it is the newest version by then), but a new analysis of the same document
 * (late content, utils/app/controller.ts) must show the same marks again.
 */
/** How long the visit waits for the store's answer before it shows the panel without change marks. */
const ANSWER_WAIT_MS = 4000;

const comparedWith = new WeakMap<Document, Map<string, NoticeVersion>>();

/**
 * The part of the analysed text that is the notice's body. Where the duplicate search widened the scope to
 * hold both copies, the title, the info line with its view counter and 上一篇/下一篇 are in the index too, and
 * are chrome, not body: then the visible copy (`kept`), else the content root's part; else all of it.
 */
export function bodyRange(index: TextIndex, body: Element | undefined, kept?: { start: number; end: number }): { from: number; to: number } {
  if (kept && kept.end <= index.text.length) return { from: kept.start, to: kept.end };
  const within = body && body !== index.root ? nodesWithin(index, body) : null;
  return within ? { from: within.from, to: within.to } : { from: 0, to: index.text.length };
}

/**
 * Records the notice's body (after `ready`: the visit's facts, so a notice the reader keeps every visit of
 * is stored first) and marks the page when it was revised. Null when it was not, or when the store could not
 * be asked (a visit never fails for it).
 */
export async function revisedVisit(
  doc: Document,
  store: PageStoreApi,
  analysis: Pick<PageAnalysis, 'body' | 'duplicate'> & { index: TextIndex },
  ready: Promise<unknown>,
): Promise<Revision | null> {
  const { index } = analysis;
  const { from, to } = bodyRange(index, analysis.body, analysis.duplicate?.kept);
  const text = index.text.slice(from, to);
  await ready.catch(() => {});
  // The panel waits for this answer, so it does not wait long: a store that has not answered in time (a worker
  // starting slowly) costs this visit its change marks, never its panel.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answered = await Promise.race([
    store.recordVisit(text).catch(() => null),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ANSWER_WAIT_MS))),
  ]);
  clearTimeout(timer);
  const shown = comparedWith.get(doc) ?? new Map<string, NoticeVersion>();
  comparedWith.set(doc, shown);
  if (answered) shown.set(store.page, answered);
  const previous = answered ?? shown.get(store.page);
  if (!previous) return null;
  const changes = bodyChanges(previous.text, text);
  if (!changes.inserted.length && !changes.changed.length && !changes.deleted.length) return null;
  const shift = <R extends { start: number; end: number }>(r: R): R => ({ ...r, start: r.start + from, end: r.end + from });
  markChanges(index, { inserted: changes.inserted.map(shift), changed: changes.changed.map(shift) });
  markRevised(doc, previous.savedAt);
  return {
    summary: { since: previous.savedAt, inserted: changes.inserted.length, changed: changes.changed.length, deleted: changes.deleted.map((d) => d.text), replaced: changes.changed.map((c) => c.before) },
    showMarks: (show) => showChangeMarks(doc, show),
  };
}
