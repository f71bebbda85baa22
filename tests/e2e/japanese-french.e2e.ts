import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './browser-setup';
import { openAnalyzed } from '../tools/browser';
import { blockText, parseText } from '../fixtures/corpus/templates/body';
import { CORPUS, readLabels } from '../eval/observe';
import { closedUi } from './closed-root';

// Notice Lens runs on go.jp and gouv.fr by default. A Japanese ministry's 通知 (環境省, its body printed twice in
// two sibling containers) numbers 1 > (1) > ① under 記; a préfet's arrêté numbers its articles 「Article 1er –
// Objet」. Neither page was taken for a notice before the Japanese and French rules (docs/decisions.md).
const env = useChromium();
const labels = readLabels();

/** Written out by hand from each page: marker, level, first words. */
const JAPANESE: [ordinal: string, level: number, starts: string][] = [
  ['1', 1, '1災害廃棄物処理計画の点検'], ['(1)', 2, '(1)処理計画の策定状況'], ['①', 3, '①処理計画が未策定'], ['②', 3, '②策定済みの市町村'],
  ['(2)', 2, '(2)仮置場候補地の選定'], ['2', 1, '2発災時の初動対応'], ['(1)', 2, '(1)被災市町村は'], ['(2)', 2, '(2)仮置場の設置'],
  ['①', 3, '①搬入物を分別区分'], ['②', 3, '②畳や木くず'], ['③', 3, '③石綿を含有'], ['(3)', 2, '(3)生活ごみ及びし尿'],
  ['3', 1, '3広域的な支援体制'], ['(1)', 2, '(1)都道府県は'], ['(2)', 2, '(2)大規模災害時'], ['4', 1, '4災害等廃棄物処理事業費'], ['5', 1, '5報告'],
];
const FRENCH: [ordinal: string, level: number, starts: string][] = [
  ['Article 1er', 1, 'Article1er–Objet'], ['Article 2', 1, 'Article2–Niveaux'], ['1.', 2, '1.Alerterenforcée'], ['2.', 2, '2.Alertesurla'],
  ['3.', 2, '3.Vigilancesur'], ['Article 3', 1, 'Article3–Mesures'], ['1.', 2, '1.lesirrigants'], ['2.', 2, '2.lesautres'],
  ['Article 4', 1, 'Article4–Dérogations'], ['Article 5', 1, 'Article5–Durée'], ['Article 6', 1, 'Article6–Sanctions'], ['Article 7', 1, 'Article7–Exécution'],
];

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe.each([
  ['a Japanese ministry’s 通知, printed twice', 'jp-env-disaster-waste-notice', JAPANESE],
  ['a French préfet’s arrêté', 'fr-gironde-arrete-secheresse', FRENCH],
] as const)('%s', (_name, id, expected) => {
  const label = labels.find((l) => l.id === id)!;
  let page: Page;
  beforeAll(async () => {
    page = await openAnalyzed(env.browser.context, env.server.url(label.host, `corpus/${label.file}`));
  });

  it('is taken for a notice and shows its body once', async () => {
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('notice');
    const body = fold(parseText(readFileSync(join(CORPUS, label.text!), 'utf8')).map(blockText).join(''));
    expect(body.length).toBeGreaterThan(600);
    const shown = fold(await page.evaluate(() => document.body.innerText));
    // Past the heading, which a French page also prints as its download link's name.
    expect(shown.split(body.slice(120, 160)).length - 1, "the body's opening is on screen once").toBe(1);
    expect(shown.split(body.slice(-30)).length - 1, 'and ends once').toBe(1);
  });

  it('marks each directive with its ordinal and level', async () => {
    const marks = await page.$$eval('[data-nl-directive]', (els) =>
      els.map((el) => ({ ordinal: el.getAttribute('data-nl-ordinal'), level: Number(el.getAttribute('data-nl-level')), text: el.textContent ?? '', shown: (el as HTMLElement).offsetParent !== null })),
    );
    expect(marks.map((m) => [m.ordinal, m.level])).toEqual(expected.map(([o, l]) => [o, l]));
    marks.forEach((m, i) => {
      expect(fold(m.text).startsWith(fold(expected[i]![2])), `${m.text} starts with ${expected[i]![2]}`).toBe(true);
      expect(m.shown).toBe(true);
    });
  });

  it('outlines them in the panel, nested', async () => {
    const ui = closedUi(page);
    expect(await ui.count('[data-nl-outline-item]')).toBe(expected.length);
    for (const i of [0, 1, 2, expected.length - 1]) {
      const row = await ui.evaluate('[data-nl-outline-item]', (el) => ({ text: (el as HTMLElement).innerText, depth: Number(el.getAttribute('aria-level')) }), undefined, i);
      expect(row.depth).toBe(expected[i]![1]);
      expect(fold(row.text)).toContain(fold(expected[i]![2]).slice(0, 8));
    }
  });
});
