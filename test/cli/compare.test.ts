import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app.js';
import { CompareMatrix } from '../../shared/domain/compare.js';
import { compareSeed } from '../backend/services/compareSeed.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { runCli } from './runCli.js';

describe('parallax compare', () => {
  const tempDir = useTempDirs();

  /** Two topics ("Zz Trade" with a summary, "Zz Security"), one untagged statement, three sides used. */
  function workspace(extraPakistan = 0): { dataDir: string; trade: string } {
    const dataDir = tempDir();
    const backend = startBackend(dataDir);
    const seed = compareSeed(backend.workspace.db);
    const article = seed.article({ title: 'Talks, in Kabul', outlet: 'Dawn', url: 'https://dawn.com/t' });
    const trade = seed.tag('Zz Trade');
    const security = seed.tag('Zz Security');
    const dar = seed.actor('Ishaq Dar', 'pakistan', [{ title: 'Deputy PM', from: '2024-04' }]);
    seed.statement({ article, quote: 'Trade must "grow", fast', actor: dar, tags: [trade], said_on: '2025-04-17', stance: 'conciliatory' });
    seed.statement({ article, quote: 'Torkham | stays open', speaker_text: 'Muttaqi', side: 'afghanistan', tags: [trade], said_on: '2025-04-16' });
    seed.statement({ article, quote: 'Militants cross', speaker_text: 'ISPR', tags: [security], said_on: '2025-03-02', kind: 'reported' });
    seed.statement({ article, quote: 'Unrelated', speaker_text: 'Someone', side: 'other', said_on: '2025-04-01' });
    for (let i = 0; i < extraPakistan; i++) seed.statement({ article, quote: `extra ${i}`, speaker_text: 'Aide', tags: [trade] });
    backend.workspace.db
      .prepare(`INSERT INTO position_summary (topic_id, side_id, body, updated_at) VALUES (?, 'pakistan', 'Wants trade.', '2025-04-18')`)
      .run(trade);
    backend.close();
    return { dataDir, trade };
  }

  it('prints Markdown: a heading per topic, the summaries and a two-column table of cited statements', async () => {
    const { dataDir } = workspace();
    const result = await runCli(['compare', '--data-dir', dataDir], {});
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        '# Pakistan and Afghanistan compared',
        '',
        '## Zz Trade',
        '',
        '**Pakistan:** Wants trade.',
        '',
        '| Pakistan (1) | Afghanistan (1) |',
        '| --- | --- |',
        '| “Trade must "grow", fast” — Ishaq Dar (Deputy PM), 2025-04-17, Dawn | “Torkham \\| stays open” — Muttaqi, 2025-04-16, Dawn |',
        '',
        '## Zz Security',
        '',
        '| Pakistan (1) | Afghanistan (0) |',
        '| --- | --- |',
        '| “Militants cross” — ISPR, 2025-03-02, Dawn |  |',
        '',
      ].join('\n'),
    );
  });

  it('writes CSV with a byte order mark, one row per statement', async () => {
    const { dataDir } = workspace();
    const result = await runCli(['compare', '--format', 'csv', '--sides', 'pakistan,other', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    expect(result.stdout.slice(1).split('\r\n')).toEqual([
      'topic,side,said_on,speaker,role,kind,stance,quote,outlet,title,url',
      'Zz Trade,Pakistan,2025-04-17,Ishaq Dar,Deputy PM,direct,conciliatory,"Trade must ""grow"", fast",Dawn,"Talks, in Kabul",https://dawn.com/t',
      'Zz Security,Pakistan,2025-03-02,ISPR,,reported,,Militants cross,Dawn,"Talks, in Kabul",https://dawn.com/t',
      'Untagged,Other,2025-04-01,Someone,,direct,,Unrelated,Dawn,"Talks, in Kabul",https://dawn.com/t',
      '',
    ]);
  });

  it('prints JSON: the matrix with every statement of a cell, beyond one page', async () => {
    const { dataDir } = workspace(230);
    const result = await runCli(['compare', '--format', 'json', '--topic', 'zz trade', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    const matrix = CompareMatrix.parse(JSON.parse(result.stdout));
    expect(matrix.rows.map((r) => r.topic)).toEqual(['Zz Trade']);
    const [pakistan] = matrix.rows[0]!.cells;
    expect(pakistan!.count).toBe(231);
    expect(pakistan!.statements).toHaveLength(231);
    expect(new Set(pakistan!.statements.map((s) => s.id)).size).toBe(231);
  });

  it('narrows by topic id and by dates, both days included', async () => {
    const { dataDir, trade } = workspace();
    const byId = await runCli(['compare', '--format', 'json', '--topic', trade, '--from', '2025-04-17', '--data-dir', dataDir], {});
    const matrix = CompareMatrix.parse(JSON.parse(byId.stdout));
    expect(matrix.rows.flatMap((r) => r.cells.flatMap((c) => c.statements.map((s) => s.quote)))).toEqual(['Trade must "grow", fast']);
    const until = await runCli(['compare', '--format', 'json', '--to', '2025-03-02', '--data-dir', dataDir], {});
    expect(CompareMatrix.parse(JSON.parse(until.stdout)).total).toBe(1);
  });

  it('writes --out, replacing the file, and says so', async () => {
    const { dataDir } = workspace();
    const file = join(tempDir(), 'compare.md');
    await runCli(['compare', '--format', 'csv', '--out', file, '--data-dir', dataDir], {});
    const result = await runCli(['compare', '--out', file, '--data-dir', dataDir], {});
    expect(result).toMatchObject({ code: 0, stdout: `Wrote 3 statements to ${file}\n` });
    expect(readFileSync(file, 'utf8')).toMatch(/^# Pakistan and Afghanistan compared\n/);
  });

  it('fails clearly when the folder of --out does not exist', async () => {
    const { dataDir } = workspace();
    const file = join(tempDir(), 'missing', 'compare.md');
    const result = await runCli(['compare', '--out', file, '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the folder ${join(file, '..')} does not exist`);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses an unknown side with exit 2, listing the known ones', async () => {
    const { dataDir } = workspace();
    const result = await runCli(['compare', '--sides', 'pakistan,india', '--data-dir', dataDir], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown side “india”; the sides are pakistan, afghanistan, other.');
  });

  it('refuses an unknown topic, a bad date and a bad format with exit 2', async () => {
    const { dataDir } = workspace();
    const topic = await runCli(['compare', '--topic', 'Cricket', '--data-dir', dataDir], {});
    expect(topic.code).toBe(2);
    expect(topic.stderr).toMatch(/Unknown topic “Cricket”; the topics are .*Zz Trade, Zz Security, Untagged\./);
    expect((await runCli(['compare', '--from', '17/04/2025', '--data-dir', dataDir], {})).code).toBe(2);
    expect((await runCli(['compare', '--format', 'xlsx', '--data-dir', dataDir], {})).stderr).toContain('--format must be md, csv, json, docx, pdf or html');
  });
});
