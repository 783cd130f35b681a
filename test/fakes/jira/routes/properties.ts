/** Issue properties: JSON values an app stores on an issue, read back by key or with search. */
import { json, notFound, type Reply } from '../reply.js';
import type { Route, RouteContext } from '../route.js';
import { issueOf } from './issues.js';

export const propertyRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/issue/:issue/properties',
    run: (ctx) => {
      const issue = issueOf(ctx);
      return json(200, {
        keys: Object.keys(issue.properties).map((key) => ({
          self: `${ctx.api}/issue/${issue.id}/properties/${encodeURIComponent(key)}`,
          key,
        })),
      });
    },
  },
  { method: 'GET', pattern: '/issue/:issue/properties/:key', run: getProperty },
  { method: 'PUT', pattern: '/issue/:issue/properties/:key', run: setProperty },
  { method: 'DELETE', pattern: '/issue/:issue/properties/:key', run: deleteProperty },
];

const missing = (key: string): Reply => notFound(`The property with key '${key}' does not exist.`);

function getProperty(ctx: RouteContext): Reply {
  const issue = issueOf(ctx);
  const key = ctx.params.key ?? '';
  if (!(key in issue.properties)) return missing(key);
  return json(200, { key, value: issue.properties[key] });
}

function setProperty(ctx: RouteContext): Reply {
  const issue = issueOf(ctx);
  const key = ctx.params.key ?? '';
  const existed = key in issue.properties;
  issue.properties[key] = ctx.raw;
  ctx.state.touch(issue);
  return json(existed ? 200 : 201);
}

function deleteProperty(ctx: RouteContext): Reply {
  const issue = issueOf(ctx);
  const key = ctx.params.key ?? '';
  if (!(key in issue.properties)) return missing(key);
  delete issue.properties[key];
  ctx.state.touch(issue);
  return json(204);
}
