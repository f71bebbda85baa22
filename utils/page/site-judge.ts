/**
 * Whether a page on a host outside the official suffixes shows that its site is a government's
 * (utils/dom/government-signals.ts). The judge and its rules are needed only where the reader runs Notice Lens
 * beyond those suffixes, so they are not in content.js, which every official page compiles: government-judge.js,
 * registered just before content.js on those sites (utils/enable-site.ts, utils/all-sites.ts), installs it in the
 * same isolated world, where no page script can reach it.
 */
export type SiteJudge = (doc: Document) => boolean;

const SLOT = '__noticeLensSiteJudge';

export function installSiteJudge(judge: SiteJudge, scope: object = globalThis): void {
  (scope as Record<string, unknown>)[SLOT] = judge;
}

/** The installed judge's verdict; without one (an official site's content script), no site is judged governmental. */
export function judgeSite(doc: Document, scope: object = globalThis): boolean {
  const judge = (scope as Record<string, unknown>)[SLOT];
  return typeof judge === 'function' ? Boolean((judge as SiteJudge)(doc)) : false;
}
