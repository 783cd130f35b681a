/** The repository itself and the authenticated user: what a client checks before syncing. */
import { renderRepo } from '../render-repo.js';
import { renderPrivateUser } from '../render-user.js';
import { json } from '../reply.js';
import { repoOf, type Route } from '../route.js';

export const metaRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo',
    run: (ctx) => json(200, renderRepo(ctx.state, repoOf(ctx), ctx.api)),
  },
  {
    method: 'GET',
    pattern: '/user',
    run: (ctx) => json(200, renderPrivateUser(ctx.state.user, ctx.api)),
  },
];
