// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isHttpUrl, normalizeNoticeUrl } from '../../utils/text/url';

describe('normalizeNoticeUrl', () => {
  it('drops the fragment', () => {
    expect(normalizeNoticeUrl('https://www.gov.cn/zhengce/content_1.htm#part2')).toBe('https://www.gov.cn/zhengce/content_1.htm');
  });

  it('lower-cases the host, drops default ports and a trailing dot', () => {
    expect(normalizeNoticeUrl('HTTPS://WWW.Gov.CN:443/A/B.htm')).toBe('https://www.gov.cn/A/B.htm');
    expect(normalizeNoticeUrl('http://GXJ.xa.gov.cn.:80/x')).toBe('http://gxj.xa.gov.cn/x');
  });

  it('keeps a non-default port and the path case', () => {
    expect(normalizeNoticeUrl('http://gxj.xa.gov.cn:8080/ZWGK/Index.html')).toBe('http://gxj.xa.gov.cn:8080/ZWGK/Index.html');
  });

  it('drops utm_* and other tracking parameters whatever their case', () => {
    expect(
      normalizeNoticeUrl(
        'https://www.gov.cn/a.htm?utm_source=wechat&UTM_Medium=x&spm=1.2.3&from=timeline&share_token=abc&fbclid=q&gclid=z&_t=5&isappinstalled=0',
      ),
    ).toBe('https://www.gov.cn/a.htm');
  });

  it('drops numeric cache busters of 10+ digits but keeps short values', () => {
    expect(normalizeNoticeUrl('https://x.gov.cn/a?t=1735689600&_=1735689600123&v=1735689600123')).toBe('https://x.gov.cn/a');
    expect(normalizeNoticeUrl('https://x.gov.cn/a?v=2&t=abc')).toBe('https://x.gov.cn/a?t=abc&v=2');
  });

  it('keeps parameters that identify the article, sorted by key', () => {
    expect(
      normalizeNoticeUrl('https://x.gov.cn/view.jsp?docid=9&channel=tzgg&articleId=5&utm_campaign=y&contentid=77&id=3'),
    ).toBe('https://x.gov.cn/view.jsp?articleId=5&channel=tzgg&contentid=77&docid=9&id=3');
  });

  it('keeps an id even when it looks like a timestamp', () => {
    expect(normalizeNoticeUrl('https://x.gov.cn/view?id=17356896001234')).toBe('https://x.gov.cn/view?id=17356896001234');
  });

  it('keeps repeated keys in their order and raw encoding', () => {
    expect(normalizeNoticeUrl('https://x.gov.cn/s?tag=b&q=%E9%80%9A%E7%9F%A5&tag=a')).toBe(
      'https://x.gov.cn/s?q=%E9%80%9A%E7%9F%A5&tag=b&tag=a',
    );
  });

  it('encodes Chinese in the query the same way a browser does', () => {
    expect(normalizeNoticeUrl('https://x.gov.cn/s?q=通知')).toBe(normalizeNoticeUrl('https://x.gov.cn/s?q=%E9%80%9A%E7%9F%A5'));
  });

  it('drops credentials, an empty query and stray ampersands', () => {
    expect(normalizeNoticeUrl('https://user:pw@x.gov.cn/a?')).toBe('https://x.gov.cn/a');
    expect(normalizeNoticeUrl('https://x.gov.cn/a?&&id=1&')).toBe('https://x.gov.cn/a?id=1');
  });

  it('is idempotent', () => {
    const urls = [
      'HTTPS://WWW.Gov.CN:443/a.htm?z=1&utm_source=x&a=%20b+c#frag',
      'http://x.gov.cn/a?id=1&id=0&t=1735689600',
      'https://x.gov.cn/路径/a.html?标题=通知',
    ];
    for (const u of urls) expect(normalizeNoticeUrl(normalizeNoticeUrl(u))).toBe(normalizeNoticeUrl(u));
  });

  it('returns non-http(s) input trimmed but unchanged', () => {
    expect(normalizeNoticeUrl('  about:blank ')).toBe('about:blank');
    expect(normalizeNoticeUrl('not a url')).toBe('not a url');
    expect(normalizeNoticeUrl('file:///tmp/a.html#x')).toBe('file:///tmp/a.html#x');
  });

  it('drops tracking parameters (a utm_ one; a cache buster only when it is a time stamp) and recognizes http URLs', () => {
    const base = 'https://www.gov.cn/zhengce/content/202501/content_7000001.htm';
    expect(normalizeNoticeUrl(`${base}?utm_term=x`)).toBe(base);
    expect(normalizeNoticeUrl(`${base}?t=1735689600123`)).toBe(base);
    expect(normalizeNoticeUrl(`${base}?t=123`)).toBe(`${base}?t=123`);
    expect(normalizeNoticeUrl(`${base}?id=1735689600123`)).toBe(`${base}?id=1735689600123`);
    expect(isHttpUrl('https://x.gov.cn/')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('/relative')).toBe(false);
  });
});
