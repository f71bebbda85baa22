/**
 * Two builds measured in turn (developers' tools, not tests: ab-stages.ts, main-thread-ab.ts): run i of one and
 * run i of the other go back to back, their order alternating, so a load spike on the machine hits both alike.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startBenchServer } from '../bench/server';

const BENCH_PAGES = join(fileURLToPath(new URL('../../', import.meta.url)), 'tests/.tmp/bench/pages');

export type Side = 'A' | 'B';

/** Every figure `visit` returned, by side and name, over `runs` visits of each browser. */
export async function alternateVisits(
  browsers: Record<Side, ExtensionBrowser>,
  runs: number,
  visit: (b: ExtensionBrowser) => Promise<Record<string, number>>,
): Promise<Record<Side, Record<string, number[]>>> {
  const got: Record<Side, Record<string, number[]>> = { A: {}, B: {} };
  for (let r = 0; r < runs; r++) {
    for (const side of (r % 2 ? ['B', 'A'] : ['A', 'B']) as Side[]) {
      for (const [k, v] of Object.entries(await visit(browsers[side]))) (got[side][k] ??= []).push(v);
    }
  }
  return got;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

/**
 * Starts a browser for each built extension and the bench's page server (npm run bench writes the pages), hands
 * them over with the address of a page under a government host name, and closes them all when `work` ends.
 */
export async function withTwoBuilds(
  dirs: Record<Side, string>,
  work: (browsers: Record<Side, ExtensionBrowser>, url: (page: string) => string) => Promise<void>,
): Promise<void> {
  const server = await startBenchServer(BENCH_PAGES);
  const A = await launchWithExtension({ extensionDir: dirs.A });
  const B = await launchWithExtension({ extensionDir: dirs.B });
  try {
    await work({ A, B }, (page) => server.url('gxj.xa.gov.cn', page));
  } finally {
    await A.close();
    await B.close();
    await server.close();
  }
}
