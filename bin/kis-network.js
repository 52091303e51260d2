#!/usr/bin/env node
// Shim: run the CLI and hand its exit code to Node. All logic lives in dist/cli.
import { run } from '../dist/cli/run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
