/**
 * Where the in-page panel starts and how the page makes room for it: utils/page/panel-placement.ts (pure),
 * the dock in the reader settings, the highlights' reading order for the keyboard command, and the page margin.
 */
import { describe, expect, it } from 'vitest';
import { NARROW_VIEWPORT_PX, otherDock, pageIsHeavy, panelStartsOpen, textFitsBesidePanel } from '../../utils/page/panel-placement';
import { parseReaderSettings, readReaderSettings, writeReaderSettings, type SettingsStorage } from '../../utils/reader-settings';
import { highlightsInReadingOrder, nextHighlight } from '../../utils/dom/highlight-order';
import { PANEL_DOCK_ATTR, makeRoomForPanel } from '../../utils/page/page-style';
import { installPageStyle } from '../../utils/page/page-stylesheet';

function memory(): SettingsStorage {
  const data: Record<string, unknown> = {};
  return { get: async (k) => (k in data ? { [k]: data[k] } : {}), set: async (items) => void Object.assign(data, items) };
}

describe('where the panel starts', () => {
  it('is open in a wide window unless the reader collapsed it', () => {
    expect(NARROW_VIEWPORT_PX).toBe(1200);
    expect(panelStartsOpen({ collapsed: false, viewportWidth: 1280, choiceOnThisPage: null })).toBe(true);
    expect(panelStartsOpen({ collapsed: false, viewportWidth: 1200, choiceOnThisPage: null })).toBe(true);
    expect(panelStartsOpen({ collapsed: true, viewportWidth: 1920, choiceOnThisPage: null })).toBe(false);
  });

  it('is collapsed under 1200 px, unless the reader opened it on this page', () => {
    expect(panelStartsOpen({ collapsed: false, viewportWidth: 1199, choiceOnThisPage: null })).toBe(false);
    expect(panelStartsOpen({ collapsed: false, viewportWidth: 1024, choiceOnThisPage: true })).toBe(true);
    // The reader's last word on this page wins both ways.
    expect(panelStartsOpen({ collapsed: true, viewportWidth: 1024, choiceOnThisPage: true })).toBe(true);
    expect(panelStartsOpen({ collapsed: false, viewportWidth: 1920, choiceOnThisPage: false })).toBe(false);
  });

  it('is collapsed on a page heavy to lay out again (its margin would be a long task), unless the reader opened it', () => {
    expect(pageIsHeavy(200_264, 2_000)).toBe(true);
    expect(pageIsHeavy(1_457, 200_012)).toBe(true);
    expect(pageIsHeavy(263, 1_950)).toBe(false);
    expect(pageIsHeavy(20_000, 100_000)).toBe(false);
    expect(panelStartsOpen({ collapsed: false, viewportWidth: 1280, choiceOnThisPage: null, heavyLayout: true })).toBe(false);
    expect(panelStartsOpen({ collapsed: false, viewportWidth: 1280, choiceOnThisPage: true, heavyLayout: true })).toBe(true);
    expect(panelStartsOpen({ collapsed: false, viewportWidth: 1280, choiceOnThisPage: null, heavyLayout: false })).toBe(true);
  });

  it("keeps open where the body's text lies in view beside it, and not where a fixed-width layout runs under it", () => {
    // The sample's centred 1060 px column: its text at 30–1030 px once the page gave 320 px to a right panel.
    expect(textFitsBesidePanel({ left: 30, right: 1030 }, 1280, 'right')).toBe(false);
    expect(textFitsBesidePanel({ left: 30, right: 1030 }, 1536, 'right')).toBe(true);
    // Docked left, the column starts after the panel and its end runs past the window's right edge.
    expect(textFitsBesidePanel({ left: 350, right: 1350 }, 1280, 'left')).toBe(false);
    expect(textFitsBesidePanel({ left: 398, right: 1398 }, 1536, 'left')).toBe(true);
    // A fluid column narrowed to the room left fits, to the last device pixel (rounding of the text's box).
    expect(textFitsBesidePanel({ left: 30, right: 930 }, 1280, 'right')).toBe(true);
    expect(textFitsBesidePanel({ left: 30, right: 961.5 }, 1280, 'right')).toBe(true);
    expect(textFitsBesidePanel({ left: 30, right: 965 }, 1280, 'right')).toBe(false);
    expect(textFitsBesidePanel({ left: 318.5, right: 1200 }, 1280, 'left')).toBe(true);
    expect(textFitsBesidePanel({ left: 300, right: 1200 }, 1280, 'left')).toBe(false);
  });

  it('moves to the other side with the dock button', () => {
    expect(otherDock('right')).toBe('left');
    expect(otherDock('left')).toBe('right');
  });
});

