import { readFile } from 'node:fs/promises';

/**
 * The pull request's number from the event payload: `pull_request.number`, else the
 * top-level `number` (both are in a `pull_request` event), or null when neither is there.
 */
export async function pullRequestNumber(eventPath: string): Promise<number | null> {
  const payload = JSON.parse(await readFile(eventPath, 'utf8')) as {
    number?: unknown;
    pull_request?: { number?: unknown };
  };
  const number = payload.pull_request?.number ?? payload.number;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null;
}
