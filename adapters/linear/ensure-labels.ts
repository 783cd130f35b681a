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
  const known = await teamLabels(ctx);
  const find = (name: string) => known.find((l) => l.name.toLowerCase() === name.toLowerCase());
  const missing = await missingLabels(ctx, names);
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

/** The names a write would create: those neither the team nor the workspace has. */
export async function missingLabels(ctx: LinearContext, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const known = new Set((await teamLabels(ctx)).map((l) => l.name.toLowerCase()));
  const missing = new Map<string, string>();
  for (const name of names.map((n) => n.trim())) {
    const folded = name.toLowerCase();
    if (!known.has(folded) && !missing.has(folded)) missing.set(folded, name);
  }
  return [...missing.values()];
}

async function teamLabels(ctx: LinearContext): Promise<WireLabel[]> {
  ctx.labels ??= await ctx.transport.paginate<WireLabel, { issueLabels: Page<WireLabel> }>(
    LABELS_QUERY,
    { team: needTeam(ctx).id },
    (data) => data.issueLabels,
  );
  return ctx.labels;
}

/** Every label the requests need, created in one go before their issues are written. */
export async function prepareLabels(ctx: LinearContext, lists: string[][]): Promise<void> {
  await labelIdsFor(ctx, [...new Set(lists.flat())]);
}

function color(ctx: LinearContext): string {
  const value = ctx.config.labelColor;
  return value.startsWith('#') ? value : `#${value}`;
}
