import { ExportFormat } from '../../../shared/domain/briefing.js';
import { UsageError } from '../args.js';
import { invoke, withBackend, type CommandContext } from '../command.js';
import { writeOutputFile } from '../outputFile.js';

function format(option: string | true | undefined) {
  const parsed = ExportFormat.safeParse(option);
  if (!parsed.success) {
    throw new UsageError(
      option === undefined || option === true
        ? 'parallax export note needs --format docx|pdf|html|md.'
        : `--format must be docx, pdf, html or md for a note, not “${option}”.`,
    );
  }
  return parsed.data;
}

/**
 * `parallax export note <id> --format docx|pdf|html|md --out FILE`: a briefing note rendered by the
 * export.briefing channel (PDF through a system Chromium), written to FILE.
 */
export async function exportNote(context: CommandContext, id: string | undefined): Promise<number> {
  const { options } = context;
  if (id === undefined) throw new UsageError('parallax export note needs the note’s id.');
  if (options.article !== undefined) throw new UsageError('--article is for parallax export annotations, not a note.');
  const chosen = format(options.format);
  const out = options.out;
  if (out === undefined || out === true) throw new UsageError('parallax export note needs --out FILE.');
  return withBackend(context, async (backend) => {
    const result = await invoke(backend, 'export.briefing', { id, format: chosen });
    if (!result.ok) throw new Error(result.error.message);
    writeOutputFile(out, Buffer.from(result.value.data, 'base64'));
    context.io.stdout.write(`Wrote ${out}\n`);
    return 0;
  });
}
