import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from '../../../helpers/fixtures.js';

const SUITE = fixturePath('interop/w3c-web-annotation-tests');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

// The suite's schemas use two formats; ajv-draft-04 knows none without ajv-formats, so both are defined here (RFC 3339, RFC 3986 absolute URI).
const FORMATS = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
  uri: /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]*$/i,
};

export interface Assertion {
  file: string;
  validate: ValidateFunction;
}

/**
 * Every assertion schema a test manifest of the W3C Web Annotation test suite lists (e.g.
 * `annotations/annotationMusts.test`), compiled with draft-04 support against the suite's
 * shared definitions.
 */
export function manifestAssertions(manifest: string): Assertion[] {
  // Unknown keywords (assertionType, errorMessage…) are the harness's, not JSON Schema's.
  const ajv = new Ajv({ strict: false, allErrors: true, formats: FORMATS });
  for (const file of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(readJson(join(SUITE, 'definitions', file)));
  const { assertions } = readJson(join(SUITE, manifest)) as { assertions: string[] };
  return assertions.map((file) => {
    const schema = readJson(join(SUITE, file));
    // Every "must" assertion expects the instance to be valid; check rather than assume.
    if (schema.expectedResult !== 'valid') throw new Error(`${file} expects ${String(schema.expectedResult)}`);
    return { file, validate: ajv.compile(schema) };
  });
}

/** The assertions of `manifest` that `instance` fails, each with ajv's reasons. */
export function failedAssertions(assertions: readonly Assertion[], instance: unknown): string[] {
  return assertions
    .filter(({ validate }) => !validate(instance))
    .map(({ file, validate }) => `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
}
