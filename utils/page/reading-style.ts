/**
 * The reading view's stylesheet, `<style id="notice-lens-reading-style">`, added by utils/dom/reading-view.ts when
 * the reader first turns the view on (the marks' sheet is ./page-stylesheet.ts), in the public attributes only
 * (utils/dom/reading-view.ts sets them), so a reader's user style can restyle it. Everything off the path to
 * the notice's body is hidden, never removed; the path is flattened to plain blocks (a CMS's fixed-width
 * columns, floats, tables used for layout and backgrounds would otherwise keep their shape around an empty
 * page); the body is set in one column at the reader's size. Print: the panel's margin never prints (our UI hides
 * itself: panel.css, as WXT's `:host { all: initial !important }` beats any page rule on the host);
 * in the reading view only the notice does.
 */
import { READING_FONT_STEPS, READING_WIDTHS } from './reading-look';
import { installStyleOnce } from './page-style';

export const READING_STYLE_ID = 'notice-lens-reading-style';

const R = 'html[data-nl-reading]';
const ROOT = '[data-nl-reading-root]';
const HEAD = '[data-nl-reading-head]';
const PATH = '[data-nl-reading-path]';

const flatten = 'display: block !important; position: static !important; float: none !important; box-sizing: border-box !important; ' +
  'width: auto !important; min-width: 0 !important; max-width: none !important; height: auto !important; min-height: 0 !important; ' +
  'margin: 0 !important; padding: 0 !important; border: 0 !important; background: none !important; box-shadow: none !important; ' +
  'transform: none !important; overflow: visible !important; columns: auto !important;';

const column = 'display: block !important; position: static !important; float: none !important; box-sizing: content-box !important; ' +
  'width: auto !important; min-width: 0 !important; height: auto !important; margin: 0 auto !important; padding: 0 24px !important; ' +
  'border: 0 !important; background: none !important; box-shadow: none !important; overflow: visible !important; color: CanvasText !important;';

const sizes = READING_FONT_STEPS.map((px) => `html[data-nl-reading-size="${px}"] :is(${ROOT}, ${HEAD}) { font-size: ${px}px !important; }`);
const widths = Object.entries(READING_WIDTHS).map(([name, em]) => `html[data-nl-reading-width="${name}"] :is(${ROOT}, ${HEAD}) { max-width: ${em}em !important; }`);

export const READING_CSS = `
${R}, ${R} body { background: Canvas !important; color: CanvasText !important; }
${R} ${PATH} { ${flatten} }
${R} ${PATH} > :not(${PATH}, ${ROOT}, ${HEAD}, notice-lens-ui) { display: none !important; }
${R} :is(${ROOT}, ${HEAD}) { ${column} }
${R} ${ROOT} { line-height: 1.9 !important; padding-bottom: 4em !important; }
${sizes.join('\n')}
${widths.join('\n')}
${R} ${ROOT} :not(h1, h2, h3, h4, h5, h6, sup, sub) { font-size: inherit !important; line-height: inherit !important; }
${R} ${ROOT} [data-nl-reading-blank] { display: none !important; }
${R} ${ROOT} p { margin-top: 0 !important; margin-bottom: .6em !important; }
${R} ${ROOT} :is(img, table, video) { max-width: 100% !important; height: auto !important; }
html:not([data-nl-reading]) ${HEAD} { display: none !important; }
${HEAD} > [data-nl-reading-text]::before { content: attr(data-nl-reading-text); }
${R} ${HEAD} { padding-top: 2em !important; }
${R} ${HEAD} > h1 { font-size: 1.45em !important; line-height: 1.45 !important; font-weight: 700 !important; text-align: center !important; margin: 0 0 .5em !important; color: inherit !important; }
${R} ${HEAD} > p { font-size: .8em !important; text-align: center !important; margin: 0 0 1.2em !important; padding-bottom: 1em !important;
  border-bottom: 1px solid rgba(128,128,128,.4) !important; opacity: .8; color: inherit !important; }
@media print {
${R} :is(${ROOT}, ${HEAD}) { max-width: none !important; padding-left: 0 !important; padding-right: 0 !important; }
}
`;

export function installReadingStyle(doc: Document): void {
  installStyleOnce(doc, READING_STYLE_ID, READING_CSS);
}
