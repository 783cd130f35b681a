/** The GitHub fake over real HTTP, for clients in another process (the CLI, a demo, a benchmark). */
import { startHttpServer, type RunningServer } from '../http-server.js';
import { createGitHubFake, type GitHubFake, type GitHubFakeOptions } from './handler.js';

export interface GitHubFakeServerOptions extends GitHubFakeOptions {
  port?: number;
  latencyMs?: number;
}

export interface GitHubFakeServer extends RunningServer {
  fake: GitHubFake;
}

export async function startGitHubFakeServer(
  options: GitHubFakeServerOptions = {},
): Promise<GitHubFakeServer> {
  const fake = createGitHubFake(options);
  const server = await startHttpServer(fake.handle, {
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
  });
  return { ...server, fake };
}
