/**
 * `pnpm bench:web`: front-end figures in headless Chromium (Debian's, through playwright-core) against
 * the real server on PostgreSQL with the demo city, written to docs/benchmarks-web.md (and .json).
 *
 * 1. JavaScript of the first page: every script the browser fetches to show `/` (and, for comparison,
 *    each other page opened directly), raw and gzip-compressed, beside the chunks of the Vite build.
 * 2. The heatmap of the 51 top-level units × 89 technical competencies: the component's performance
 *    marks around its first draw (heatmap-timing.ts), medians over fresh page loads; at full speed
 *    and with the CPU slowed fourfold (Chromium's throttling, standing in for a modest office PC).
 * 3. Hover: pointer moves over the cells; time from the move to the end of the frame that shows the
 *    tooltip, and the work of that frame before it.
 *
 * PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (a role that may create databases), default
 * postgres://app:app@127.0.0.1:5432/postgres, as `pnpm bench:api`. Options: --runs N (default 9).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoAccount, launchChromium, newRolePage, VIEWPORT, type Role } from '../e2e/support/browser.ts';
import { REPO_ROOT, startEnvironment } from '../e2e/support/environment.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' }, employees: { type: 'string', default: '3000' } } });
const RUNS = Number(values.runs);
const EMPLOYEES = Number(values.employees);
// Every column drawn, also those without data, so the figure is for the full matrix (about 50 × 90).
const HEATMAP_PATH = '/peta-kesenjangan?kind=TEKNIS&emptyColumns=show';
/** The first page a visitor gets (`/` sends them to sign in), then each page opened directly by a signed-in role. */
const PAGES: { path: string; name: string; role: Role | null }[] = [
  { path: '/', name: 'first page: Masuk (sign-in), not signed in', role: null },
  { path: '/', name: 'Ringkasan', role: 'ADMIN' },
  { path: '/peta-kesenjangan', name: 'Peta kesenjangan', role: 'PLANNER' },
  { path: '/dasbor-pimpinan', name: 'Dasbor pimpinan', role: 'ADMIN' },
  { path: '/bandingkan-unit', name: 'Bandingkan unit', role: 'PLANNER' },
  { path: '/kebutuhan-pelatihan', name: 'Kebutuhan pelatihan', role: 'PLANNER' },
  { path: '/konsol', name: 'Konsol kueri', role: 'ANALYST' },
];
const TARGET_FIRST_PAGE_GZIP_KB = 300;
const TARGET_FIRST_FRAME_MS = 200;
const NOTES_MARKER = '<!-- Notes: kept as they are when `pnpm bench:web` writes the figures above again. -->';

const kb = (bytes: number) => bytes / 1024;
const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Signs the context in with the role's demo account through the API (the page under measure is loaded afterwards, from nothing). */
async function signIn(context: BrowserContext, role: Role): Promise<void> {
  const { username, password } = demoAccount(role);
  const response = await context.request.post('/graphql', {
    data: { query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { username, password } } },
  });
  if (!response.ok()) throw new Error(`signing in as ${username} failed: ${await response.text()}`);
}

interface ScriptLoad {
  file: string;
  raw: number;
  gzip: number;
}

/** The scripts a fresh page fetches until the page is idle, with their sizes. */
async function scriptsOf(browser: Browser, baseUrl: string, path: string, role: Role | null): Promise<ScriptLoad[]> {
  const { context, page } = await newRolePage(browser, baseUrl);
  if (role) await signIn(context, role);
  const loads: Promise<ScriptLoad>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    loads.push(response.body().then((body) => ({ file: new URL(response.url()).pathname, raw: body.length, gzip: gzipSize(body) })));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const result = await Promise.all(loads);
  await context.close();
  return result.sort((a, b) => b.gzip - a.gzip);
}

/** Every chunk of the build, with the sizes Vite reports (gzip) and which pages load it. */
async function buildChunks(distDir: string): Promise<ScriptLoad[]> {
  const dir = join(distDir, 'assets');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  const chunks = await Promise.all(files.map(async (f) => {
    const data = await readFile(join(dir, f));
    return { file: `/assets/${f}`, raw: data.length, gzip: gzipSize(data) };
  }));
  return chunks.sort((a, b) => b.gzip - a.gzip);
}

interface FirstFrame {
  draw: number;
  frame: number;
  /** From the end of the heatmap's answer to the painted frame. */
  afterResponse: number | null;
  cells: string;
}

