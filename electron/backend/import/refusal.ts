/**
 * A per-file refusal. Its message completes the sentence "<file> …" for the analyst, e.g.
 * "is password-protected", so it starts with a verb and names the problem.
 */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusal';
  }
}
