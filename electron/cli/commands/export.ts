import { UsageError } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { exportAnnotations } from './exportAnnotations.js';
import { exportNote } from './exportNote.js';

const SUBJECTS = ['note', 'annotations'] as const;

async function run(context: CommandContext): Promise<number> {
  const [subject, ...rest] = context.positionals;
  switch (subject) {
    case 'annotations':
      if (rest.length > 0) throw new UsageError(`Unexpected argument “${rest[0]}” for parallax export annotations.`);
      return exportAnnotations(context);
    case 'note':
      if (rest.length > 1) throw new UsageError(`Unexpected argument “${rest[1]}” for parallax export note.`);
      return exportNote(context, rest[0]);
    default:
      throw new UsageError(`parallax export exports ${SUBJECTS.join(' or ')}, not “${subject}”.`);
  }
}

/** `parallax export note|annotations …`: a briefing note as a document, or the highlights as data. */
export const exportCommand: Command = {
  name: 'export',
  arguments: 'note <id> | annotations',
  summary:
    'Export a briefing note (note <id>: DOCX, PDF, HTML or Markdown), or highlights and statements as data (annotations: ' +
    'CSV with a byte order mark, JSON, W3C Web Annotation JSON-LD, or a REFI-QDA .qdpx project).',
  options: {
    format: { value: 'FORMAT', help: 'note: docx, pdf, html or md; annotations: csv, json, w3c or qdpx' },
    out: { value: 'FILE', help: 'write to FILE (replacing it); its folder must exist' },
    article: { value: 'ID[,ID…]', help: 'annotations: only these articles (default: every article with a highlight)' },
  },
  positionals: { min: 1, max: 2 },
  run,
};
