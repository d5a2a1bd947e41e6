import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHost, type HostHandle } from '../../electron/host/server.js';
import { withTempDir, type BenchContext } from '../lib/context.js';
import { resultRow } from '../lib/measure.js';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

/** Counts RPC calls in flight, so a page can tell when the screen has what it asked for. */
const TRACK_RPC = `(() => {
  const fetch0 = window.fetch.bind(window);
  window.__rpcPending = 0;
  window.fetch = async (...args) => { window.__rpcPending++; try { return await fetch0(...args); } finally { window.__rpcPending--; } };
})();`;

/**
 * In the page: runs `act`, then waits until `ready()` holds with no RPC in flight, and two
 * animation frames (the frame that paints it): milliseconds from the act to that paint.
 */
async function timeInPage(page: Page, act: string, ready: string): Promise<number> {
  return page.evaluate(async ({ act, ready }) => {
    const w = window as unknown as { __rpcPending: number };
    const start = performance.now();
    new Function(act)();
    const check = new Function(`return (${ready})`) as () => boolean;
    for (;;) {
      await new Promise((r) => setTimeout(r, 0));
      if (w.__rpcPending === 0 && check()) break;
      if (performance.now() - start > 60_000) throw new Error(`The screen was not ready after 60 s: ${ready}`);
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - start;
  }, { act, ready });
}

async function openApp(browser: Browser, host: HostHandle): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.addInitScript(TRACK_RPC);
  await page.goto(host.url);
  await page.getByRole('grid', { name: 'Articles' }).getByRole('gridcell').first().waitFor({ timeout: 120_000 });
  return page;
}

const clickRoom = (room: string) =>
  `[...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === ${JSON.stringify(room)}).click()`;

/** The reader opening an article from the library: the heavy article, then its twin without highlights. */
async function readerRow(browser: Browser, host: HostHandle, { workspace, runs, add, log }: BenchContext): Promise<void> {
  log('chromium: the reader painting the article with 500 highlights vs its twin without');
  const page = await openApp(browser, host);
  const titles = await page.evaluate(() => [...document.querySelectorAll('.library-cell-title button')].map((b) => b.textContent ?? ''));
  const heavy = titles[0]!;
  const twin = titles.find((t) => t.endsWith('(without highlights)'))!;
  const open = async (title: string, ready: string) => {
    await page.evaluate(clickRoom('Library'));
    await page.getByRole('grid', { name: 'Articles' }).getByRole('gridcell').first().waitFor();
    return timeInPage(page,
      `[...document.querySelectorAll('.library-cell-title button')].find((b) => b.textContent === ${JSON.stringify(title)}).click()`,
      `document.querySelector('article h1')?.textContent === ${JSON.stringify(title)} && ${ready}`);
  };
  const painted: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const a = await open(heavy, `document.querySelectorAll('mark.highlight').length >= 400`);
    const b = await open(twin, `document.querySelectorAll('article p').length > 20`);
    // The first round warms up.
    if (i > 0) {
      painted.push(a);
      plain.push(b);
    }
  }
  add(resultRow('reader paints an article with 500 highlights (Chromium)', workspace.articles, painted, plain, 'at most 2'));
  await page.context().close();
}

