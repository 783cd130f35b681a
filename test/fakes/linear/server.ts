/** The Linear fake over real HTTP, for clients in another process (the CLI, a demo, a benchmark). */
import { startHttpServer, type RunningServer } from '../http-server.js';
import { createLinearFake, type LinearFake, type LinearFakeOptions } from './handler.js';

export interface LinearFakeServerOptions extends LinearFakeOptions {
  port?: number;
  latencyMs?: number;
}

export interface LinearFakeServer extends RunningServer {
  fake: LinearFake;
  /** The GraphQL endpoint: `<url>/graphql`, what `linear.apiUrl` takes. */
  apiUrl: string;
}

export async function startLinearFakeServer(
  options: LinearFakeServerOptions = {},
): Promise<LinearFakeServer> {
  const fake = createLinearFake(options);
  const server = await startHttpServer(fake.handle, {
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
  });
  return { ...server, fake, apiUrl: `${server.url}/graphql` };
}
