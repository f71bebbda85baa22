import { describe, expect, it } from 'vitest';
import { isOfficialHost, OFFICIAL_MATCHES } from '../../utils/official-domains';

describe('official domains', () => {
  it('accepts government hosts and their subdomains', () => {
    for (const h of ['gxj.xa.gov.cn', 'www.gov.cn', 'www.gov.uk', 'gov.uk', 'www.nasa.gov', 'ec.europa.eu', 'www.mhlw.go.jp', 'www.gov.mo', 'bo.io.gov.mo', 'www.canada.ca']) {
      expect(isOfficialHost(h), h).toBe(true);
    }
  });
  it('rejects look-alikes', () => {
    for (const h of ['gov.cn.evil.com', 'notgov.cn', 'example.com', 'mygov.uk', 'sina.com.cn', 'gov.mo.example.com', 'notcanada.ca']) {
      expect(isOfficialHost(h), h).toBe(false);
    }
  });
  it('gives the manifest a match pattern per suffix', () => {
    expect(OFFICIAL_MATCHES).toContain('*://*.gov.cn/*');
    expect(OFFICIAL_MATCHES).toContain('*://gov.uk/*');
  });
});