describe('panelDock in the reader settings', () => {
  it('is right by default, remembered as left, and leaves the other settings alone', async () => {
    const storage = memory();
    expect((await readReaderSettings(storage)).panelDock).toBe('right');
    await writeReaderSettings(storage, { panelCollapsed: true, colorMeanings: { blue: '疑问' } });
    await writeReaderSettings(storage, { panelDock: 'left' });
    expect(await readReaderSettings(storage)).toEqual({ rememberOpened: false, colorMeanings: { blue: '疑问' }, panelCollapsed: true, panelDock: 'left', reading: { on: false, fontPx: 18, width: 'medium' } });
  });

  it('takes only right or left', () => {
    expect(parseReaderSettings({ panelDock: 'left' }).panelDock).toBe('left');
    for (const v of ['top', 'LEFT', 1, null, {}]) expect(parseReaderSettings({ panelDock: v }).panelDock, String(v)).toBe('right');
  });
});

describe('the highlights in reading order', () => {
  const page = () => {
    document.body.innerHTML = `<div id="root">
      <p>甲<span data-nl-annotation="b2" data-nl-color="green">乙</span>丙
        <span data-nl-annotation="a1" data-nl-color="yellow">丁<span data-nl-annotation="c3" data-nl-color="pink">戊</span></span></p>
      <p><span data-nl-annotation="a1" data-nl-color="yellow">己</span><span data-nl-annotation="bad id!" data-nl-color="blue">庚</span></p>
    </div>`;
    return document.getElementById('root')!;
  };

  it('lists each highlight once, by its first mark, in document order, and skips ids a script made up', () => {
    const found = highlightsInReadingOrder(page());
    expect(found.map((h) => h.id)).toEqual(['b2', 'a1', 'c3']);
    expect(found.map((h) => h.mark.textContent)).toEqual(['乙', '丁戊', '戊']);
  });

  it('goes from the current one to the next, wrapping round, and starts at the first', () => {
    const root = page();
    expect(nextHighlight(root, null)?.id).toBe('b2');
    expect(nextHighlight(root, 'b2')?.id).toBe('a1');
    expect(nextHighlight(root, 'a1')?.id).toBe('c3');
    expect(nextHighlight(root, 'c3')?.id).toBe('b2');
    expect(nextHighlight(root, 'gone')?.id).toBe('b2');
    document.body.innerHTML = '<div id="empty"><p>没有划线</p></div>';
    expect(nextHighlight(document.getElementById('empty')!, null)).toBeNull();
  });
});

describe('the room the page makes for the docked panel', () => {
  it('puts the side on <html> for the page stylesheet, and takes it away when collapsed', () => {
    installPageStyle(document);
    const css = document.getElementById('notice-lens-page-style')!.textContent!;
    expect(css).toContain(`html[${PANEL_DOCK_ATTR}="right"] { margin-right: 320px !important;`);
    expect(css).toContain(`html[${PANEL_DOCK_ATTR}="left"] { margin-left: 320px !important;`);
    makeRoomForPanel(document, 'left');
    expect(document.documentElement.getAttribute('data-nl-panel')).toBe('left');
    makeRoomForPanel(document, 'right');
    expect(document.documentElement.getAttribute('data-nl-panel')).toBe('right');
    makeRoomForPanel(document, null);
    expect(document.documentElement.hasAttribute('data-nl-panel')).toBe(false);
  });
});
