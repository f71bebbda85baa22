import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageApp } from '../../components/page/PageApp';
import { ColorMeaningsProvider, type FollowMeanings } from '../../components/page/color-meanings';
import { followColorMeanings, readReaderSettings, writeReaderSettings, type SettingsChanges, type SettingsStorage } from '../reader-settings';
import type { PageAnalysis } from '../page/analyze';
import { remoteFactsReader } from '../analysis/remote-facts';
import panelCss from '../../components/page/panel.css?inline';
import { jumpTo, makeRoomForPanel, showDuplicate } from '../page/page-style';
import { pageIsHeavy, panelStartsOpen, textFitsBesidePanel } from '../page/panel-placement';
import { textExtent } from '../dom/text-extent';
import { cycleHighlight } from './highlight-cycle';
import { timed } from '../page/timing';
import type { Translate } from '../i18n';
import { normalizeNoticeUrl, siteHost } from '../text/url';
import { PageSession } from '../session/page-session';
import { isOfficialHost } from '../official-domains';
import { OPEN_SIDE_PANEL } from '../tab-protocol';
import { wireReaderInput } from './reader-input';
import { claimPanel, frameWhere } from '../frames/frame-client';
import { dropUntrustedInput } from '../dom/trusted-input';
import { keepMounted } from '../dom/keep-mounted';
import type { PageStoreApi } from '../store/api';
import type { PageHooks } from '../../components/page/page-hooks';
import { followReadingPosition } from '../page/reading-position';
import { focusPassage } from '../dom/focus-passage';
import { elementForAnnotation } from './tab-messages';
import { extractVisitTasks, followTaskMarks } from './task-facts';
import { PageTasks } from '../../components/page/PageTasks';
import { localDay } from '../tasks/due';
import { revisedVisit } from './revision';
import { applyReadingView, keepingPlace } from '../dom/reading-view';
import { readingHead } from '../page/reading-head';
import { DEFAULT_READING_LOOK } from '../page/reading-look';

/** What a visit is given: the reader's language and the store of the notice's page. */
export interface VisitDeps {
  t: Translate;
  openStore: (page: string) => PageStoreApi;
}

export interface Visit {
  analysis: PageAnalysis;
  /** The notice's storage key ('' when the page is not a notice). */
  page: string;
  /** The annotation a library link asks to open at (`#notice-lens=ID` on this page, or on the shell page of a framed notice). */
  lensTarget: string | null;
  session: PageSession | null;
  /** Removes the UI and stops listening; the caller resets the page marks. */
  end: () => void;
  /** Opens the panel and puts the focus in its outline (the keyboard command). */
  focusPanel?: () => void;
  /** Focuses the next highlight in reading order and opens its menu (the keyboard command). */
  nextHighlight?: () => void;
}

/**
 * What the reader last did with the panel on this page (true: opened, false: collapsed), kept across the
 * page's analyses (late content mounts a new panel): a panel the reader opened in a narrow window stays open.
 */
let panelChoiceOnThisPage: boolean | null = null;

/** A notice's facts, read by the background (its answer checked) or, failing that, here. */
const readFactsWhereWarm = remoteFactsReader((message) => browser.runtime.sendMessage(message), undefined, performance);

/**
 * One analysis of the page as it is now: decide, mark, mount the panel, place the
 * reader's annotations. Pages that are not notices get only the attribute.
 */
