/** Comments: ADF bodies on Cloud, wiki-markup strings on Data Center. */
import type { FakeComment } from '../model.js';
import { jiraTime } from '../render.js';
import { badRequest, isObject, json } from '../reply.js';
import type { Route, RouteContext } from '../route.js';
import type { JiraState } from '../state.js';
import { issueOf } from './issues.js';

export const commentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/issue/:issue/comment',
    run: (ctx) => {
      const comments = ctx.state.comments(issueOf(ctx));
      return json(200, {
        startAt: 0,
        maxResults: 5000,
        total: comments.length,
        comments: comments.map((c) => renderComment(ctx, c)),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/issue/:issue/comment',
    run: (ctx) => {
      const issue = issueOf(ctx);
      const problem = commentProblem(ctx.state, ctx.body.body);
      if (problem) return badRequest([], { comment: problem });
      return json(201, renderComment(ctx, ctx.state.addComment(issue, ctx.body.body)));
    },
  },
];

/** Why a comment body is refused in this mode, or undefined when it is fine. */
export function commentProblem(state: JiraState, body: unknown): string | undefined {
  if (state.mode === 'cloud') {
    return isObject(body) && body.type === 'doc' && Array.isArray(body.content)
      ? undefined
      : 'Comment body is not valid! Operation value must be an Atlassian Document.';
  }
  return typeof body === 'string' && body.trim() !== ''
    ? undefined
    : 'Comment body can not be empty!';
}

function renderComment(ctx: RouteContext, comment: FakeComment): Record<string, unknown> {
  const { user } = ctx.state;
  const author =
    ctx.state.mode === 'cloud'
      ? { accountId: user.accountId, displayName: user.displayName, active: true }
      : { name: user.name, key: user.name, displayName: user.displayName, active: true };
  return {
    self: `${ctx.api}/issue/${comment.issueId}/comment/${comment.id}`,
    id: comment.id,
    author,
    body: comment.body,
    updateAuthor: author,
    created: jiraTime(comment.created),
    updated: jiraTime(comment.created),
  };
}
