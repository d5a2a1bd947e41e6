import { z } from 'zod';
import { IsoDateish } from '../../../../shared/domain/article.js';
import { canonicalBody, cleanLine } from '../../../../shared/text/normalize.js';
import { decodeText } from '../decodeText.js';
import type { ExtractedArticle } from '../extractedArticle.js';
import { definedFields, httpUrl, languageCode } from '../metadataValues.js';
import { ImportRefusal } from '../refusal.js';

const text = (what: string) => z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : `must be ${what}`) });
const optionalLine = z.string({ error: 'must be text' }).transform(cleanLine).optional();

/** One article of a JSON import; unknown keys are ignored. */
const JsonArticle = z.object(
  {
    title: text('text').transform(cleanLine).refine((s) => s.length > 0, 'must not be empty'),
    body: text('text').refine((s) => s.trim().length > 0, 'must not be empty'),
    url: z
      .string({ error: 'must be text' })
      .refine((s) => httpUrl(s) !== undefined, 'must be an http(s) address')
      .transform((s) => httpUrl(s))
      .optional(),
    outlet: optionalLine,
    author: optionalLine,
    published_at: z.string({ error: 'must be a date like 2025-04-17' }).pipe(IsoDateish).optional(),
    language: z
      .string({ error: 'must be a language code like en or ur' })
      .refine((s) => languageCode(s) !== undefined, 'must be a language code like en or ur')
      .transform((s) => languageCode(s))
      .optional(),
    direction: z.enum(['ltr', 'rtl'], { error: 'must be ltr or rtl' }).optional(),
  },
  { error: 'must be an object with title and body' },
);

/** "entry 3: body is missing" (entries counted from 1, as a person reads the list). */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [index, field] = issue.path;
  const where = `entry ${Number(index) + 1}`;
  return field === undefined ? `${where} ${issue.message}` : `${where}: ${String(field)} ${issue.message}`;
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new ImportRefusal(`is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * A JSON array of articles `{title, body, url?, outlet?, author?, published_at?, language?,
 * direction?}`; one bad entry refuses the whole file, naming the entry and the field.
 */
export function extractJson(bytes: Uint8Array): ExtractedArticle[] {
  const data = parseJson(decodeText(bytes));
  if (!Array.isArray(data)) throw new ImportRefusal('is not a list of articles (expected a JSON array of {title, body} objects)');
  if (data.length === 0) throw new ImportRefusal('holds no articles');
  const parsed = z.array(JsonArticle).safeParse(data);
  if (!parsed.success) throw new ImportRefusal(describeIssue(parsed.error.issues[0]!));
  return parsed.data.map((entry) => definedFields({ ...entry, body: canonicalBody(entry.body) }));
}
