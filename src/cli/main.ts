import { quietPipe } from './quiet-pipe.js';
import { run } from './run.js';

const code = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: quietPipe(process.stdout),
  stderr: quietPipe(process.stderr),
  isTTY: process.stdout.isTTY === true,
});
process.exitCode = code;
