import { describe, expect, it } from 'vitest';
import { installSiteJudge, judgeSite } from '../../utils/page/site-judge';
import { siteHostOf } from '../../utils/dom/signals';

const docAt = (hostname: string, origin?: string) => ({ location: { hostname }, defaultView: origin === undefined ? null : { origin } }) as unknown as Document;

describe('the government-site judge off the official suffixes', () => {
  it('judges no site governmental where government-judge.js did not run (the official sites)', () => {
    const scope = {};
    expect(judgeSite(docAt('news.example.com'), scope)).toBe(false);
  });

  it('asks the judge government-judge.js installed, in the same world', () => {
    const scope = {};
    const seen: string[] = [];
    installSiteJudge((doc) => (seen.push(doc.location.hostname), doc.location.hostname.endsWith('.gov.example')), scope);
    expect(judgeSite(docAt('www.city.gov.example'), scope)).toBe(true);
    expect(judgeSite(docAt('shop.example.com'), scope)).toBe(false);
    expect(seen).toEqual(['www.city.gov.example', 'shop.example.com']);
  });
});

describe('the site a document belongs to', () => {
  it('is its own host, or for a blank or srcdoc frame the host of the origin it inherits', () => {
    expect(siteHostOf(docAt('www.xa.gov.cn', 'https://www.xa.gov.cn'))).toBe('www.xa.gov.cn');
    expect(siteHostOf(docAt('', 'https://gxj.xa.gov.cn'))).toBe('gxj.xa.gov.cn');
  });

  it('is none for a sandboxed frame (opaque origin) or a document without a window', () => {
    expect(siteHostOf(docAt('', 'null'))).toBe('');
    expect(siteHostOf(docAt(''))).toBe('');
  });
});
