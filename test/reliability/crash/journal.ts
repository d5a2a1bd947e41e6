import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * One unit of work the soak child performs, as it announces it before starting. Each carries
 * markers unique to the unit, so the checker can find what (if anything) of it was stored.
 */
export type Unit =
  /** An import of a JSON file holding one article; `replaces` is the key of the text it supersedes at the same address. */
  | { kind: 'import'; key: string; url: string; replaces: string | null }
  /** A tag named `<role>-<key>` (the key carries the role). */
  | { kind: 'tag'; key: string; role: 'from' | 'into' | 'edit' }
  /** A highlight with note `h-<key>` and these tags. */
  | { kind: 'highlight'; key: string; article_id: string; tag_ids: string[]; purpose: 'edit' | 'merge' }
  /** Highlight `key`'s note set to `e-<key>` and its tags to [tag_id], in one update. */
  | { kind: 'edit'; key: string; tag_id: string }
  /** Tag `from` merged into `into`; `highlights` are the keys of the highlights that carried `from`. */
  | { kind: 'merge'; key: string; from: string; into: string; highlights: string[] };

export interface JournalEntry {
  unit: Unit;
  /** The child saw the channel answer ok (and recorded it) before it was killed. */
  committed: boolean;
}

/**
 * The child's side file: an intent line before each unit and a commit line after it, each
 * flushed to disk (fsync) before the child goes on, so a kill can only cut a line short.
 */
export class JournalWriter {
  private readonly fd: number;
  constructor(file: string) {
    this.fd = openSync(file, 'a');
  }
  private write(line: object): void {
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
    fsyncSync(this.fd);
  }
  intent(unit: Unit): void {
    this.write({ t: 'intent', unit });
  }
  commit(key: string, kind: Unit['kind']): void {
    this.write({ t: 'commit', key, kind });
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Every unit the journal announces, with whether it was reported finished. A torn last line is ignored. */
export function readJournal(file: string): JournalEntry[] {
  if (!existsSync(file)) return [];
  const entries = new Map<string, JournalEntry>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    let parsed: { t: string; unit?: Unit; key?: string; kind?: string };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      continue; // the line a kill cut short (or the empty tail)
    }
    if (parsed.t === 'intent' && parsed.unit) {
      entries.set(`${parsed.unit.kind}:${parsed.unit.key}`, { unit: parsed.unit, committed: false });
    } else if (parsed.t === 'commit') {
      const entry = entries.get(`${parsed.kind}:${parsed.key}`);
      if (!entry) throw new Error(`The journal commits ${parsed.kind} ${parsed.key} without announcing it.`);
      entry.committed = true;
    }
  }
  return [...entries.values()];
}