export async function startVisit(ctx: ContentScriptContext, { t, openStore }: VisitDeps, analyse: (doc: Document) => PageAnalysis | Promise<PageAnalysis>): Promise<Visit> {
  // Big pages are analysed in slices that let the page breathe (utils/page/chunk.ts).
  const analysis = await analyse(document);
  const html = document.documentElement;
  if (!analysis.verdict.isNotice || !analysis.index) {
    html.setAttribute('data-notice-lens', 'none');
    return { analysis, page: '', lensTarget: null, session: null, end: () => {} };
  }
  // In a frame, the key is the frame's own page and the shell is the tab's page (utils/frames/).
  const where = await frameWhere(window);
  const store = openStore(where.page ?? normalizeNoticeUrl(location.href));
  const session = new PageSession(analysis.index, analysis.directives, store, analysis.duplicate?.chars ?? null);
  // Read once the marks are made, in the background where the rules' code stays warm (../analysis/remote-facts.ts);
  // the page reads them itself if the background does not answer in time.
  const factsRead = readFactsWhereWarm(analysis.factsSource);
  const tasksRead = factsRead.then((facts) => extractVisitTasks(analysis, facts.published));
  const saved = Promise.all([factsRead, tasksRead])
    .then(([facts, tasks]) =>
      store.saveNotice({ page: store.page, ...facts, ...(where.shell ? { shell: where.shell } : {}), directives: analysis.directives.map(({ ordinal, level, lead }) => ({ ordinal, level, lead })), tasks: tasks.stored }))
    .catch(() => {});

  // Who asked to be told when the reader wants the panel's focus (the keyboard command, tab-messages.ts).
  const focusHandlers = new Set<() => void>();
  const settings = browser.storage.local as SettingsStorage;
  // Read before the panel is drawn, so a narrow window or a remembered collapse never flashes an open panel.
  // The body recorded as a version and, if the notice was revised since the last one, its changes marked (issue 16).
  const [remembered, revision, facts, tasks] = await Promise.all([
    readReaderSettings(settings).catch(() => null), revisedVisit(document, store, { ...analysis, index: analysis.index }, saved), factsRead, tasksRead,
  ]);
  // One write at a time: two quick changes (dock, then collapse) must not undo each other.
  let writing: Promise<unknown> = Promise.resolve();
  // The reading view shows the body the analysis read, its duplicate already hidden (utils/dom/reading-view.ts).
  const readingRoot = analysis.index.root;
  const head = readingHead(facts, t);
  const look = remembered?.reading ?? DEFAULT_READING_LOOK;
  if (look.on) keepingPlace(readingRoot, () => applyReadingView(readingRoot, look, head));
  const hooks: PageHooks = {
    revision,
    followReading: (on) => followReadingPosition(window, analysis.directives.map((d) => d.element), on),
    focusPassage: (id) => {
      const el = elementForAnnotation({ analysis, session }, id);
      if (el) focusPassage(el);
    },
    onFocusPanel: (handler) => {
      focusHandlers.add(handler);
      return () => focusHandlers.delete(handler);
    },
    panelPlacement: {
      initial: {
        open: panelStartsOpen({ collapsed: remembered?.panelCollapsed ?? false, viewportWidth: window.innerWidth, choiceOnThisPage: panelChoiceOnThisPage,
          heavyLayout: pageIsHeavy(document.getElementsByTagName('*').length, analysis.index.text.length) }),
        dock: remembered?.panelDock ?? 'right',
      },
      write: ({ open, dock }) => {
        if (open !== undefined) panelChoiceOnThisPage = open;
        const change = { ...(open !== undefined ? { panelCollapsed: !open } : {}), ...(dock ? { panelDock: dock } : {}) };
        writing = writing.then(() => writeReaderSettings(settings, change)).catch(() => {});
      },
      makeRoom: (dock) => makeRoomForPanel(document, dock),
      fitsBeside: (dock) => {
        if (panelChoiceOnThisPage !== null) return true;
        // Read in the frame that lays the page out with the panel's margin anyway. The page area of the window
        // leaves out a classic scroll bar, as the panel's fixed column does.
        const extent = textExtent(analysis.body ?? readingRoot);
        return !extent || textFitsBesidePanel(extent, document.documentElement.clientWidth, dock);
      },
    },
    reading: {
      initial: look,
      set: (next) => {
        keepingPlace(readingRoot, () => applyReadingView(readingRoot, next, head));
        writing = writing.then(() => writeReaderSettings(settings, { reading: next })).catch(() => {});
      },
      print: () => window.print(),
    },
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'notice-lens-ui',
    // Closed: a page script cannot reach the controls through the host (README "Scoping model").
    mode: 'closed',
    css: panelCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(
        // The reader's named colours label the toolbar and menu, live as they are edited (utils/reader-settings.ts).
        <ColorMeaningsProvider follow={followMeanings}>
        <PageTasks session={session} extracted={tasks.extracted} today={localDay(new Date())}>
        <PageApp session={session} t={t}
          panelActions={{
            jump: (i) => {
              const el = analysis.directives[i]?.element;
              if (el) {
                jumpTo(el);
                // The reader continues from there: Tab, the arrow keys and Alt+Shift+N start at the directive.
                focusPassage(el);
              }
            },
            toggleDuplicate: (show) => showDuplicate(document, show),
            // No await before sending: Chrome opens the side panel only within the click's user gesture.
            openSidePanel: () => {
              void browser.runtime.sendMessage({ type: OPEN_SIDE_PANEL }).then(
                (r: { ok?: boolean } | undefined) => r?.ok || session.notify('use-sidebar'),
                () => session.notify('use-sidebar'),
              );
            },
          }}
          noteFrameUrl={isOfficialHost(location.hostname || (siteHost(store.page) ?? ''))
            ? (id, draft) => `${browser.runtime.getURL('/note-frame.html')}?id=${encodeURIComponent(id)}&page=${encodeURIComponent(store.page)}${draft ? `&new=${draft}` : ''}`
            : null}
          hooks={hooks} />
        </PageTasks>
        </ColorMeaningsProvider>,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  // One panel per tab: a framed notice shows it only while it holds the tab's claim.
  const stopClaim = claimPanel(window, (own) => (own ? ui.mount() : ui.remove()));
  // Only the reader's own input reaches the controls, whatever a script dispatches at them.
  const stopGuard = dropUntrustedInput(ui.shadow);
  // A page that removes the host gets it back (a bounded number of times).
  const stopKeeping = keepMounted(document, ui.shadowHost, {
    wanted: () => ui.mounted !== undefined,
    remount: () => (document.body ?? document.documentElement).append(ui.shadowHost),
    onGiveUp: () => console.warn('Notice Lens: this page keeps removing its panel; leaving it removed.'),
  });

  const stored = await session.fetch().catch(() => []);
  timed(performance, 'anchor', () => session.place(stored));
  const root = analysis.index.root;
  const stopInput = wireReaderInput(session, root, {
    origins: [new URL(browser.runtime.getURL('/')).origin, new URL(browser.runtime.getURL('/note-frame.html')).origin],
    window: () => ui.shadow.querySelector<HTMLIFrameElement>('.nl-note-frame iframe')?.contentWindow ?? null,
  });
  const stopChanges = store.subscribe(() => void session.onRemoteChange());
  const stopTaskMarks = followTaskMarks(analysis, session, tasks.extracted);
  html.setAttribute('data-notice-lens', 'notice');
  return {
    analysis,
    page: store.page,
    lensTarget: where.lensId,
    session,
    focusPanel: () => focusHandlers.forEach((h) => h()),
    nextHighlight: () => cycleHighlight(session, root),
    end: () => {
      stopClaim();
      stopKeeping();
      stopGuard();
      stopInput();
      stopChanges();
      stopTaskMarks();
      ui.remove();
    },
  };
}

const followMeanings: FollowMeanings = (on) =>
  followColorMeanings(browser.storage.local as SettingsStorage, browser.storage.onChanged as unknown as SettingsChanges, on);
