/**
 * Label names → ids. Labels are listed once per run (the team's and the workspace's), and
 * the missing ones are created in the team in one request through aliases. Linear keeps
 * names unique ignoring case, so an existing `us1` serves a plan's `US1`.
 */
import { needTeam, type LinearContext } from './context.js';
import { aliasedMutation, LABELS_QUERY } from './queries.js';
import type { Page, WireLabel } from './wire.js';

export async function labelIdsFor(ctx: LinearContext, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const team = needTeam(ctx);
  ctx.labels ??= await ctx.transport.paginate<WireLabel, { issueLabels: Page<WireLabel> }>(
    LABELS_QUERY,
    { team: team.id },
    (data) => data.issueLabels,
  );
  const known = ctx.labels;
  const find = (name: string) => known.find((l) => l.name.toLowerCase() === name.toLowerCase());
  const missing = [...new Set(names.filter((n) => !find(n)).map((n) => n.trim()))];
  if (missing.length > 0) {
    const variables = Object.fromEntries(
      missing.map((name, i) => [`w${i}`, { name, teamId: team.id, color: color(ctx) }]),
    );
    const data = await ctx.transport.request<Record<string, { issueLabel: WireLabel }>>(
      aliasedMutation(
        'PlansyncCreateLabels',
        missing.map(() => 'issueLabelCreate'),
      ),
      variables,
    );
    for (const payload of Object.values(data)) known.push(payload.issueLabel);
  }
  return [...new Set(names.map((n) => find(n)!.id))];
}

/** Every label the requests need, created in one go before their issues are written. */
export async function prepareLabels(ctx: LinearContext, lists: string[][]): Promise<void> {
  await labelIdsFor(ctx, [...new Set(lists.flat())]);
}

function color(ctx: LinearContext): string {
  const value = ctx.config.labelColor;
  return value.startsWith('#') ? value : `#${value}`;
}
