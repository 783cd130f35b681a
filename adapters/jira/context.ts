/** What every adapter operation shares: the API, the config, the run-wide site lookup. */
import type { JiraApi } from './api.js';
import type { JiraConfig } from './config.js';
import type { DescriptionFormat } from './description.js';
import type { MapOptions } from './map.js';
import type { PayloadContext } from './payload.js';
import type { Site } from './site.js';
import type { TransitionFinder } from './transitions.js';

export interface JiraContext {
  api: JiraApi;
  config: JiraConfig;
  format: DescriptionFormat;
  site: () => Promise<Site>;
  moveTo: TransitionFinder;
}

export async function mapOptions(ctx: JiraContext): Promise<MapOptions> {
  const { config, format } = ctx;
  const { epicFields } = await ctx.site();
  return {
    label: config.label,
    epicType: config.epicType,
    phaseAs: config.phaseAs,
    format,
    epicFields,
  };
}

export async function payloadContext(ctx: JiraContext): Promise<PayloadContext> {
  const { config, format } = ctx;
  const { epicFields } = await ctx.site();
  return {
    project: config.project,
    issueType: config.issueType,
    epicType: config.epicType,
    phaseAs: config.phaseAs,
    label: config.label,
    format,
    epicFields,
  };
}
