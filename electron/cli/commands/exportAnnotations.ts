import { AnnotationExportFormat } from '../../../shared/domain/exchange.js';
import { UsageError } from '../args.js';
import { invoke, withBackend, type CommandContext } from '../command.js';
import { writeOutputFile } from '../outputFile.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function format(option: string | true | undefined) {
  const parsed = AnnotationExportFormat.safeParse(option);
  if (!parsed.success) {
    throw new UsageError(
      option === undefined || option === true
        ? 'parallax export annotations needs --format csv|json|w3c|qdpx.'
        : `--format must be csv, json, w3c or qdpx for annotations, not “${option}”.`,
    );
  }
  return parsed.data;
}

/** `--article ID[,ID…]`: the articles to export; absent, every article with a highlight. */
function articleIds(option: string | true | undefined): string[] | undefined {
  if (option === undefined) return undefined;
  if (option === true) throw new UsageError('--article needs an article id.');
  const ids = option.split(',').map((id) => id.trim()).filter(Boolean);
  const bad = ids.find((id) => !UUID.test(id));
  if (bad !== undefined || ids.length === 0) {
    throw new UsageError(`--article takes article ids (as parallax list --json shows them), not “${bad ?? option}”.`);
  }
  return ids;
}

/**
 * `parallax export annotations --format csv|json|w3c|qdpx --out FILE [--article ID[,ID…]]`:
 * highlights and statements as the export.annotations channel renders them, written to FILE.
 */
export async function exportAnnotations(context: CommandContext): Promise<number> {
  const { options } = context;
  const chosen = format(options.format);
  const ids = articleIds(options.article);
  const out = options.out;
  if (out === undefined || out === true) throw new UsageError('parallax export annotations needs --out FILE.');
  return withBackend(context, async (backend) => {
    const result = await invoke(backend, 'export.annotations', { format: chosen, ...(ids ? { article_ids: ids } : {}) });
    if (!result.ok) throw new Error(result.error.message);
    writeOutputFile(out, Buffer.from(result.value.data, 'base64'));
    context.io.stdout.write(`Wrote ${out}\n`);
    return 0;
  });
}