/** The comparison screen: first render and a date filter change, vs a plain list of the same rows. */
async function compareRow(browser: Browser, host: HostHandle, { workspace, runs, add, log }: BenchContext): Promise<number> {
  log(`chromium: the comparison screen over ${workspace.statements.toLocaleString('en')} statements vs a plain list`);
  const page = await openApp(browser, host);
  const screen: number[] = [];
  const filter: number[] = [];
  const list: number[] = [];
  const ready = `document.querySelectorAll('table.compare-matrix tbody tr').length > 0`;
  for (let i = 0; i <= runs; i++) {
    await page.evaluate(clickRoom('Library'));
    const first = await timeInPage(page, clickRoom('Compare'), ready);
    const from = page.getByLabel('Said from');
    await from.waitFor();
    const change = await timeInPage(page, `(() => {
      const input = document.querySelector('input[type=date]');
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      set.call(input, input.value === '2024-01-01' ? '2023-01-01' : '2024-01-01');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`, ready);
    // The baseline: the same quotes the screen shows, as a plain list in a fresh element.
    const rows = await page.evaluate(() => [...document.querySelectorAll('table.compare-matrix li')].map((li) => li.textContent ?? ''));
    const plain = await timeInPage(page, `(() => {
      const ul = document.createElement('ul');
      for (const text of ${JSON.stringify(rows)}) { const li = document.createElement('li'); li.textContent = text; ul.append(li); }
      document.body.append(ul);
      window.__plain = ul;
    })()`, 'true');
    await page.evaluate(() => (window as unknown as { __plain: HTMLElement }).__plain.remove());
    if (i > 0) {
      screen.push(first);
      filter.push(change);
      list.push(plain);
    }
  }
  add(resultRow('comparison screen, first render (Chromium)', workspace.articles, screen, list, 'at most 2'));
  add(resultRow('comparison screen, filter change (Chromium)', workspace.articles, filter, list, 'at most 2'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.context().close();
  return usedSize;
}

/** A minimal React page (a list of 50 rows) for the same host to serve: the start-up baseline. */
async function minimalRenderer(dir: string): Promise<string> {
  const out = join(dir, 'minimal');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>Minimal</title></head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`);
  await build({
    stdin: {
      contents: `import { createElement as h } from 'react'; import { createRoot } from 'react-dom/client';
        createRoot(document.getElementById('root')).render(h('ul', { role: 'grid', 'aria-label': 'Articles' },
          Array.from({ length: 50 }, (_, i) => h('li', { key: i, role: 'gridcell' }, 'Row ' + i))));`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(out, 'app.js'),
    logLevel: 'warning',
  });
  return out;
}

/** Server start to the library (or the minimal page) usable in a fresh browser context. */
async function startToInteractive(browser: Browser, dataDir: string, rendererDir?: string): Promise<number> {
  const started = performance.now();
  const host = await startHost({ dataDir, port: 0, open: false, ...(rendererDir ? { rendererDir } : {}) });
  try {
    const page = await openApp(browser, host);
    const elapsed = performance.now() - started;
    await page.context().close();
    return elapsed;
  } finally {
    await host.close();
  }
}

/** The Chromium rows, against the browser host on the bench workspace and the built renderer. */
export async function browserRows(context: BenchContext): Promise<{ rendererHeap: number; emptyHeap: number }> {
  const { workspace, runs, add, log } = context;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const host = await startHost({ dataDir: workspace.dir, port: 0, open: false });
    let rendererHeap: number;
    try {
      await readerRow(browser, host, context);
      rendererHeap = await compareRow(browser, host, context);
    } finally {
      await host.close();
    }
    log('chromium: start to interactive, the library vs a minimal React page on the same host');
    const { app, minimal, emptyHeap } = await withTempDir(async (dir) => {
      const minimalDir = await minimalRenderer(dir);
      const app: number[] = [];
      const minimal: number[] = [];
      for (let i = 0; i < runs; i++) {
        app.push(await startToInteractive(browser, workspace.dir));
        minimal.push(await startToInteractive(browser, join(dir, 'empty'), minimalDir));
      }
      const emptyHost = await startHost({ dataDir: join(dir, 'empty-app'), port: 0, open: false });
      try {
        const page = await browser.newContext().then((c) => c.newPage());
        await page.goto(emptyHost.url);
        await page.getByRole('heading').first().waitFor();
        await page.evaluate(clickRoom('Compare'));
        await page.waitForTimeout(500);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        await page.context().close();
        return { app, minimal, emptyHeap: usedSize };
      } finally {
        await emptyHost.close();
      }
    });
    add(resultRow('start to interactive, browser mode (Chromium)', workspace.articles, app, minimal, 'at most 1.5'));
    return { rendererHeap, emptyHeap };
  } finally {
    await browser.close();
  }
}
