import type { RepoContext } from './repo-context.js';

/**
 * Creates the labels an issue needs, once, with plansync's colour. GitHub would create a
 * missing label implicitly, but grey and without a description; the list is read only when
 * a write needs labels, so a no-op push costs nothing here.
 */
export async function ensureLabels(ctx: RepoContext, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const known = await repoLabels(ctx);
  for (const name of names) {
    if (known.has(name.toLowerCase())) continue;
    try {
      await ctx.client.rest.issues.createLabel({
        owner: ctx.owner,
        repo: ctx.repo,
        name,
        color: ctx.labelColor,
        description: 'Managed by plansync',
      });
    } catch (error) {
      // 422 already_exists: someone (or a previous attempt) made it meanwhile; that is fine.
      if ((error as { status?: number }).status !== 422) throw error;
    }
    known.add(name.toLowerCase());
  }
}

/** The names a write would create: those the repository does not have (GitHub ignores case). */
export async function missingLabels(ctx: RepoContext, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const known = await repoLabels(ctx);
  const missing = new Map<string, string>();
  for (const name of names) {
    const folded = name.toLowerCase();
    if (!known.has(folded) && !missing.has(folded)) missing.set(folded, name);
  }
  return [...missing.values()];
}

/** The repository's label names, lower-cased, listed once per run (100 a page, the most). */
async function repoLabels(ctx: RepoContext): Promise<Set<string>> {
  if (!ctx.labels) {
    const existing = await ctx.client.paginate(ctx.client.rest.issues.listLabelsForRepo, {
      owner: ctx.owner,
      repo: ctx.repo,
      per_page: 100,
    });
    ctx.labels = new Set(existing.map((label) => label.name.toLowerCase()));
  }
  return ctx.labels;
}
