import type { Backend } from '../../../electron/backend/app.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract.js';
import type { ApiError } from '../../../shared/result.js';

export const BODY =
  'ISLAMABAD: Pakistan and Afghanistan agreed to reopen the Torkham crossing after talks in Kabul.\n\n' +
  'The Joint Coordination Committee will meet again next month to discuss the TTP.';

/** Typed calls on a backend: `ok` unwraps a success, `fails` unwraps a refusal. */
export function annotating(backend: Backend) {
  async function ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await backend.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  }
  async function fails<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiError> {
    const result = await backend.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
    return result.error;
  }
  const count = (sql: string) => backend.workspace.db.prepare(sql).pluck().get() as number;
  const tagNamed = async (name: string) => {
    const tag = (await ok('tags.list', {})).find((t) => t.name === name);
    if (!tag) throw new Error(`no tag ${name}`);
    return tag;
  };
  const article = async (body = BODY, title = 'Torkham to reopen') => (await ok('articles.create', { title, body })).id;
  /** Every row of the undoable tables, for before/after comparisons. */
  const snapshot = () =>
    Object.fromEntries(
      ['tag', 'annotation', 'annotation_tag', 'note'].map((table) => [
        table,
        backend.workspace.db.prepare(`SELECT rowid, * FROM ${table} ORDER BY rowid`).all(),
      ]),
    );
  return { ok, fails, count, tagNamed, article, snapshot };
}
