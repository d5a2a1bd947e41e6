/**
 * One of two processes writing to one workspace at once (the app and the CLI, say):
 *   node --import tsx writer.ts <dataDir> <name> <count> <expectedTotal>
 * Creates `count` articles, then waits until it sees `expectedTotal` (the other's too) and
 * prints the total it saw.
 */
import { startBackend } from '../../../electron/backend/app.js';

const [dataDir, name, count, expected] = process.argv.slice(2);
const backend = startBackend(dataDir!, { logError: (error) => console.error(error) });
for (let i = 0; i < Number(count); i++) {
  const result = await backend.dispatch('articles.create', { title: `${name} ${i}`, body: `Written by ${name}, number ${i}.` });
  if (!result.ok) throw new Error(result.error.message);
}
const total = () => backend.workspace.db.prepare('SELECT count(*) FROM article').pluck().get() as number;
for (let tries = 0; total() < Number(expected) && tries < 600; tries++) await new Promise((r) => setTimeout(r, 100));
console.log(total());
backend.close();
