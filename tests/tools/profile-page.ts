/**
 * A developer's tool, not a test: opens a bench page under a government host name
 * with the built extension, records a V8 CPU profile of the visit and prints the
 * functions with the most self time (and the extension's User Timing measures).
 *
 *   npx wxt build && npx tsx tests/tools/profile-page.ts notice-200k.html [runs]
 *
 * Build unminified for readable names: NL_UNMINIFIED=1 npx wxt build.
 * The pages are the bench's (npm run bench writes them to tests/.tmp/bench/pages).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './browser';
import { startBenchServer } from '../bench/server';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const pageName = process.argv[2] ?? 'sample-notice.html';
const runs = Number(process.argv[3] ?? 3);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const server = await startBenchServer(join(REPO, 'tests/.tmp/bench/pages'));
const browser = await launchWithExtension();
try {
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(server.url('gxj.xa.gov.cn', pageName));
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-notice-lens'), null, { timeout: 20_000 });
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const stages = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((e) => e.name.startsWith('notice-lens:')).map((e) => `${e.name.slice(12)} ${e.duration.toFixed(2)}`),
    );
    console.log(`run ${r + 1}: ${stages.join(' · ')}`);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id)!;
      const f = node.callFrame;
      const dt0 = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const file = /chrome-extension:/.test(f.url) ? f.url.replace(/.*\//, '') : f.url ? 'page' : f.functionName;
      byFile.set(file, (byFile.get(file) ?? 0) + dt0);
      if (!/chrome-extension:/.test(f.url)) return;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    });
    await page.close();
  }
  console.log(`\nextension self time, all runs: ${total.toFixed(1)} ms`);
  console.log('self time per run, by script file (GC, program and idle by name):');
  for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(ms / runs).toFixed(2).padStart(8)} ms  ${file}`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / runs).toFixed(2).padStart(8)} ms  ${key}`);
} finally {
  await browser.close();
  await server.close();
}
