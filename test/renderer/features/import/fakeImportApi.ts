import { ApiError } from '../../../../renderer/api/apiError';
import type { Api } from '../../../../renderer/api/client';
import type { ImportFileInput, ImportFileResult } from '../../../../shared/domain/importing';
import type { ApiError as ApiErrorShape } from '../../../../shared/result';
import { fakeApi, type FakeApi } from '../../helpers/fakeApi';

type Answer = Omit<ImportFileResult, 'file'> | { error: ApiErrorShape };

export interface FakeImportApi extends FakeApi {
  /** The `import.file` inputs received, in order. */
  imports: { name: string; data: string }[];
  /** Most `import.file` calls that were ever in flight at once. */
  maxInFlight: number;
  /** What `import.file` answers for this file name; by default each file is imported as a new article. */
  answer(name: string, answer: Answer): void;
  /** Runs before each `import.file` answers (await a promise in it to hold the call open). */
  beforeAnswer: (input: { name: string; data: string }, index: number) => void | Promise<void>;
}

/**
 * The in-memory fake library with `import.file` answered as the backend would: each imported file
 * becomes an article (so the library list and the reader see it). The real handler is still being
 * built; swap to backendApi() once it answers.
 */
export function fakeImportApi(): FakeImportApi {
  const base = fakeApi();
  const answers = new Map<string, Answer>();
  let inFlight = 0;

  async function importFile({ name, data }: { name: string; data: string }): Promise<ImportFileResult> {
    inFlight += 1;
    fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
    try {
      fake.imports.push({ name, data });
      await fake.beforeAnswer({ name, data }, fake.imports.length - 1);
      const answer = answers.get(name);
      if (answer && 'error' in answer) throw new ApiError(answer.error);
      if (answer) return { file: name, ...answer };
      const stored = fake.seed({ title: `Title of ${name}`, body: atob(data), source_name: name });
      return { file: name, status: 'imported', items: [{ status: 'imported', id: stored.id, title: stored.title, revision: 1 }] };
    } finally {
      inFlight -= 1;
    }
  }

  const api: Api = {
    invoke(channel, input) {
      if (channel !== 'import.file') return base.api.invoke(channel, input);
      base.calls.push({ channel, input });
      // The channel is import.file here, so the output is an ImportFileResult.
      return importFile(input as ImportFileInput) as never;
    },
  };

  const fake: FakeImportApi = {
    ...base,
    api,
    imports: [],
    maxInFlight: 0,
    answer: (name, answer) => void answers.set(name, answer),
    beforeAnswer: () => {},
  };
  return fake;
}

/** A promise and the function that settles it, to hold a fake call open. */
export function deferred(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

/** True when the library list was asked for again after the last file was imported. */
export function listReloadedAfterImport(backend: FakeApi): boolean {
  const channels = backend.calls.map((call) => call.channel);
  const lastImport = channels.lastIndexOf('import.file');
  return lastImport >= 0 && channels.indexOf('articles.list', lastImport) > lastImport;
}

export const textFile = (path: string, text = `Text of ${path}`) => new File([text], path.split('/').pop()!, { type: 'text/plain' });
