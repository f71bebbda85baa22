import { unwrap } from '../dom/wrap-range';
import { clearChangeMarks } from '../dom/change-marks';
import { removeReadingView } from '../dom/reading-view';
import { PAGE_STYLE_ID, SHOW_DUPLICATE_ATTR } from './page-style';
import { READING_STYLE_ID } from './reading-style';

/**
 * Takes back everything an analysis put into the page (directive, marker and
 * highlight wrappers, duplicate marks, the page attributes), so the page can be
 * analysed again when its content changes under us (late scripts, SPA navigation).
 */
export function resetPage(doc: Document): void {
  unwrap(doc.querySelectorAll('[data-nl-annotation]'));
  clearChangeMarks(doc);
  unwrap(doc.querySelectorAll('[data-nl-marker]'));
  unwrap(doc.querySelectorAll('[data-nl-directive],[data-nl-directive-part]'));
  for (const el of Array.from(doc.querySelectorAll('[data-nl-duplicate]'))) {
    // A span we added where a copy began inside a text node goes; a page element keeps its place.
    if (el.tagName === 'SPAN' && el.attributes.length === 1) unwrap([el]);
    else el.removeAttribute('data-nl-duplicate');
  }
  // The next analysis may find another body; the reading view is put back on it from the reader's settings.
  removeReadingView(doc);
  doc.getElementById(PAGE_STYLE_ID)?.remove();
  doc.getElementById(READING_STYLE_ID)?.remove();
  const html = doc.documentElement;
  html.removeAttribute('data-notice-lens');
  html.removeAttribute(SHOW_DUPLICATE_ATTR);
}
