import { codePointOffsets } from './codePoints.js';
import { derivedGuid } from './derivedGuid.js';
import type { ExportArticle, ExportData, ExportHighlight, ExportTag } from './exportData.js';
import { statementLine } from './statementLine.js';
import { element, textElement } from './xml.js';

const NAMESPACE = 'urn:QDA-XML:project:1.0';
/** The one user every selection and coding is attributed to (Parallax workspaces have no users). */
export const PARALLAX_USER = derivedGuid('parallax', 'user');
const SELECTION_NAME_LENGTH = 60;

/** Where an article's text is stored inside the .qdpx (the `sources/` folder). */
export const sourceFileName = (article: ExportArticle) => `${article.id}.txt`;

function codes(codebook: readonly ExportTag[], parentId: string | null): string[] {
  return codebook
    .filter((tag) => tag.parent_id === parentId)
    .map((tag) =>
      element('Code', { guid: tag.id, name: tag.name, isCodable: true, color: tag.colour }, [
        ...(tag.description ? [textElement('Description', tag.description)] : []),
        ...codes(codebook, tag.id),
      ]),
    );
}

const noteGuid = (h: ExportHighlight) => derivedGuid(h.id, 'note');

function selectionName(exact: string): string {
  const oneLine = exact.replace(/\s+/g, ' ').trim();
  const chars = [...oneLine];
  return chars.length <= SELECTION_NAME_LENGTH ? oneLine : `${chars.slice(0, SELECTION_NAME_LENGTH - 1).join('')}…`;
}

/** A coded selection: positions in characters (code points), end exclusive, as QDA-XML counts them. */
function selection(h: ExportHighlight, toCodePoints: (offset: number) => number): string {
  return element(
    'PlainTextSelection',
    {
      guid: h.id,
      name: selectionName(h.exact),
      startPosition: toCodePoints(h.start),
      endPosition: toCodePoints(h.end),
      creatingUser: PARALLAX_USER,
      creationDateTime: h.created_at,
      modifyingUser: PARALLAX_USER,
      modifiedDateTime: h.updated_at,
    },
    [
      ...(h.statement ? [textElement('Description', statementLine(h.statement))] : []),
      ...h.tags.map((tag) =>
        element('Coding', { guid: derivedGuid(`${h.id}/${tag.id}`, 'coding'), creatingUser: PARALLAX_USER, creationDateTime: h.created_at }, [
          element('CodeRef', { targetGUID: tag.id }),
        ]),
      ),
      ...(h.note.trim() ? [element('NoteRef', { targetGUID: noteGuid(h) })] : []),
    ],
  );
}

function articleDescription(article: ExportArticle): string {
  return [article.outlet, article.published_at, article.url].filter(Boolean).join(' · ');
}

function textSource(article: ExportArticle, highlights: readonly ExportHighlight[]): string {
  const toCodePoints = codePointOffsets(article.body);
  const description = articleDescription(article);
  return element(
    'TextSource',
    {
      guid: article.id,
      name: article.title,
      plainTextPath: `internal://${sourceFileName(article)}`,
      creatingUser: PARALLAX_USER,
      creationDateTime: article.imported_at,
    },
    [...(description ? [textElement('Description', description)] : []), ...highlights.map((h) => selection(h, toCodePoints))],
  );
}

function note(h: ExportHighlight): string {
  return element('Note', { guid: noteGuid(h), name: `Note on “${selectionName(h.exact)}”`, creatingUser: PARALLAX_USER, creationDateTime: h.updated_at }, [
    textElement('PlainTextContent', h.note),
  ]);
}

/**
 * project.qde (QDA-XML 1.0): the user, the codebook (tags with their hierarchy and colours), one
 * TextSource per article with its highlights as coded selections, and the highlights' notes.
 * Orphaned highlights are left out: their offsets no longer point at their quote.
 */
export function qdeProject(data: ExportData, created: Date, origin: string): string {
  const placed = data.highlights.filter((h) => h.status !== 'orphaned');
  const byArticle = new Map<string, ExportHighlight[]>();
  for (const h of placed) {
    const list = byArticle.get(h.article_id);
    if (list) list.push(h);
    else byArticle.set(h.article_id, [h]);
  }
  const codebook = codes(data.codebook, null);
  const notes = placed.filter((h) => h.note.trim());
  const project = element(
    'Project',
    { xmlns: NAMESPACE, name: 'Parallax export', origin, creatingUserGUID: PARALLAX_USER, creationDateTime: created.toISOString() },
    [
      element('Users', {}, [element('User', { guid: PARALLAX_USER, name: 'Parallax' })]),
      ...(codebook.length > 0 ? [element('CodeBook', {}, [element('Codes', {}, codebook)])] : []),
      ...(data.articles.length > 0
        ? [element('Sources', {}, data.articles.map((article) => textSource(article, byArticle.get(article.id) ?? [])))]
        : []),
      ...(notes.length > 0 ? [element('Notes', {}, notes.map(note))] : []),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${project}\n`;
}
