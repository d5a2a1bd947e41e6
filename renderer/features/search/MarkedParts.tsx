import { Fragment } from 'react';
import type { SnippetPart } from '../../../shared/domain/search';

/** Text with the matched runs in <mark>; always React text, never markup. */
export function MarkedParts({ parts }: { parts: readonly SnippetPart[] }) {
  return parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>));
}
