/**
 * Where letters and decrees written outside the 公文 format state their date and sender: a Japanese ministry's 通知
 * (number, date, addressee, sender, each on its line), a Japanese 告示 signed with the date then its maker, and an
 * English translation of a decree signed by its head, then dated. own-facts.ts asks them after the 公文's own places.
 */
import type { FactLine } from './lines';
import { normalizeDate } from '../text/notice-meta';
import { englishSignedDate, isLetterNumber } from '../text/document-marks';

/** A line without its white space, ideographic spaces included: 令和６年 ５月１０日 reads as one date. */
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** An English translation of a decree is signed by its head, then dated: 「Mayor Yin Yong」 / 「September 12, 2024」. */
export function signedByHeadEnglish(lines: FactLine[]): string {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^(?:Mayor|Governor|Premier|Minister|Chairman|Chairwoman|Director)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$/.test(lines[i]!.text.trim())) continue;
    const date = englishSignedDate(lines[i + 1]!.text);
    if (date) return date;
  }
  return '';
}

/** A Japanese era date and nothing else on the line: 令和6年5月10日, 令和六年三月二十二日. */
const ERA_DATE_LINE = /^(?:令和|平成)[\d０-９元一二三四五六七八九十]{1,3}年[\d０-９一二三四五六七八九十]{1,3}月[\d０-９一二三四五六七八九十]{1,3}日$/;
/** The addressee of a Japanese letter: 各都道府県知事 殿, 関係団体 御中, 関係各位. */
const ADDRESSEE = /(?:殿|御中|各位)$/;
/** Who sends it: an office's head (局長, 課長, 大臣, 長官, 知事) or the office (環境省, 消費者庁). */
const SENDER = /^[\u4e00-\u9fa5・ァ-ヶ]{2,40}(?:大臣|[长長]官|[长長]|知事|省|[厅庁]|局|[课課])$/;

/**
 * A Japanese ministry's 通知 opens with its number, the date, the addressee and the sender, each on its line
 * (環循適発第2405101号 / 令和6年5月10日 / 各都道府県 廃棄物行政主管部（局）長 殿 / 環境省…推進課長): the date is
 * the one beside the number, the issuer the line after the addressee.
 */
export function japaneseHead(head: FactLine[]): { issuer: string; written: string } {
  let issuer = '';
  let written = '';
  for (let i = 0; i < head.length; i++) {
    const t = squash(head[i]!.text);
    if (!written && isLetterNumber(t)) {
      const beside = [head[i + 1], head[i - 1]].find((l) => l && ERA_DATE_LINE.test(squash(l.text)));
      if (beside) written = normalizeDate(beside.text);
    }
    if (!issuer && ADDRESSEE.test(t)) {
      const next = squash(head[i + 1]?.text ?? '');
      if (SENDER.test(next)) issuer = next;
    }
  }
  return { issuer, written };
}

/** A Japanese 告示 or 省令 is signed with the date, then its maker's title and name: 令和六年三月二十二日 / 国土交通大臣 斉藤 鉄夫. */
export function datedSigner(lines: FactLine[]): { issuer: string; written: string } | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!ERA_DATE_LINE.test(squash(lines[i]!.text))) continue;
    const m = /^([\u4e00-\u9fa5]{2,20}(?:大臣|[长長]官|知事))[\s\u3000]+[\u4e00-\u9fa5]{1,4}(?:[\s\u3000]?[\u4e00-\u9fa5]{1,4})?$/.exec(lines[i + 1]!.text.trim());
    if (m) return { issuer: m[1]!, written: normalizeDate(lines[i]!.text) };
  }
  return null;
}
