// Highlight anchoring: describe a selection, then find it again in a later version of the text.
export { describeSelection } from './describe.js';
export { reanchor, reanchorAll } from './reanchor.js';
export { CONTEXT_LENGTH } from './context.js';
export type { AnchorStatus, Reanchored, TextAnchor, TextQuote } from './types.js';
