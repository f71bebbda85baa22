/**
 * Reading a notice's facts from short strings found on its page (meta tags, the
 * 发布时间/来源 line, the 发文字号 table). Pure: the DOM layer finds the strings.
 */

const DATE = /((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?/;

/** YYYY-MM-DD from the first date in `s`, or '' when there is none. */
export function normalizeDate(s: string): string {
  const m = DATE.exec(s);
  if (!m) return '';
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return '';
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function hasDate(s: string): boolean {
  return normalizeDate(s) !== '';
}

/** Label words of the line under a notice's title: 发布时间：… 来源：… */
const INFO_LABEL = /(发布时间|发布日期|发文日期|成文日期|日期|时间|来源|信息来源|文章来源|作者|浏览次数|点击数|Published|Last updated|From)\s*[:：]/i;

/** True for a short line that gives a notice's date or source, e.g. 「发布时间：2018-09-05 来源：市工信委」. */
export function isInfoLine(s: string): boolean {
  const t = s.trim();
  if (t.length > 160 || t.length < 6) return false;
  return INFO_LABEL.test(t) && (hasDate(t) || /来源\s*[:：]\s*\S/.test(t));
}

/** The value after a label such as 来源 or 发文字号 in a line, up to the next label. */
export function valueAfter(s: string, labels: string[]): string {
  for (const label of labels) {
    const i = s.indexOf(label);
    if (i < 0) continue;
    let rest = s.slice(i + label.length).replace(/^\s*[:：]?\s*/, '');
    const stop = rest.search(/\s{2,}|[\u3000]|(发布时间|发布日期|来源|作者|浏览次数|点击数|字号|字体|【)\s*[:：【]?/);
    if (stop > 0) rest = rest.slice(0, stop);
    rest = rest.trim();
    if (rest) return rest.slice(0, 80);
  }
  return '';
}

/** A 发文字号 such as 国办发〔2024〕5号 or 西政发〔2018〕12号. */
export const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔［\[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*\d{1,4}\s*号/;

export function findDocNumber(s: string): string {
  return DOC_NUMBER.exec(s)?.[0] ?? '';
}
