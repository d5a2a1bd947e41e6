import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { describeSelection, reanchorAll, type TextAnchor } from '../../../shared/anchoring/index.js';
import type {
  Annotation,
  AnnotationCreateInput,
  AnnotationReattachInput,
  AnnotationUpdateInput,
} from '../../../shared/domain/annotation.js';
import { AppError } from '../errors.js';
import type { AnnotationRepo, AnnotationRow } from '../repos/annotationRepo.js';
import type { ArticleRepo } from '../repos/articleRepo.js';
import type { TagRepo } from '../repos/tagRepo.js';

type Span = Pick<AnnotationRow, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'>;

/** The span's quote taken from the stored body (a client's idea of the text is never trusted). */
function quoteOf(body: string, start: number, end: number): Span {
  try {
    const { quote } = describeSelection(body, start, end);
    return { start, end, ...quote };
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('invalid_input', error.message, end > body.length ? 'end' : 'start');
    throw error;
  }
}

const toAnchor = (a: Annotation): TextAnchor => ({
  start: a.start,
  end: a.end,
  quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix },
});

const rowOf = ({ tag_ids: _tags, ...row }: Annotation): AnnotationRow => row;

const sameRow = (a: AnnotationRow, b: AnnotationRow) =>
  (Object.keys(a) as (keyof AnnotationRow)[]).every((key) => key === 'updated_at' || a[key] === b[key]);

/** Highlights: created on the stored text, edited, re-attached, and re-anchored on new text. */
export function annotationService(annotations: AnnotationRepo, articles: ArticleRepo, tags: TagRepo) {
  function bodyOf(articleId: string, field = 'article_id'): string {
    const article = articles.get(articleId);
    if (!article) throw new AppError('not_found', `No article with id ${articleId}.`, field);
    return article.body;
  }

  function mustGet(id: string): Annotation {
    const annotation = annotations.get(id);
    if (!annotation) throw new AppError('not_found', `No highlight with id ${id}.`, 'id');
    return annotation;
  }

  /** The tag ids without repeats, each one checked to exist. */
  function checkedTags(tagIds: readonly string[]): string[] {
    const unique = [...new Set(tagIds)];
    const found = tags.existing(unique);
    const missing = unique.find((id) => !found.has(id));
    if (missing) throw new AppError('not_found', `No tag with id ${missing}.`, 'tag_ids');
    return unique;
  }

  function save(current: Annotation, next: AnnotationRow, now: Date): void {
    if (!sameRow(rowOf(current), next)) annotations.update({ ...next, updated_at: now.toISOString() });
  }

  return {
    create(input: z.output<typeof AnnotationCreateInput>, now: Date = new Date()): Annotation {
      const span = quoteOf(bodyOf(input.article_id), input.start, input.end);
      const tagIds = checkedTags(input.tag_ids);
      const id = randomUUID();
      const at = now.toISOString();
      annotations.insert({
        id, article_id: input.article_id, ...span, note: input.note, colour: input.colour,
        status: 'anchored', created_at: at, updated_at: at,
      });
      annotations.setTags(id, tagIds);
      return annotations.get(id)!;
    },

    list(articleId: string): Annotation[] {
      bodyOf(articleId);
      return annotations.listForArticle(articleId);
    },

    update(input: z.output<typeof AnnotationUpdateInput>, now: Date = new Date()): Annotation {
      const current = mustGet(input.id);
      if (input.tag_ids !== undefined) {
        const tagIds = checkedTags(input.tag_ids);
        if (tagIds.join() !== current.tag_ids.join()) annotations.setTags(current.id, tagIds);
      }
      save(current, {
        ...rowOf(current),
        note: input.note ?? current.note,
        colour: input.colour === undefined ? current.colour : input.colour,
      }, now);
      return annotations.get(current.id)!;
    },

    delete(id: string): { id: string } {
      mustGet(id);
      annotations.delete(id);
      return { id };
    },

    /** Places a highlight on newly selected text of its article: a fresh quote, anchored. */
    reattach({ id, start, end }: z.output<typeof AnnotationReattachInput>, now: Date = new Date()): Annotation {
      const current = mustGet(id);
      const span = quoteOf(bodyOf(current.article_id), start, end);
      save(current, { ...rowOf(current), ...span, status: 'anchored' }, now);
      return annotations.get(id)!;
    },

    orphans: () => annotations.orphans(),

    /**
     * Re-anchors an article's highlights on its new text. Found ones take their new offsets and
     * the quote around them there; orphans keep their last quote and offsets for review. Nothing
     * is deleted; rows that did not change are not written.
     */
    reanchorArticle(articleId: string, newBody: string, now: Date = new Date()): void {
      const current = annotations.listForArticle(articleId);
      const results = reanchorAll(current.map(toAnchor), newBody);
      current.forEach((annotation, index) => {
        const result = results[index]!;
        const next: AnnotationRow =
          result.status === 'orphaned'
            ? { ...rowOf(annotation), status: 'orphaned' }
            : { ...rowOf(annotation), ...quoteOf(newBody, result.start, result.end), status: result.status };
        save(annotation, next, now);
      });
    },
  };
}
export type AnnotationService = ReturnType<typeof annotationService>;
