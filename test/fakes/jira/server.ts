/** The Jira fake over real HTTP, for clients in another process (the CLI, a demo, a benchmark). */
import { startHttpServer, type RunningServer } from '../http-server.js';
import { createJiraFake, type JiraFake, type JiraFakeOptions } from './handler.js';

export interface JiraFakeServerOptions extends JiraFakeOptions {
  port?: number;
  latencyMs?: number;
}

export interface JiraFakeServer extends RunningServer {
  fake: JiraFake;
}

export async function startJiraFakeServer(
  options: JiraFakeServerOptions = {},
): Promise<JiraFakeServer> {
  const fake = createJiraFake(options);
  const server = await startHttpServer(fake.handle, {
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
  });
  return { ...server, fake };
}
