/**
 * A corpus page's HTML as the unit tests read it. Most pages are their file; a page whose own scripts write its body
 * (`Label.scripted`: after a timeout, from a fetch of `<id>.data.html`, by document.write) shows none of it to a
 * static parse, so its scripts are run here, once per test file, in a happy-dom window of its own at the page's
 * address (its fetch served the pages/ directory), and the tests read the document they leave. Chromium, in the eval
 * and the e2e corpus test, runs them as a visit does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { CORPUS_DIR, type Label } from '../../fixtures/corpus/build';

async function runPageScripts(l: Label): Promise<string> {
  const win = new Window({
    url: `http://${l.host}/corpus/${l.file}`,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      fetch: { virtualServers: [{ url: `http://${l.host}/corpus/pages/`, directory: join(CORPUS_DIR, 'pages') }] },
    },
  });
  win.document.write(readFileSync(join(CORPUS_DIR, l.file), 'utf8'));
  await win.happyDOM.waitUntilComplete();
  const html = `<!DOCTYPE html>\n${win.document.documentElement.outerHTML}`;
  await win.happyDOM.close();
  return html;
}

/** The HTML of every page in `labels`: rendered by its scripts where it is `scripted`, else read from its file. */
export async function corpusPages(labels: Label[]): Promise<Map<string, string>> {
  const scripted = new Map(await Promise.all(labels.filter((l) => l.scripted).map(async (l) => [l.id, await runPageScripts(l)] as const)));
  return new Map(labels.map((l) => [l.id, scripted.get(l.id) ?? readFileSync(join(CORPUS_DIR, l.file), 'utf8')]));
}
