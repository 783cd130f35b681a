import { spliceRegion } from '../../src/contract/body-region.js';
import type {
  CloseRequest,
  CreateRequest,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import { milestoneToItem, type WireMilestone } from './map.js';
import type { MilestoneNative, RepoContext } from './repo-context.js';
import { toFailure } from './to-failure.js';

/**
 * Creates a milestone for a phase. GitHub refuses a second milestone with the same title
 * (422), which also makes a retried create safe: if the existing one carries this key's
 * marker it was ours all along; otherwise it belongs to a person and is left alone.
 */
export async function createMilestone(
  ctx: RepoContext,
  request: CreateRequest,
): Promise<WriteResult> {
  try {
    const { data } = await ctx.client.rest.issues.createMilestone({
      owner: ctx.owner,
      repo: ctx.repo,
      title: request.fields.title,
      description: request.region,
      state: request.fields.state,
      request: { retries: 0 },
    });
    return created(request, data as WireMilestone);
  } catch (error) {
    if ((error as { status?: number }).status === 422) {
      const existing = await findByTitle(ctx, request.fields.title);
      const item = existing ? milestoneToItem(existing) : null;
      if (existing && item?.marker?.key === request.key) return created(request, existing);
      if (existing) {
        return {
          key: request.key,
          status: 'failed',
          error: {
            message: `a milestone titled "${request.fields.title}" already exists and plansync did not create it; rename one of them (config "title.group")`,
            status: 422,
          },
        };
      }
    }
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

export async function updateMilestone(
  ctx: RepoContext,
  request: UpdateRequest,
): Promise<WriteResult> {
  const { fields, changes } = request;
  const params: { title?: string; state?: 'open' | 'closed'; description: string } = {
    description: spliceRegion(descriptionOf(request), request.region),
  };
  if (changes.includes('title')) params.title = fields.title;
  if (changes.includes('state')) params.state = fields.state;
  return patchMilestone(ctx, request.key, Number(request.id), params, 'updated');
}

export async function closeMilestone(
  ctx: RepoContext,
  request: CloseRequest,
): Promise<WriteResult> {
  const description = spliceRegion(descriptionOf(request), request.region);
  return patchMilestone(
    ctx,
    request.key,
    Number(request.id),
    { state: 'closed', description },
    'closed',
  );
}

function descriptionOf(request: { remote: { native?: unknown } }): string | null {
  return (request.remote.native as MilestoneNative | undefined)?.description ?? null;
}

async function patchMilestone(
  ctx: RepoContext,
  key: string,
  number: number,
  params: { title?: string; state?: 'open' | 'closed'; description: string },
  status: 'updated' | 'closed',
): Promise<WriteResult> {
  try {
    const { data } = await ctx.client.rest.issues.updateMilestone({
      owner: ctx.owner,
      repo: ctx.repo,
      milestone_number: number,
      ...params,
    });
    return { key, status, item: milestoneToItem(data as WireMilestone) };
  } catch (error) {
    return { key, status: 'failed', error: toFailure(error) };
  }
}

function created(request: CreateRequest, milestone: WireMilestone): WriteResult {
  return { key: request.key, status: 'created', item: milestoneToItem(milestone) };
}

async function findByTitle(ctx: RepoContext, title: string): Promise<WireMilestone | undefined> {
  const all = await ctx.client.paginate(ctx.client.rest.issues.listMilestones, {
    owner: ctx.owner,
    repo: ctx.repo,
    state: 'all',
    per_page: 100,
  });
  // GitHub refuses a second milestone whose title differs only in case.
  const wanted = title.toLowerCase();
  return all.find((milestone) => milestone.title.toLowerCase() === wanted) as
    WireMilestone | undefined;
}
