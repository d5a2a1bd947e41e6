import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app.js';
import { seedAnnotations, type Seeded } from '../backend/export/data/annotationSeed.js';
import { unzipText, xsdErrors } from '../backend/export/data/qdpxFiles.js';
import { failedAssertions, manifestAssertions } from '../backend/export/data/w3cSchemas.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { runCli } from './runCli.js';

describe('parallax export annotations', () => {
  const tempDir = useTempDirs();

  async function workspace(): Promise<{ dataDir: string; out: string; seeded: Seeded }> {
    const dataDir = tempDir();
    const backend = startBackend(dataDir);
    const seeded = await seedAnnotations(backend);
    backend.close();
    return { dataDir, out: tempDir(), seeded };
  }

  it('writes CSV with a byte order mark, one row per highlight', async () => {
    const { dataDir, out, seeded } = await workspace();
    const file = join(out, 'highlights.csv');
    const result = await runCli(['export', 'annotations', '--format', 'csv', '--out', file, '--data-dir', dataDir], {});
    expect(result).toEqual({ code: 0, stdout: `Wrote ${file}\n`, stderr: '' });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFhighlight_id,')).toBe(true);
    for (const h of Object.values(seeded.highlights)) expect(text).toContain(h.id);
  });

  it('writes JSON of only the articles chosen with --article', async () => {
    const { dataDir, out, seeded } = await workspace();
    const file = join(out, 'urdu.json');
    const args = ['export', 'annotations', '--format', 'json', '--article', seeded.articles.urdu.id, '--out', file, '--data-dir', dataDir];
    expect((await runCli(args, {})).code).toBe(0);
    const items = JSON.parse(readFileSync(file, 'utf8')) as { id: string }[];
    expect(items.map((item) => item.id)).toEqual([seeded.highlights.urduQuote.id]);
  });

  it('takes several articles separated by commas', async () => {
    const { dataDir, out, seeded } = await workspace();
    const file = join(out, 'both.json');
    const ids = `${seeded.articles.urdu.id},${seeded.articles.english.id}`;
    expect((await runCli(['export', 'annotations', '--format', 'json', '--article', ids, '--out', file, '--data-dir', dataDir], {})).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(4);
  });

  it('writes W3C Web Annotations that pass the annotation musts', async () => {
    const { dataDir, out } = await workspace();
    const file = join(out, 'annotations.jsonld');
    expect((await runCli(['export', 'annotations', '--format', 'w3c', '--out', file, '--data-dir', dataDir], {})).code).toBe(0);
    const collection = JSON.parse(readFileSync(file, 'utf8')) as { first: { items: unknown[] } };
    const musts = manifestAssertions('annotations/annotationMusts.test');
    expect(collection.first.items).toHaveLength(4);
    for (const item of collection.first.items) expect(failedAssertions(musts, item)).toEqual([]);
  });

  it('writes a .qdpx whose project.qde validates against the REFI-QDA schema', async () => {
    const { dataDir, out } = await workspace();
    const file = join(out, 'project.qdpx');
    expect((await runCli(['export', 'annotations', '--format', 'qdpx', '--out', file, '--data-dir', dataDir], {})).code).toBe(0);
    const files = await unzipText(readFileSync(file));
    expect(files.size).toBe(3);
    expect(await xsdErrors(files.get('project.qde')!)).toEqual([]);
  });

  it('refuses a missing or unknown format, a missing --out and a malformed article id as usage mistakes', async () => {
    const { dataDir, out } = await workspace();
    const file = join(out, 'x');
    const cases: [string[], string][] = [
      [['--out', file], 'needs --format csv|json|w3c|qdpx'],
      [['--format', 'xlsx', '--out', file], 'not “xlsx”'],
      [['--format', 'csv'], 'needs --out FILE'],
      [['--format', 'csv', '--out', file, '--article', 'nope'], 'not “nope”'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['export', 'annotations', ...args, '--data-dir', dataDir], {});
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(file)).toBe(false);
  });

  it('fails, naming it, on an article that is not in the workspace', async () => {
    const { dataDir, out } = await workspace();
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = await runCli(['export', 'annotations', '--format', 'csv', '--article', missing, '--out', join(out, 'x.csv'), '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(missing);
  });

  it('says when the output folder does not exist', async () => {
    const { dataDir, out } = await workspace();
    const file = join(out, 'missing', 'x.csv');
    const result = await runCli(['export', 'annotations', '--format', 'csv', '--out', file, '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not exist');
  });

  it('refuses an unknown subject', async () => {
    const result = await runCli(['export', 'highlights', '--data-dir', tempDir()], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('note or annotations');
  });
});
