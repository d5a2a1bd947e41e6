import { execFileSync } from 'node:child_process';
import { withTempDir, type BenchContext } from '../lib/context.js';
import { resultRow } from '../lib/measure.js';

/** A fresh Node process starts the host on `dir`, makes the library's and a search's calls, and prints its RSS in bytes. */
const PROBE = `
  import { startHost } from './electron/host/server.ts';
  const host = await startHost({ dataDir: process.argv[1], port: 0, open: false });
  await host.backend.dispatch('articles.list', { limit: 50 });
  await host.backend.dispatch('search.query', { query: 'Torkham' });
  await host.backend.dispatch('compare.matrix', {});
  console.log(process.memoryUsage().rss);
  await host.close();`;

function hostRss(dir: string): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE, dir], { encoding: 'utf8' });
  return Number(out.trim().split('\n').at(-1));
}

const MB = 1024 * 1024;

/** Memory in MB (the table's ms columns hold megabytes for these rows). */
export async function memoryRows({ workspace, add, log }: BenchContext, heap?: { rendererHeap: number; emptyHeap: number }): Promise<void> {
  log('memory: host RSS with the workspace open vs an empty one');
  const rss = [hostRss(workspace.dir) / MB];
  const empty = [await withTempDir((dir) => hostRss(dir) / MB)];
  add(resultRow('memory: host RSS, MB (not ms)', workspace.articles, rss, empty, 'report it'));
  if (heap) add(resultRow('memory: renderer JS heap with the comparison screen, MB', workspace.articles, [heap.rendererHeap / MB], [heap.emptyHeap / MB], 'report it'));
}
