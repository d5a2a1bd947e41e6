#!/usr/bin/env node
// The `parallax` command. tsx compiles the TypeScript source as it is imported, so the CLI runs
// straight from the checkout without a build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
