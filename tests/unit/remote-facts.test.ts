/**
 * A notice's facts read by the background (utils/analysis/): the page sends its title area's lines as plain data
 * (utils/dom/facts-input.ts), the worker reads the facts with the same rules, and whatever the background does
 * (no answer, a wrong answer, a forged request) the page still gets the facts it would have read itself.
 */
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { renderCorpus } from '../fixtures/corpus/build';
import { findContentRoot } from '../../utils/dom/content-root';
import { extractSignals, type FactsSource } from '../../utils/dom/signals';
import { readNoticeFacts } from './helpers/notice-facts';
import { readFacts } from '../../utils/facts/read-facts';
import { factsInputOf } from '../../utils/dom/facts-input';
import { answerAnalysisMessage } from '../../utils/analysis/background-analysis';
import { FACTS_TIMEOUT_MS, remoteFactsReader } from '../../utils/analysis/remote-facts';
import { isFactsInput, READ_FACTS, readFactsReply } from '../../utils/analysis/protocol';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const parserWindow = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
});

function sourceOf(html: string, url = 'https://www.xa.gov.cn/gk/notice.html'): FactsSource {
  const doc = new parserWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  Object.defineProperty(doc, 'location', { value: new URL(url) });
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  return extractSignals(doc, findContentRoot(doc)).factsSource;
}

/** The background's own handler, called as the runtime would call it, the request structured-cloned as it crosses. */
function background(): (message: unknown) => Promise<unknown> {
  return (message) =>
    new Promise((resolve) => {
      const answered = answerAnalysisMessage(structuredClone(message), { id: 'ext', tab: {} }, 'ext', resolve);
      if (!answered) resolve(undefined);
    });
}

const SAMPLE = readFileSync(join(import.meta.dirname, '../fixtures/pages/sample-notice.html'), 'utf8');

describe("a notice's facts read by the background", () => {
  it('the sample notice: its lines are sent once and the answer is the facts the page reads itself', async () => {
    const source = sourceOf(SAMPLE);
    const send = vi.fn(background());
    const facts = await remoteFactsReader(send)(source);
    expect(send).toHaveBeenCalledTimes(1);
    expect((send.mock.calls[0]![0] as { type: string }).type).toBe(READ_FACTS);
    expect(facts.title).toBe('市工信委召开全体干部大会 安排部署下阶段重点工作');
    expect(facts.published).toBe('2018-09-05');
    expect(facts.source).toBe('市工信委');
    expect(facts).toEqual(readNoticeFacts(sourceOf(SAMPLE)));
  });

  // What crosses to the worker loses nothing: on every corpus page (both splits: this is code, not tuning), the
  // facts read from the plain data after a structured clone are the facts read in the page.
  it('gives the same facts as the page on every corpus page', () => {
    const { pages } = renderCorpus();
    let compared = 0;
    let withTitle = 0;
    for (const [file, html] of pages) {
      if (!file.endsWith('.html')) continue;
      const source = sourceOf(html, `https://www.gov.cn/${file}`);
      const input = structuredClone(factsInputOf(source));
      expect(isFactsInput(input), file).toBe(true);
      const remote = readFacts(input);
      expect(remote, file).toEqual(readNoticeFacts(source));
      compared++;
      if (remote.title) withTitle++;
    }
    expect(compared).toBeGreaterThan(300);
    expect(withTitle).toBeGreaterThan(300);
  });

  it("a framed notice's shell crosses too, and fills the facts its frame lacks", () => {
    const framed = sourceOf('<html><head><title></title></head><body><div id="zoom"><p>各区县人民政府：现就做好防汛工作有关事项通知如下，请认真贯彻落实，确保安全度汛。</p><p>一要加强领导。二要落实责任。</p></div></body></html>');
    const shell = sourceOf(SAMPLE);
    const input = structuredClone(factsInputOf({ ...framed, shell }));
    expect(isFactsInput(input)).toBe(true);
    const facts = readFacts(input);
    expect(facts.title).toBe('市工信委召开全体干部大会 安排部署下阶段重点工作');
    expect(facts.published).toBe('2018-09-05');
  });

  it('says where the facts were read, in the public notice-lens:facts measure', async () => {
    const perf = (): Performance & { where: () => unknown[] } => {
      const measured: unknown[] = [];
      return {
        now: () => 0,
        measure: (name: string, options: { detail?: string }) => void measured.push([name, options.detail]),
        where: () => measured,
      } as unknown as Performance & { where: () => unknown[] };
    };
    const answered = perf();
    await remoteFactsReader(background(), undefined, answered)(sourceOf(SAMPLE));
    expect(answered.where()).toEqual([['notice-lens:facts', 'background']]);
    const refused = perf();
    await remoteFactsReader(async () => undefined, undefined, refused)(sourceOf(SAMPLE));
    expect(refused.where()).toEqual([['notice-lens:facts', 'page']]);
  });

  it('no answer in time: the page reads the facts itself', async () => {
    vi.useFakeTimers();
    try {
      const pending = remoteFactsReader(() => new Promise(() => {}))(sourceOf(SAMPLE));
      await vi.advanceTimersByTimeAsync(FACTS_TIMEOUT_MS);
      expect((await pending).title).toBe('市工信委召开全体干部大会 安排部署下阶段重点工作');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed or malformed answer: the page reads the facts itself', async () => {
    const title = '市工信委召开全体干部大会 安排部署下阶段重点工作';
    expect((await remoteFactsReader(() => Promise.reject(new Error('worker gone')))(sourceOf(SAMPLE))).title).toBe(title);
    expect((await remoteFactsReader(async () => ({ facts: null }))(sourceOf(SAMPLE))).title).toBe(title);
    const wrong = { facts: { title: 42, site: '', source: '', published: '', docNumber: '', issuer: '', written: '' } };
    expect(readFactsReply(wrong)).toBeNull();
    expect((await remoteFactsReader(async () => wrong)(sourceOf(SAMPLE))).title).toBe(title);
  });

  it('the background reads only well-formed requests from its own content scripts', () => {
    const input = factsInputOf(sourceOf(SAMPLE));
    const reply = vi.fn();
    expect(answerAnalysisMessage({ type: READ_FACTS, input }, { id: 'other-extension' }, 'ext', reply)).toBe(false);
    const forged = [
      { ...input, area: { ...input.area, body: [{ text: 1, written: '', chars: 0, links: 0, cell: false, block: 1 }] } },
      { ...input, area: undefined },
      { ...input, meta: ['not', 'a', 'record'] },
      { ...input, info: Array.from({ length: 5_000 }, () => '发布时间：2024-05-20') },
      { ...input, shell: { ...input, shell: input } },
    ];
    for (const bad of forged) expect(answerAnalysisMessage({ type: READ_FACTS, input: bad }, { id: 'ext' }, 'ext', reply)).toBe(false);
    expect(reply).not.toHaveBeenCalled();
    expect(answerAnalysisMessage({ type: READ_FACTS, input }, { id: 'ext' }, 'ext', reply)).toBe(true);
    expect(reply).toHaveBeenCalledTimes(1);
    expect((reply.mock.calls[0]![0] as { facts: { title: string } }).facts.title).toBe('市工信委召开全体干部大会 安排部署下阶段重点工作');
  });
});
