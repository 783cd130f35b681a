/** Comments on an issue or a pull request (GitHub keeps both under `issues`). */
import { fail, stringField } from '../body.js';
import { paginate } from '../paginate.js';
import { renderComment } from '../render.js';
import { json, notFound, validationFailed } from '../reply.js';
import { issueOf, repoOf, type Route } from '../route.js';

export const commentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/issues/:number/comments',
    run: (ctx) => {
      const issue = issueOf(ctx);
      const page = paginate(ctx.state.comments(issue), ctx.url);
      return json(
        200,
        page.items.map((c) => renderComment(ctx.state, issue, c, ctx.api)),
        page.headers,
      );
    },
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/issues/:number/comments',
    run: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const body = stringField(ctx.body, 'body');
      if (!body) {
        return validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
      }
      const comment = ctx.state.seedComment(repo.fullName, issue.number, body);
      const rendered = renderComment(ctx.state, issue, comment, ctx.api);
      return json(201, rendered, { location: rendered.url });
    },
  },
  {
    method: 'PATCH',
    pattern: '/repos/:owner/:repo/issues/comments/:comment_id',
    run: (ctx) => {
      const repo = repoOf(ctx);
      const found =
        ctx.state.comment(repo.fullName, Number(ctx.params.comment_id)) ?? fail(notFound());
      const body = stringField(ctx.body, 'body');
      if (!body) {
        return validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
      }
      found.comment.body = body;
      found.comment.updated_at = ctx.state.timestamp();
      return json(200, renderComment(ctx.state, found.issue, found.comment, ctx.api));
    },
  },
];
