import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../shared/contract.js';
import { ERROR_CODES } from '../../shared/result.js';
import { useBackend } from '../helpers/backend.js';

/** A digest of every row of every table (FTS shadow tables included): equal digests, unchanged data. */
function checksum(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).raw().iterate()) hash.update(JSON.stringify(row, (_, v) => (typeof v === 'bigint' || Buffer.isBuffer(v) ? String(v) : v)));
  }
  return hash.digest('hex');
}

/** The field names a channel's input object declares, so the fuzzer also hits the right keys with wrong values. */
function inputKeys(channel: Channel): string[] {
  const schema = contract[channel].input as unknown as { shape?: Record<string, unknown> };
  return schema instanceof z.ZodObject && schema.shape ? Object.keys(schema.shape) : [];
}

const odd = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '../../etc/passwd', 'javascript:alert(1)', '<script>x</script>', 'not-a-uuid', '00000000-0000-4000-8000-000000000000'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, null, true, [], {}),
);

function malformedInput(channel: Channel): fc.Arbitrary<unknown> {
  const keys = inputKeys(channel);
  const shaped = keys.length
    ? fc.dictionary(fc.constantFrom(...keys, 'extra', '__proto__', 'constructor'), odd, { maxKeys: keys.length + 1 })
    : fc.dictionary(fc.string(), odd);
  return fc.oneof(odd, shaped, fc.array(odd, { maxLength: 3 }));
}

describe('every contract channel under random and malformed input', () => {
  const backend = useBackend();
  const channels = Object.keys(contract) as Channel[];

  it('never crashes, never answers internal, and writes nothing when it refuses', { timeout: 600_000 }, async () => {
    const b = backend();
    // Something stored, so refusals have data they could damage.
    const article = await b.dispatch('articles.create', { title: 'Torkham reopens', body: 'The crossing reopened on Monday after talks.' });
    expect(article.ok).toBe(true);
    expect((await b.dispatch('tags.create', { name: 'Trade' })).ok).toBe(true);

    for (const channel of channels) {
      await fc.assert(
        fc.asyncProperty(malformedInput(channel), async (input) => {
          const before = checksum(b.workspace.db);
          const answer = await b.dispatch(channel, input);
          expect(typeof answer.ok).toBe('boolean');
          if (answer.ok) return;
          expect(ERROR_CODES).toContain(answer.error.code);
          expect(answer.error.code, `${channel}: ${answer.error.message}`).not.toBe('internal');
          expect(answer.error.message.length).toBeGreaterThan(0);
          expect(checksum(b.workspace.db), `${channel} wrote while refusing ${JSON.stringify(input)}`).toBe(before);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('refuses an unknown channel as invalid_input', async () => {
    const answer = await backend().dispatch('no.such.channel', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'channel' } });
  });
});
