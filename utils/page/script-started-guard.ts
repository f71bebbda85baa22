import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's ContentScriptContext stops an older copy of a content script when a newer
 * one starts: the newer one dispatches a CustomEvent named
 * `<extension id>:<entrypoint>:wxt:content-script-started` on the document, and
 * every older one that hears it removes itself (and with it our UI). Any page
 * script can dispatch that event too (the extension id is no secret), so on its
 * own it would let a page remove Notice Lens at will.
 *
 * This guard hears the announcement first (window, capture phase), keeps it from
 * WXT's own listener, and decides with what a page cannot touch: the content
 * scripts' own JavaScript world. Every copy of the script registers itself there
 * as it starts; an announcement counts only when a newer copy did so. A copy left
 * behind by an extension update or reload has lost its extension context
 * (`ctx.isInvalid`), and stops whoever announced it.
 *
 * WXT's location-change signal (`…:wxt:locationchange`, dispatched on window) is
 * guarded the same way: only the event object WXT made in our world counts.
 */
export function guardScriptStarted(ctx: ContentScriptContext, win: Window = window): () => void {
  const registry = globalThis as { __noticeLensNewest?: object };
  const self = {};
  registry.__noticeLensNewest = self;
  const started = scriptStartedEventName();
  const locationChange = started.replace(/wxt:content-script-started$/, 'wxt:locationchange');

  const onStarted = (event: Event) => {
    // Not stopImmediatePropagation: an older copy's guard on this window must hear it too.
    event.stopPropagation();
    // The announcing copy registers itself in its first synchronous step, after its constructor announced it.
    setTimeout(() => {
      if (ctx.isInvalid) return; // orphaned by an extension reload: WXT has just stopped this copy
      if (registry.__noticeLensNewest !== self) ctx.notifyInvalidated();
    }, 0);
  };
  const onLocationChange = (event: Event) => {
    // WXT's own event carries `newUrl` in our world; an event a page script made has no such property here.
    if (!(event as { newUrl?: unknown }).newUrl) event.stopImmediatePropagation();
  };
  win.addEventListener(started, onStarted, { capture: true });
  win.addEventListener(locationChange, onLocationChange, { capture: true });
  const stop = () => {
    win.removeEventListener(started, onStarted, { capture: true });
    win.removeEventListener(locationChange, onLocationChange, { capture: true });
  };
  ctx.onInvalidated(stop);
  return stop;
}

/** The document event WXT's ContentScriptContext announces a new copy with (a private static in WXT 0.21). */
export function scriptStartedEventName(): string {
  return (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
}
