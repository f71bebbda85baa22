/** How a version's time is named in the side panel's selects: the local date and minute (two in one day differ). */
import { localDate } from './dates';

export function versionTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
