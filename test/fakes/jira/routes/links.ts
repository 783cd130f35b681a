/**
 * Issue links. The create request's `inwardIssue` is the side the outward description
 * reads from: `{ type: Blocks, inwardIssue: A, outwardIssue: B }` makes A block B, so A's
 * issue shows B under `outwardIssue` ("blocks") and B's shows A under `inwardIssue`
 * ("is blocked by"). Creating a link that already exists changes nothing.
 */
import type { FakeLink } from '../model.js';
import { isObject, json, notFound, type Reply } from '../reply.js';
import type { Route, RouteContext } from '../route.js';
import { refOf } from './meta.js';

export const linkRoutes: Route[] = [
  { method: 'POST', pattern: '/issueLink', run: createLink },
  {
    method: 'GET',
    pattern: '/issueLink/:id',
    run: (ctx) => {
      const link = ctx.state.link(ctx.params.id ?? '');
      return link ? json(200, renderLink(ctx, link)) : notFound('No issue link with id exists.');
    },
  },
  {
    method: 'DELETE',
    pattern: '/issueLink/:id',
    run: (ctx) => {
      const link = ctx.state.link(ctx.params.id ?? '');
      if (!link) return notFound('No issue link with id exists.');
      ctx.state.removeLink(link);
      return json(204);
    },
  },
];

function createLink(ctx: RouteContext): Reply {
  const typeRef = isObject(ctx.body.type) ? ctx.body.type : {};
  const type = ctx.state.linkTypes.find(
    (t) =>
      t.id === String(typeRef.id) || t.name.toLowerCase() === String(typeRef.name).toLowerCase(),
  );
  if (!type)
    return notFound(`No issue link type with name '${String(typeRef.name ?? typeRef.id)}' found.`);
  const inward = ctx.state.issue(refOf(ctx.body.inwardIssue));
  const outward = ctx.state.issue(refOf(ctx.body.outwardIssue));
  if (!inward || !outward) return notFound('Issue Does Not Exist');
  const existing = ctx.state
    .links(inward)
    .find(
      (l) =>
        l.typeId === type.id && l.inwardIssueId === inward.id && l.outwardIssueId === outward.id,
    );
  const link = existing ?? ctx.state.addLink(type.id, inward, outward);
  return json(201, undefined, { location: `${ctx.api}/issueLink/${link.id}` });
}

function renderLink(ctx: RouteContext, link: FakeLink) {
  const type = ctx.state.linkTypes.find((t) => t.id === link.typeId)!;
  const brief = (id: number) => {
    const issue = ctx.state.issue(id)!;
    return { id: String(issue.id), key: issue.key, self: `${ctx.api}/issue/${issue.id}` };
  };
  return {
    id: link.id,
    self: `${ctx.api}/issueLink/${link.id}`,
    type: { ...type, self: `${ctx.api}/issueLinkType/${type.id}` },
    inwardIssue: brief(link.inwardIssueId),
    outwardIssue: brief(link.outwardIssueId),
  };
}