async function heatmapFirstFrame(page: Page, throttle: number): Promise<FirstFrame> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(HEATMAP_PATH);
  await page.waitForFunction(() => performance.getEntriesByName('heatmap:first-frame').length > 0, undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => {
    const frame = performance.getEntriesByName('heatmap:first-frame')[0];
    const draw = performance.getEntriesByName('heatmap:first-draw')[0];
    const frameEnd = frame.startTime + frame.duration;
    // The GraphQL answer that the chart was drawn from: the last one to arrive before the frame.
    const answers = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('/graphql') && r.responseEnd < frameEnd);
    const last = answers.sort((a, b) => a.responseEnd - b.responseEnd).at(-1);
    return {
      draw: draw.duration,
      frame: frame.duration,
      afterResponse: last ? frameEnd - last.responseEnd : null,
      cells: document.querySelector('canvas[role="img"]')?.getAttribute('aria-label') ?? '',
    };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return result;
}

interface HoverFigures {
  /** From the pointer move to the end of the frame that shows the tooltip. */
  latency: number[];
  /** The work inside that frame before the tooltip is on screen (hit test, Vue's update of the outline and tooltip). */
  work: number[];
}

/**
 * Moves the pointer over `moves` cells spread across the matrix, one frame apart. Written as a
 * string: functions that tsx compiles carry helpers that do not exist in the page.
 */
const HOVER_SCRIPT = `async (count) => {
  const canvas = document.querySelector('canvas[role="img"]');
  canvas.scrollIntoView({ block: 'start' });
  const box = canvas.getBoundingClientRect();
  function frame() { return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))); }
  const figures = { latency: [], work: [] };
  for (let i = 0; i < count; i++) {
    // Inside the matrix: right of the row labels, below the column labels.
    const x = box.left + box.width * (0.3 + (0.65 * ((i * 37) % 100)) / 100);
    const y = box.top + 100 + (box.height - 110) * (((i * 53) % 100) / 100);
    await frame();
    // Registered before the move, so it runs first in the next frame.
    const before = frame();
    const moved = performance.now();
    canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
    const after = frame();
    const [start, end] = await Promise.all([before, after]);
    figures.latency.push(end - moved);
    figures.work.push(end - start);
  }
  return figures;
}`;

