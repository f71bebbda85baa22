import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { dropUntrustedInput, onlyTrusted } from '../../utils/dom/trusted-input';
import { keepMounted } from '../../utils/dom/keep-mounted';
import { guardScriptStarted, scriptStartedEventName } from '../../utils/page/script-started-guard';

// What a page script can do to the in-page UI, on happy-dom. A browser marks the reader's
// own input `isTrusted`; happy-dom has no trusted events, so the reader's are made here by
// setting the flag (the real-browser proof is tests/e2e/hostile-scripts.e2e.ts).
function readerEvent<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

describe('trusted input only', () => {
  it('a wrapped listener ignores a script-made event and runs for the reader\'s own', () => {
    const seen: string[] = [];
    const listener = onlyTrusted((e: Event) => seen.push(e.type));
    document.addEventListener('mouseup', listener);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(readerEvent(new MouseEvent('mouseup', { bubbles: true })));
    document.removeEventListener('mouseup', listener);
    expect(seen).toEqual(['mouseup']);
  });

  it('the guard on a shadow root stops every forged input before any control hears it', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    root.append(button);
    const heard: string[] = [];
    // Every input a control reacts to, written out: a forged one of any of these must not be heard.
    const inputs = [
      'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
      'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'submit', 'reset',
    ];
    for (const type of inputs) button.addEventListener(type, (e) => heard.push(`${e.type}${e.isTrusted ? ' (reader)' : ''}`));
    const stop = dropUntrustedInput(root);
    expect(inputs.length).toBe(16);
    for (const type of inputs) button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    button.click();
    expect(heard).toEqual([]);
    button.dispatchEvent(readerEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    button.dispatchEvent(readerEvent(new Event('change', { bubbles: true })));
    expect(heard).toEqual(['click (reader)', 'change (reader)']);
    // Without the guard, the same forged click would have pressed the button.
    stop();
    button.click();
    expect(heard).toEqual(['click (reader)', 'change (reader)', 'click']);
    host.remove();
  });
});

describe('a page that removes the UI', () => {
  it('gets it back, up to the budget, then the watch stops and says so', async () => {
    const host = document.createElement('notice-lens-ui');
    document.body.append(host);
    let remounts = 0;
    let next = () => {};
    const gaveUp = vi.fn();
    const stop = keepMounted(document, host, {
      wanted: () => true,
      remount: () => {
        remounts++;
        document.body.append(host);
        next();
      },
      onGiveUp: () => {
        gaveUp();
        next();
      },
      max: 2,
      windowMs: 60_000,
      now: () => 1000,
    });
    const removeAndWait = () => new Promise<void>((done) => {
      next = done;
      host.remove();
    });
    await removeAndWait();
    expect(host.isConnected).toBe(true);
    await removeAndWait();
    expect([remounts, host.isConnected]).toEqual([2, true]);
    await removeAndWait();
    expect([remounts, gaveUp.mock.calls.length, host.isConnected]).toEqual([2, 1, false]);
    stop();
  });

  it('is not put back while it is removed on purpose', async () => {
    const host = document.createElement('notice-lens-ui');
    const marker = document.createElement('i');
    document.body.append(host);
    let wanted = true;
    const remounted: string[] = [];
    let done = () => {};
    const stop = keepMounted(document, host, {
      wanted: () => wanted,
      remount: () => {
        remounted.push('host');
        document.body.append(host);
      },
    });
    // Removed on purpose, then a later mutation (our marker) comes through the same observer.
    wanted = false;
    host.remove();
    const observed = new Promise<void>((r) => (done = r));
    new MutationObserver(() => done()).observe(document.body, { childList: true });
    document.body.append(marker);
    await observed;
    expect([remounted, host.isConnected]).toEqual([[], false]);
    stop();
    marker.remove();
  });
});

describe('the framework\'s "newer content script started" announcement', () => {
  const announce = (messageId: string) =>
    document.dispatchEvent(new CustomEvent(scriptStartedEventName(), { detail: { contentScriptName: 'content', messageId } }));
  const tick = () => new Promise<void>((r) => setTimeout(r, 0));

  it('from a page script stops an unguarded copy (the attack), but not a guarded one', async () => {
    const unguarded = new ContentScriptContext('content');
    announce('forged');
    expect(unguarded.isValid).toBe(false);

    const guarded = new ContentScriptContext('content');
    guardScriptStarted(guarded);
    announce('forged');
    // The guard decides on the next task; this one is queued after it.
    await tick();
    expect(guarded.isValid).toBe(true);
    guarded.abort();
  });

  it('from a newer copy of our script stops the older one', async () => {
    const older = new ContentScriptContext('content');
    guardScriptStarted(older);
    const stopped = new Promise<void>((r) => older.onInvalidated(() => r()));
    const newer = new ContentScriptContext('content'); // announces itself in its constructor
    guardScriptStarted(newer);
    await stopped;
    await tick();
    expect([older.isValid, newer.isValid]).toEqual([false, true]);
    newer.abort();
  });

  it('a forged location change does not reach the listener; the framework\'s own does', () => {
    const ctx = new ContentScriptContext('content');
    guardScriptStarted(ctx);
    const heard: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', () => heard.push('change'));
    const name = scriptStartedEventName().replace(/wxt:content-script-started$/, 'wxt:locationchange');
    window.dispatchEvent(new Event(name));
    expect(heard).toEqual([]);
    window.dispatchEvent(Object.assign(new Event(name), { newUrl: new URL('https://www.gov.cn/b'), oldUrl: new URL('https://www.gov.cn/a') }));
    expect(heard).toEqual(['change']);
    ctx.abort();
  });
});
