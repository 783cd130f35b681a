/** Who am I, the server, projects with their issue types and versions, fields, link types. */
import type { FakeProject } from '../model.js';
import { EPIC_LINK, EPIC_NAME, renderIssueType, renderVersion } from '../render.js';
import { badRequest, fail, isObject, json, notFound, type Reply } from '../reply.js';
import type { Route, RouteContext } from '../route.js';

export const metaRoutes: Route[] = [
  { method: 'GET', pattern: '/myself', run: myself },
  { method: 'GET', pattern: '/serverInfo', run: serverInfo },
  { method: 'GET', pattern: '/project/:project', run: getProject },
  { method: 'GET', pattern: '/project/:project/versions', run: listVersions },
  { method: 'POST', pattern: '/version', run: createVersion },
  { method: 'PUT', pattern: '/version/:id', run: updateVersion },
  { method: 'GET', pattern: '/field', run: listFields },
  {
    method: 'GET',
    pattern: '/issueLinkType',
    run: (ctx) =>
      json(200, {
        issueLinkTypes: ctx.state.linkTypes.map((t) => ({
          ...t,
          self: `${ctx.api}/issueLinkType/${t.id}`,
        })),
      }),
  },
  { method: 'GET', pattern: '/issue/createmeta/:project/issuetypes', run: createMetaTypes },
];

function myself(ctx: RouteContext): Reply {
  const { user } = ctx.state;
  const common = {
    self: `${ctx.api}/user?accountId=${user.accountId}`,
    emailAddress: user.emailAddress,
    displayName: user.displayName,
    active: true,
    timeZone: 'Etc/UTC',
  };
  return ctx.state.mode === 'cloud'
    ? json(200, { ...common, accountId: user.accountId, accountType: 'atlassian' })
    : json(200, { ...common, key: user.name, name: user.name });
}

function serverInfo(ctx: RouteContext): Reply {
  const cloud = ctx.state.mode === 'cloud';
  return json(200, {
    baseUrl: ctx.url.origin,
    version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.0',
    versionNumbers: cloud ? [1001, 0, 0] : [9, 12, 0],
    deploymentType: cloud ? 'Cloud' : 'Server',
    buildNumber: 100300,
    serverTitle: 'Jira',
  });
}

export function projectOf(ctx: RouteContext, ref = ctx.params.project ?? ''): FakeProject {
  const project = ctx.state
    .projects()
    .find((p) => p.key === ref.toUpperCase() || String(p.id) === ref);
  return project ?? fail(notFound(`No project could be found with key '${ref}'.`));
}

function getProject(ctx: RouteContext): Reply {
  const project = projectOf(ctx);
  return json(200, {
    self: `${ctx.api}/project/${project.id}`,
    id: String(project.id),
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    style: 'classic',
    issueTypes: project.issueTypes.map((t) => renderIssueType(ctx.api, t)),
    versions: project.versions.map((v) => renderVersion(ctx.api, v)),
  });
}

function listVersions(ctx: RouteContext): Reply {
  return json(
    200,
    projectOf(ctx).versions.map((v) => renderVersion(ctx.api, v)),
  );
}

function createVersion(ctx: RouteContext): Reply {
  const { body } = ctx;
  const ref = body.projectId !== undefined ? String(body.projectId) : String(body.project ?? '');
  const project = ctx.state.projects().find((p) => p.key === ref || String(p.id) === ref);
  if (!project)
    return badRequest([], { project: 'Project must be specified to create a version.' });
  if (typeof body.name !== 'string' || body.name.trim() === '') {
    return badRequest([], { name: 'You must specify a valid version name' });
  }
  if (project.versions.some((v) => v.name.toLowerCase() === String(body.name).toLowerCase())) {
    return badRequest([], { name: 'A version with this name already exists in this project.' });
  }
  const description = typeof body.description === 'string' ? body.description : undefined;
  const version = ctx.state.addVersion(project.key, body.name, description);
  return json(201, renderVersion(ctx.api, version));
}

function updateVersion(ctx: RouteContext): Reply {
  const version = ctx.state
    .projects()
    .flatMap((p) => p.versions)
    .find((v) => v.id === ctx.params.id);
  if (!version) return notFound(`Could not find version for id '${ctx.params.id}'`);
  const { name, description, released, archived } = ctx.body;
  if (typeof name === 'string' && name.trim() !== '') version.name = name;
  if (typeof description === 'string') version.description = description;
  if (typeof released === 'boolean') version.released = released;
  if (typeof archived === 'boolean') version.archived = archived;
  return json(200, renderVersion(ctx.api, version));
}

function listFields(ctx: RouteContext): Reply {
  const system = (id: string, name: string, type: string) => ({
    id,
    key: id,
    name,
    custom: false,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [id],
    schema: { type, system: id },
  });
  const fields: unknown[] = [
    system('summary', 'Summary', 'string'),
    system('description', 'Description', 'string'),
    system('labels', 'Labels', 'array'),
    system('issuetype', 'Issue Type', 'issuetype'),
    system('status', 'Status', 'status'),
    system('fixVersions', 'Fix versions', 'array'),
    system('issuelinks', 'Linked Issues', 'array'),
  ];
  if (ctx.state.mode === 'cloud') fields.push(system('parent', 'Parent', 'issuelink'));
  else {
    const custom = (id: string, name: string, type: string, plugin: string) => ({
      id,
      key: id,
      name,
      custom: true,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: [`cf[${id.split('_')[1]}]`, name],
      schema: { type, custom: plugin, customId: Number(id.split('_')[1]) },
    });
    fields.push(
      custom(EPIC_LINK, 'Epic Link', 'any', 'com.pyxis.greenhopper.jira:gh-epic-link'),
      custom(EPIC_NAME, 'Epic Name', 'string', 'com.pyxis.greenhopper.jira:gh-epic-label'),
    );
  }
  return json(200, fields);
}

function createMetaTypes(ctx: RouteContext): Reply {
  const project = projectOf(ctx);
  const types = project.issueTypes.map((t) => ({
    ...renderIssueType(ctx.api, t),
    description: '',
    iconUrl: `${ctx.url.origin}/images/icons/issuetypes/${t.name.toLowerCase()}.svg`,
  }));
  // Cloud names the list `issueTypes`; Data Center pages it as `values`.
  const list = ctx.state.mode === 'cloud' ? { issueTypes: types } : { values: types, isLast: true };
  return json(200, { maxResults: 50, startAt: 0, total: types.length, ...list });
}

export function refOf(value: unknown): string {
  return isObject(value) ? String(value.key ?? value.id ?? '') : '';
}
