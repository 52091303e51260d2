#!/usr/bin/env node
// Shim: run the CLI and hand its exit code to Node. All logic lives in dist/cli.
import { run } from '../dist/cli/run.js';

// `kis-network … | head` closes stdout early: stop writing to it quietly, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