async function hover(page: Page, moves: number): Promise<HoverFigures> {
  return page.evaluate(`(${HOVER_SCRIPT})(${moves})`) as Promise<HoverFigures>;
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://app:app@127.0.0.1:5432/postgres';
  console.log(`Seeding ${EMPLOYEES} employees, building the app, starting the server ...`);
  const loadAtStart = loadavg()[0];
  const env = await startEnvironment({ employees: EMPLOYEES, adminUrl, log: (line) => console.log(`  ${line}`) });
  const browser = await launchChromium();
  try {
    const chunks = await buildChunks(env.distDir);
    const pages = [];
    for (const p of PAGES) {
      const scripts = await scriptsOf(browser, env.baseUrl, p.path, p.role);
      pages.push({ ...p, scripts, raw: scripts.reduce((n, s) => n + s.raw, 0), gzip: scripts.reduce((n, s) => n + s.gzip, 0) });
      console.log(`  ${p.path} (${p.role ?? 'visitor'}): ${scripts.length} scripts, ${fmt(kb(pages.at(-1)!.gzip))} kB gzip`);
    }
    const firstPageFiles = new Set(pages[0].scripts.map((s) => s.file));

    const heatmap: Record<string, FirstFrame[]> = {};
    const hovering: Record<string, HoverFigures> = {};
    for (const throttle of [1, 4]) {
      const runs: FirstFrame[] = [];
      const { context, page } = await newRolePage(browser, env.baseUrl);
      await signIn(context, 'PLANNER');
      // One load to warm the server's answer cache and the browser's compile cache, not counted.
      await heatmapFirstFrame(page, throttle);
      for (let i = 0; i < RUNS; i++) runs.push(await heatmapFirstFrame(page, throttle));
      heatmap[`${throttle}x`] = runs;
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      hovering[`${throttle}x`] = await hover(page, 60);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await context.close();
      console.log(`  heatmap at ${throttle}x CPU: first frame median ${fmt(median(runs.map((r) => r.frame)))} ms; hover median ${fmt(median(hovering[`${throttle}x`].latency))} ms`);
    }

    const version = browser.version();
    const cells = heatmap['1x'][0].cells;
    const summary = {
      measuredAt: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium ${version}`,
      loadAverage: { start: loadAtStart, end: loadavg()[0] },
      employees: EMPLOYEES,
      viewport: VIEWPORT,
      firstPage: { path: '/', scripts: pages[0].scripts, rawKb: kb(pages[0].raw), gzipKb: kb(pages[0].gzip), targetGzipKb: TARGET_FIRST_PAGE_GZIP_KB },
      pages: pages.map((p) => ({ path: p.path, name: p.name, role: p.role, scripts: p.scripts.length, rawKb: kb(p.raw), gzipKb: kb(p.gzip) })),
      chunks: chunks.map((c) => ({ ...c, rawKb: kb(c.raw), gzipKb: kb(c.gzip), onFirstPage: firstPageFiles.has(c.file) })),
      heatmap: {
        path: HEATMAP_PATH,
        cells,
        runs: RUNS,
        targetMs: TARGET_FIRST_FRAME_MS,
        byThrottle: Object.fromEntries(Object.entries(heatmap).map(([k, runs]) => [k, {
          firstFrameMedianMs: median(runs.map((r) => r.frame)),
          firstFrameMaxMs: Math.max(...runs.map((r) => r.frame)),
          drawMedianMs: median(runs.map((r) => r.draw)),
          afterResponseMedianMs: median(runs.map((r) => r.afterResponse ?? NaN).filter((n) => !Number.isNaN(n))),
          runs,
        }])),
      },
      hover: Object.fromEntries(Object.entries(hovering).map(([k, h]) => [k, {
        moves: h.latency.length,
        latencyMedianMs: median(h.latency),
        latencyP95Ms: percentile(h.latency, 95),
        workMedianMs: median(h.work),
        workP95Ms: percentile(h.work, 95),
      }])),
    };
    await writeFile(join(REPO_ROOT, 'docs/benchmarks-web.json'), JSON.stringify(summary, null, 2) + '\n');
    // Hand-written notes below the marker survive a new run.
    const mdPath = join(REPO_ROOT, 'docs/benchmarks-web.md');
    const previous = existsSync(mdPath) ? await readFile(mdPath, 'utf8') : '';
    const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
    await writeFile(mdPath, report(summary) + '\n' + notes);
    console.log('Wrote docs/benchmarks-web.md and docs/benchmarks-web.json');
  } finally {
    await browser.close();
    await env.stop();
  }
}

type Summary = {
  measuredAt: string;
  machine: string;
  loadAverage: { start: number; end: number };
  employees: number;
  firstPage: { scripts: ScriptLoad[]; rawKb: number; gzipKb: number; targetGzipKb: number };
  pages: { path: string; name: string; role: Role | null; scripts: number; rawKb: number; gzipKb: number }[];
  chunks: (ScriptLoad & { rawKb: number; gzipKb: number; onFirstPage: boolean })[];
  heatmap: { path: string; cells: string; runs: number; targetMs: number; byThrottle: Record<string, { firstFrameMedianMs: number; firstFrameMaxMs: number; drawMedianMs: number; afterResponseMedianMs: number }> };
  hover: Record<string, { moves: number; latencyMedianMs: number; latencyP95Ms: number; workMedianMs: number; workP95Ms: number }>;
};

function report(s: Summary): string {
  const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
  const h1 = s.heatmap.byThrottle['1x'];
  const h4 = s.heatmap.byThrottle['4x'];
  const lines = [
    '# Web front-end benchmarks',
    '',
    `Measured ${s.measuredAt.slice(0, 16).replace('T', ' ')} UTC by \`pnpm bench:web\` (packages/web/scripts/bench-web.ts) on ${s.machine},`,
    `headless, ${'1366×768'}, against the real server on PostgreSQL with the demo city (${s.employees.toLocaleString('en')} employees),`,
    `with a load average of ${fmt(s.loadAverage.start, 2)} at the start and ${fmt(s.loadAverage.end, 2)} at the end (above 2 the two cores were shared with other work, and times grow with it);`,
    'the app built by `vite build` as for production. The raw figures are in `benchmarks-web.json`.',
    '',
    '## Against the targets (issue 7)',
    '',
    '| Target | Measured | Met |',
    '|---|---|---|',
    `| first page loads ≤ ${s.firstPage.targetGzipKb} kB of compressed JavaScript | ${fmt(s.firstPage.gzipKb)} kB gzip (${fmt(s.firstPage.rawKb)} kB uncompressed), ${s.firstPage.scripts.length} scripts | ${yes(s.firstPage.gzipKb <= s.firstPage.targetGzipKb)} |`,
    `| heatmap of ~50 units × ~100 competencies: first frame ≤ ${s.heatmap.targetMs} ms | median ${fmt(h1.firstFrameMedianMs)} ms (max ${fmt(h1.firstFrameMaxMs)}) at full speed; ${fmt(h4.firstFrameMedianMs)} ms (max ${fmt(h4.firstFrameMaxMs)}) with the CPU slowed 4× | ${yes(h1.firstFrameMedianMs <= s.heatmap.targetMs)} (4×: ${yes(h4.firstFrameMedianMs <= s.heatmap.targetMs)}) |`,
    `| hovers without lag | move → tooltip on screen: median ${fmt(s.hover['1x'].latencyMedianMs)} ms, p95 ${fmt(s.hover['1x'].latencyP95Ms)} ms (4×: ${fmt(s.hover['4x'].latencyMedianMs)} / ${fmt(s.hover['4x'].latencyP95Ms)} ms) | ${yes(s.hover['4x'].latencyP95Ms <= 50)} (taken as: p95 ≤ 50 ms, three frames, at 4×) |`,
    '',
    '## 1. JavaScript per page',
    '',
    'What Chromium fetched (resource type *script*) from a fresh profile until the network was idle, each',
    'page opened directly. "gzip" is the file compressed with gzip -9, what a compressing proxy sends.',
    '',
    '| Page | Signed in as | Scripts | Uncompressed (kB) | gzip (kB) |',
    '|---|---|---:|---:|---:|',
    ...s.pages.map((p) => `| \`${p.path}\` ${p.name} | ${p.role ?? '—'} | ${p.scripts} | ${fmt(p.rawKb)} | ${fmt(p.gzipKb)} |`),
    '',
    'The chunks of the build (largest first); ● marks those the first page loads:',
    '',
    '| Chunk | Uncompressed (kB) | gzip (kB) | First page |',
    '|---|---:|---:|:---:|',
    ...s.chunks.map((c) => `| \`${c.file.replace('/assets/', '')}\` | ${fmt(c.rawKb)} | ${fmt(c.gzipKb)} | ${c.onFirstPage ? '●' : ''} |`),
    '',
    '## 2. Heatmap first frame',
    '',
    `\`${s.heatmap.path}\`: ${s.heatmap.cells.replace(/\. .*$/, '')}; ${s.heatmap.runs} loads of the page after one`,
    'unmeasured warm-up load, medians. The chart component marks the time (shared/heatmap/heatmap-timing.ts):',
    '',
    '- *first frame*: from the chart component\'s setup (the answer is in, Vue creates the component) to',
    '  just after the frame that shows the chart has been painted (a message posted from the next',
    '  `requestAnimationFrame` callback is handled after the paint);',
    '- *draw*: the synchronous draw inside it (heatmap-renderer.ts: the cells\' pixels put on a canvas of one',
    '  pixel per cell, the SVG paths of the gaps and hatching computed; the `heatmap:first-draw` mark);',
    '- *after the answer*: from the end of the GraphQL response to the same painted frame (includes',
    '  turning the answer into the matrix, Vue\'s render of the page and the legend).',
    '',
    '| CPU | First frame (ms) | Draw (ms) | After the answer (ms) |',
    '|---|---:|---:|---:|',
    ...Object.entries(s.heatmap.byThrottle).map(([k, h]) => `| ${k === '1x' ? 'full speed' : 'slowed 4×'} | ${fmt(h.firstFrameMedianMs)} | ${fmt(h.drawMedianMs)} | ${fmt(h.afterResponseMedianMs)} |`),
    '',
    '## 3. Hover',
    '',
    `${s.hover['1x'].moves} pointer moves to cells spread over the matrix, one frame apart (mousemove events dispatched on`,
    'the canvas). The chart finds the cell by arithmetic in the event and Vue moves the DOM outline and',
    'tooltip; *latency* runs from the move to the end of the frame that shows them, so it includes the',
    'wait for that frame (up to 16.7 ms at 60 Hz); *work* is the part of that frame before it.',
    '',
    '| CPU | Latency median (ms) | Latency p95 (ms) | Work median (ms) | Work p95 (ms) |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(s.hover).map(([k, h]) => `| ${k === '1x' ? 'full speed' : 'slowed 4×'} | ${fmt(h.latencyMedianMs)} | ${fmt(h.latencyP95Ms)} | ${fmt(h.workMedianMs)} | ${fmt(h.workP95Ms)} |`),
    '',
  ];
  return lines.join('\n');
}

await main();
