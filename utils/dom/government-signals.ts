/**
 * Reads what a page says about the site it is on — its footer, header, site-name
 * meta tags, footer links and logo/seal images — for the pure government-site rules
 * (utils/text/government-site.ts). Run first on every page when Notice Lens runs on
 * all sites, so it stays cheap: the footer and the header text first (two short
 * walks from the ends of the body, a few meta tags), and only when those leave it
 * open a bounded set of links and images.
 */
import { toHans } from '../text/hant';
import { tailText } from './signals';
import { nextInScope } from './scope-walk';
import { judgeGovernmentSite, type GovernmentSignals, type GovernmentVerdict } from '../text/government-site';

/** Characters read from each end of the page's text: a footer, a header banner. */
const TAIL_CHARS = 1000;
const HEAD_CHARS = 400;
const SITE_META = ['sitename', 'siteidcode', 'og:site_name', 'application-name'];
const NOT_TEXT = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|NOTICE-LENS-UI)$/i;
const FOOTER = 'footer, [role="contentinfo"], #footer, .footer, #foot, .foot, #bottom, .bottom, .copyright, #copyright';
const IMAGES = `header img, [role="banner"] img, ${FOOTER.split(', ').map((f) => `${f} img`).join(', ')}, [class*="logo"] img, img[class*="logo"], img[id*="logo"], [id*="logo"] img`;
const MAX_LINKS = 60;
/** Links read from the end of the page when it has no footer element. */
const LAST_LINKS = 30;
const MAX_IMAGES = 12;

const skipNonText = (el: Element) => NOT_TEXT.test(el.nodeName);

/** The first `max` characters of the element's text, scripts and styles left out. */
export function headText(el: Element, max: number): string {
  let out = '';
  for (let n = nextInScope(el, el, skipNonText); n && out.length < max; n = nextInScope(n, el, skipNonText)) if (n.nodeType === 3) out += (n as Text).data;
  return out.slice(0, max);
}

/** The cheap part: the page's own text at both ends, its title and site-name meta tags. */
export function readSiteText(doc: Document): GovernmentSignals {
  const meta: Record<string, string> = {};
  for (const el of Array.from(doc.head?.querySelectorAll('meta[name],meta[property]') ?? [])) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    const content = (el.getAttribute('content') ?? '').trim();
    if (content && SITE_META.includes(name)) meta[name] = content;
  }
  const body = doc.body;
  // Read by rules written in Simplified: a Traditional page's 政府網站 is folded to 政府网站 (../text/hant.ts).
  return {
    title: toHans(doc.title),
    meta,
    headText: body ? toHans(headText(body, HEAD_CHARS)) : '',
    tailText: body ? toHans(tailText(body, TAIL_CHARS, skipNonText)) : '',
  };
}

/** The bounded part: hosts of the footer's links, alt and address of logo, header and footer images. */
export function readSiteLinks(doc: Document): Pick<GovernmentSignals, 'linkHosts' | 'images'> {
  const footers = Array.from(doc.querySelectorAll(FOOTER));
  let anchors: HTMLAnchorElement[] = footers.flatMap((f) => Array.from(f.querySelectorAll('a[href]')) as HTMLAnchorElement[]);
  if (!anchors.length) {
    const all = doc.links;
    for (let i = Math.max(0, all.length - LAST_LINKS); i < all.length; i++) anchors.push(all[i] as HTMLAnchorElement);
  }
  anchors = anchors.slice(-MAX_LINKS);
  const linkHosts = [...new Set(anchors.map((a) => hostOf(a)).filter(Boolean))];
  const imgs = Array.from(doc.querySelectorAll(IMAGES)).slice(0, MAX_IMAGES) as HTMLImageElement[];
  const images = imgs.map((img) => `${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''} ${(img.getAttribute('src') ?? '').slice(0, 200)}`.trim());
  return { linkHosts, images };
}

function hostOf(a: HTMLAnchorElement): string {
  const href = a.getAttribute('href') ?? '';
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href.trim());
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : '';
}

/**
 * Is the page on a government body's own site? The footer and header decide
 * alone when they can (a marking, or a company's or forum's footer); the links and
 * images are read only when they leave it open.
 */
export function judgeGovernmentPage(doc: Document): GovernmentVerdict {
  const text = readSiteText(doc);
  const first = judgeGovernmentSite(text);
  if (first.government || first.vetoed) return first;
  return judgeGovernmentSite({ ...text, ...readSiteLinks(doc) });
}

export function isGovernmentPage(doc: Document): boolean {
  return judgeGovernmentPage(doc).government;
}
