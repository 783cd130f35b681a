/**
 * Workflow transitions: the ones open from the issue's status, and doing one, with the
 * fields and the comment sent along applied in the same step, as Jira does.
 */
import { readIssueInput } from '../issue-input.js';
import { renderStatusDetails } from '../render.js';
import { badRequest, isObject, json, type Reply } from '../reply.js';
import type { Route, RouteContext } from '../route.js';
import { commentProblem } from './comments.js';
import { issueOf } from './issues.js';

export const transitionRoutes: Route[] = [
  { method: 'GET', pattern: '/issue/:issue/transitions', run: listTransitions },
  { method: 'POST', pattern: '/issue/:issue/transitions', run: doTransition },
];

function available(ctx: RouteContext) {
  const issue = issueOf(ctx);
  const type = ctx.state.typeOf(issue);
  // A transition into the status the issue is already in is not offered.
  return { issue, type, transitions: type.transitions.filter((t) => t.to !== issue.statusId) };
}

function listTransitions(ctx: RouteContext): Reply {
  const { type, transitions } = available(ctx);
  return json(200, {
    expand: 'transitions',
    transitions: transitions.map((t) => ({
      id: t.id,
      name: t.name,
      to: renderStatusDetails(
        ctx.api,
        type.statuses.find((s) => s.id === t.to)!,
      ),
      hasScreen: false,
      isGlobal: true,
      isInitial: false,
      isAvailable: true,
      isConditional: false,
      isLooped: false,
    })),
  });
}

function doTransition(ctx: RouteContext): Reply {
  const { issue, type, transitions } = available(ctx);
  const ref = isObject(ctx.body.transition) ? ctx.body.transition : {};
  const transition = transitions.find((t) => t.id === String(ref.id ?? ''));
  if (!transition) {
    return badRequest([`Transition id '${String(ref.id ?? '')}' is not valid for this issue.`]);
  }
  const { resolution, ...fields } = isObject(ctx.body.fields) ? ctx.body.fields : {};
  const input = readIssueInput(ctx.state, { fields }, issue);
  const comments = commentsOf(ctx.body.update);
  for (const body of comments) {
    const problem = commentProblem(ctx.state, body);
    if (problem) input.errors.comment = problem;
  }
  if (Object.keys(input.errors).length > 0) return badRequest([], input.errors);

  const target = type.statuses.find((s) => s.id === transition.to)!;
  Object.assign(issue, input.patch);
  Object.assign(issue.properties, readPropertiesOf(ctx.body.properties));
  issue.statusId = target.id;
  const named =
    isObject(resolution) && typeof resolution.name === 'string' ? resolution.name : undefined;
  issue.resolution = target.category === 'done' ? (named ?? 'Done') : null;
  for (const body of comments) ctx.state.addComment(issue, body);
  ctx.state.touch(issue);
  return json(204);
}

/** `properties: [{ key, value }]`, set along with the transition. */
function readPropertiesOf(value: unknown): Record<string, unknown> {
  if (!Array.isArray(value)) return {};
  return Object.fromEntries(
    value.flatMap((p) => (isObject(p) && typeof p.key === 'string' ? [[p.key, p.value]] : [])),
  );
}

/** `update: { comment: [{ add: { body } }] }` */
function commentsOf(update: unknown): unknown[] {
  if (!isObject(update) || !Array.isArray(update.comment)) return [];
  return update.comment.flatMap((op) => (isObject(op) && isObject(op.add) ? [op.add.body] : []));
}
