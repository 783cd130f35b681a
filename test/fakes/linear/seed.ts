/** Seeding shortcuts for tests and scripts: a project of the ENG team and issues in it. */
import type { LinearFake } from './handler.js';
import { createIssues } from './issue-writes.js';
import type { FakeIssue, FakeProject } from './model.js';

export function seedProject(
  fake: LinearFake,
  name = 'Existing project',
  team = 'ENG',
): FakeProject {
  return fake.state.addProject({ name, teamIds: [fake.state.mustTeam(team).id] });
}

/** `count` issues titled `Seeded 1…count`, made in batches as a client would. */
export function seedIssues(
  fake: LinearFake,
  count: number,
  extra: { team?: string; projectId?: string; title?: (n: number) => string } = {},
): FakeIssue[] {
  const teamId = fake.state.mustTeam(extra.team ?? 'ENG').id;
  const made: FakeIssue[] = [];
  for (let start = 1; start <= count; start += 50) {
    const inputs = [];
    for (let n = start; n < Math.min(start + 50, count + 1); n++) {
      inputs.push({
        teamId,
        title: extra.title?.(n) ?? `Seeded ${n}`,
        ...(extra.projectId ? { projectId: extra.projectId } : {}),
      });
    }
    made.push(...createIssues(fake.state, inputs));
  }
  return made;
}
