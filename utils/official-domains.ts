/**
 * Official-domain suffixes the content script runs on without the reader enabling
 * the site. Kept as one list so the manifest's match patterns and the run-time
 * check (`isOfficialHost`) can never drift apart.
 */
const OFFICIAL_SUFFIXES = [
  'gov.cn',
  'gov',
  'gov.uk',
  'gouv.fr',
  'gc.ca',
  // The Government of Canada's own site since 2017 (news releases, notices); gc.ca is its departments' older suffix.
  'canada.ca',
  'gov.au',
  'govt.nz',
  'gov.hk',
  // Macao's government publishes in Traditional Chinese and Portuguese (通告, 批示, the 公報 on bo.io.gov.mo).
  'gov.mo',
  'gov.tw',
  'gov.sg',
  'europa.eu',
  'go.jp',
] as const;

export const OFFICIAL_MATCHES: string[] = OFFICIAL_SUFFIXES.flatMap((s) => [
  `*://*.${s}/*`,
  // Bare second-level names such as gov.uk or europa.eu host notices themselves.
  ...(s.includes('.') ? [`*://${s}/*`] : []),
]);

export function isOfficialHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return OFFICIAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}
