/**
 * Phases as project milestones, features as projects. Both take the id the core derived
 * from the key, so a create sent twice is refused rather than duplicated. Neither has a
 * closed state plansync could use: closing one only records the new marker.
 */
import { spliceRegion } from '../../src/contract/body-region.js';
import type {
  CloseRequest,
  CreateRequest,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import { needTeam, type GroupNative, type LinearContext } from './context.js';
import { isDuplicateId, toFailure } from './failure.js';
import { milestoneToItem, projectToItem } from './map.js';
import {
  CREATE_MILESTONE,
  CREATE_PROJECT,
  PROJECT_QUERY,
  UPDATE_MILESTONE,
  UPDATE_PROJECT,
} from './queries.js';
import type { WireMilestone, WireProject } from './wire.js';

export async function createGroup(
  ctx: LinearContext,
  request: CreateRequest,
): Promise<WriteResult> {
  const projectId = request.containerId ?? ctx.projectId;
  if (!projectId) {
    return failed(request.key, 'a phase needs its feature project (or linear.project) first');
  }
  try {
    const data = await ctx.transport.request<{
      projectMilestoneCreate: { projectMilestone: WireMilestone };
    }>(CREATE_MILESTONE, {
      input: {
        id: request.clientId,
        projectId,
        name: request.fields.title,
        description: request.region,
      },
    });
    return {
      key: request.key,
      status: 'created',
      item: milestoneToItem(data.projectMilestoneCreate.projectMilestone),
    };
  } catch (error) {
    if (isDuplicateId(error)) return recoverCreated(ctx, request, projectId);
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

export async function createContainer(
  ctx: LinearContext,
  request: CreateRequest,
): Promise<WriteResult> {
  try {
    const data = await ctx.transport.request<{ projectCreate: { project: WireProject } }>(
      CREATE_PROJECT,
      {
        input: {
          id: request.clientId,
          name: request.fields.title,
          description: request.region,
          teamIds: [needTeam(ctx).id],
        },
      },
    );
    return { key: request.key, status: 'created', item: projectToItem(data.projectCreate.project) };
  } catch (error) {
    if (isDuplicateId(error)) return recoverCreated(ctx, request, request.clientId);
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

/** An update of a milestone or a project; `closed` records the marker of a closing. */
export async function writeGroup(
  ctx: LinearContext,
  request: UpdateRequest | CloseRequest,
  status: 'updated' | 'closed',
): Promise<WriteResult> {
  const native = request.remote.native as GroupNative;
  const input: Record<string, unknown> = {
    description: spliceRegion(native.description, request.region, 'text'),
  };
  if ('changes' in request && request.changes.includes('title')) input.name = request.fields.title;
  try {
    if (request.kind === 'container') {
      const data = await ctx.transport.request<{ projectUpdate: { project: WireProject } }>(
        UPDATE_PROJECT,
        { id: native.uuid, input },
      );
      return { key: request.key, status, item: projectToItem(data.projectUpdate.project) };
    }
    const data = await ctx.transport.request<{
      projectMilestoneUpdate: { projectMilestone: WireMilestone };
    }>(UPDATE_MILESTONE, { id: native.uuid, input });
    const milestone = data.projectMilestoneUpdate.projectMilestone;
    return { key: request.key, status, item: milestoneToItem(milestone) };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

/** Linear refused the id: an earlier create went through. The id is this key's, so it is ours. */
async function recoverCreated(
  ctx: LinearContext,
  request: CreateRequest,
  projectId: string,
): Promise<WriteResult> {
  try {
    const data = await ctx.transport.request<{ project: WireProject }>(PROJECT_QUERY, {
      id: projectId,
    });
    if (request.kind === 'container') {
      return { key: request.key, status: 'created', item: projectToItem(data.project) };
    }
    const milestone = data.project.projectMilestones.nodes.find((m) => m.id === request.clientId);
    if (milestone) {
      return {
        key: request.key,
        status: 'created',
        item: milestoneToItem(milestone),
      };
    }
    return failed(
      request.key,
      'Linear refused the id as taken, but the milestone is not in the project',
    );
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

function failed(key: string, message: string): WriteResult {
  return { key, status: 'failed', error: { message } };
}
