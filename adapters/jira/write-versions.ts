/**
 * Phases as fix versions: one request per version (Jira has no bulk for them). A finished
 * phase is a released version; the marker is the last line of the description.
 */
import { encodeMarker } from '../../src/contract/marker.js';
import type {
  CloseRequest,
  CreateRequest,
  RemoteItem,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import type { JiraContext } from './context.js';
import { toFailure } from './to-failure.js';
import { versionDescription, versionUrl } from './versions.js';

interface VersionNative {
  type: 'version';
  id: string;
  description: string;
}

export async function createVersion(
  ctx: JiraContext,
  request: CreateRequest,
): Promise<WriteResult> {
  try {
    const { project } = await ctx.site();
    const description = versionDescription(request.fields.title, encodeMarker(request.marker));
    const version = await ctx.api.createVersion(project.id, request.fields.title, description);
    if (request.fields.state === 'closed')
      await ctx.api.updateVersion(String(version.id), { released: true });
    const id = `version:${version.id}`;
    const item: RemoteItem = {
      id,
      kind: 'group',
      ref: {
        text: request.fields.title,
        url: versionUrl(ctx.config.host, ctx.config.project, String(version.id)),
      },
      marker: request.marker,
      fields: { title: request.fields.title, state: request.fields.state },
      native: { type: 'version', id: String(version.id), description } satisfies VersionNative,
    };
    return { key: request.key, status: 'created', item };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

export async function updateVersion(
  ctx: JiraContext,
  request: UpdateRequest | CloseRequest,
  state: 'open' | 'closed',
): Promise<WriteResult> {
  const native = request.remote.native as VersionNative;
  const title = 'fields' in request ? request.fields.title : (request.remote.fields.title ?? '');
  try {
    await ctx.api.updateVersion(native.id, {
      name: title,
      description: versionDescription(title, encodeMarker(request.marker)),
      released: state === 'closed',
    });
    const item: RemoteItem = {
      ...request.remote,
      marker: request.marker,
      fields: { ...request.remote.fields, title, state },
    };
    return {
      key: request.key,
      status: state === 'closed' && !('fields' in request) ? 'closed' : 'updated',
      item,
    };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}
