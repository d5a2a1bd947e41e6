import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { Article } from '../../../shared/domain/article.js';
import { ActorAliasRecord, ActorId, ActorRoleRecord } from '../../../shared/domain/actor.js';
import { AnchorStatus } from '../../../shared/domain/annotation.js';
import { SideId } from '../../../shared/domain/side.js';
import { Stance, StatementKind } from '../../../shared/domain/statement.js';
import { AppError } from '../errors.js';

/**
 * A `.parallax-bundle`: gzip-compressed JSON holding chosen articles with everything hung on
 * them, for another analyst's workspace. Rows keep their ids (imports merge by id); tags travel
 * by path (names from the top of the codebook), as ids differ between codebooks.
 */
export const BUNDLE_FORMAT = 'parallax-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.parallax-bundle';
/** The most a bundle may hold uncompressed: refuses a decompression bomb before it fills memory. */
const MAX_JSON_BYTES = 512 * 1024 * 1024;

const Id = z.string().min(1).max(100);
const Time = z.string().min(1).max(40);
const TagPath = z.array(z.string().trim().min(1).max(120)).min(1).max(20);

const BundleRevision = z.object({
  revision: z.number().int(),
  title: z.string(),
  body: z.string(),
  content_hash: z.string(),
  imported_at: Time,
  replaced_at: Time,
});

const BundleArticle = Article.extend({ revisions: z.array(BundleRevision) });

const BundleTag = z.object({ path: TagPath, colour: z.string().regex(/^#[0-9a-f]{6}$/), description: z.string().nullable() });

const BundleAnnotation = z.object({
  id: Id,
  article_id: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  note: z.string(),
  colour: z.string().nullable(),
  status: AnchorStatus,
  tags: z.array(TagPath),
  created_at: Time,
  updated_at: Time,
});

const BundleSide = z.object({ id: SideId, name: z.string().min(1), colour: z.string(), position: z.number().int() });

const BundleActor = z.object({
  id: ActorId,
  name: z.string().min(1),
  kind: z.enum(['person', 'body']),
  side_id: SideId.nullable(),
  roles: z.array(ActorRoleRecord),
  aliases: z.array(ActorAliasRecord),
  created_at: Time,
});

const BundleStatement = z.object({
  id: Id,
  annotation_id: Id,
  actor_id: ActorId.nullable(),
  speaker_text: z.string().nullable(),
  side_id: SideId.nullable(),
  kind: StatementKind,
  stance: Stance.nullable(),
  said_on: z.string().nullable(),
  responds_to: Id.nullable(),
  created_at: Time,
  updated_at: Time,
});

const BundleNote = z.object({ id: Id, article_id: Id, body: z.string(), created_at: Time, updated_at: Time });

export const Bundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exported_at: Time,
  schema_version: z.number().int(),
  articles: z.array(BundleArticle),
  tags: z.array(BundleTag),
  annotations: z.array(BundleAnnotation),
  sides: z.array(BundleSide),
  actors: z.array(BundleActor),
  statements: z.array(BundleStatement),
  notes: z.array(BundleNote),
});
export type Bundle = z.infer<typeof Bundle>;
export type BundleArticle = z.infer<typeof BundleArticle>;
export type BundleTag = z.infer<typeof BundleTag>;
export type BundleAnnotation = z.infer<typeof BundleAnnotation>;
export type BundleActor = z.infer<typeof BundleActor>;
export type BundleStatement = z.infer<typeof BundleStatement>;
export type BundleNote = z.infer<typeof BundleNote>;

export const pathKey = (path: readonly string[]) => JSON.stringify(path.map((name) => name.toLocaleLowerCase('und')));

export function encodeBundle(bundle: Bundle): Buffer {
  return gzipSync(JSON.stringify(bundle));
}

function refuse(name: string, reason: string): never {
  throw new AppError('unsupported_format', `${name} is not a Parallax bundle this app can import: ${reason}.`);
}

/** Every reference inside the bundle points at something the bundle holds, so an import cannot half-apply. */
function checkReferences(bundle: Bundle, name: string): void {
  const have = (ids: Iterable<string>) => new Set(ids);
  const bodies = new Map(bundle.articles.map((a) => [a.id, a.body.length]));
  const articles = have(bodies.keys());
  const tags = have(bundle.tags.map((t) => pathKey(t.path)));
  const annotations = have(bundle.annotations.map((a) => a.id));
  const sides = have(bundle.sides.map((s) => s.id));
  const actors = have(bundle.actors.map((a) => a.id));
  const missing = (what: string, id: string, owner: string) => refuse(name, `${owner} refers to ${what} “${id}”, which it does not hold`);
  for (const a of bundle.annotations) {
    if (!articles.has(a.article_id)) missing('article', a.article_id, `highlight ${a.id}`);
    if (a.end > bodies.get(a.article_id)! || a.end <= a.start) refuse(name, `highlight ${a.id} lies outside its article's text`);
    for (const path of a.tags) if (!tags.has(pathKey(path))) missing('tag', path.join(' › '), `highlight ${a.id}`);
  }
  for (const s of bundle.statements) {
    if (!annotations.has(s.annotation_id)) missing('highlight', s.annotation_id, `statement ${s.id}`);
    if (s.actor_id !== null && !actors.has(s.actor_id)) missing('actor', s.actor_id, `statement ${s.id}`);
    if (s.side_id !== null && !sides.has(s.side_id)) missing('side', s.side_id, `statement ${s.id}`);
  }
  for (const a of bundle.actors) if (a.side_id !== null && !sides.has(a.side_id)) missing('side', a.side_id, `actor ${a.id}`);
  for (const n of bundle.notes) if (!articles.has(n.article_id)) missing('article', n.article_id, `note ${n.id}`);
  for (const t of bundle.tags) {
    if (t.path.length > 1 && !tags.has(pathKey(t.path.slice(0, -1)))) missing('tag', t.path.slice(0, -1).join(' › '), `tag ${t.path.join(' › ')}`);
  }
}

/** Reads a bundle file, refusing (AppError unsupported_format, naming why) anything else. */
export function decodeBundle(bytes: Buffer, name: string): Bundle {
  let json: string;
  try {
    json = gunzipSync(bytes, { maxOutputLength: MAX_JSON_BYTES }).toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AppError('too_large', `${name} unpacks to more than ${MAX_JSON_BYTES / 1024 / 1024} MB.`);
    }
    return refuse(name, 'it is not gzip-compressed');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse(name, 'its content is not JSON');
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (head?.format !== BUNDLE_FORMAT) refuse(name, `it does not say "format": "${BUNDLE_FORMAT}"`);
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
    refuse(name, `it was written by a newer Parallax (bundle version ${head.version}; this app reads ${BUNDLE_VERSION})`);
  }
  const parsed = Bundle.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    refuse(name, `${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  checkReferences(parsed.data, name);
  return parsed.data;
}
