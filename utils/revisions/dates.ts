/** How a version's time is named to the reader (apart from versions.ts, which the page's bundle does not need). */

/** The local calendar date of an ISO time, as the banner names it: 2026-11-20. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
