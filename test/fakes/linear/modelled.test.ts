import { describe, expect, it } from 'vitest';
import { createLinearFake } from './handler.js';
import { MODELLED } from './modelled.js';
import { seedIssues, seedProject } from './seed.js';
import { createViews } from './views.js';

describe('the table of modelled fields', () => {
  it('lists exactly the fields each view answers', () => {
    const fake = createLinearFake();
    const { state } = fake;
    const project = seedProject(fake);
    const [issue, other] = seedIssues(fake, 2);
    const views = createViews(state, () => 'newest-first');
    const samples: Record<string, object> = {
      User: views.user(state.viewer),
      Organization: views.organization(),
      Team: views.team(state.mustTeam('ENG')),
      WorkflowState: views.workflowState(state.states[0]!),
      Project: views.project(project),
      ProjectMilestone: views.milestone(state.addMilestone({ projectId: project.id, name: 'm' })),
      IssueLabel: views.label(state.addLabel({ name: 'l' })),
      Issue: views.issue(issue!),
      IssueRelation: views.relation(
        state.addRelation({ type: 'blocks', issueId: issue!.id, relatedIssueId: other!.id }),
      ),
      Comment: views.comment(state.addComment({ issueId: issue!.id, body: 'c' })),
      Attachment: views.attachment(
        state.addAttachment({ issueId: issue!.id, title: 't', url: 'u' }),
      ),
    };
    for (const [type, view] of Object.entries(samples)) {
      expect([type, Object.keys(view).sort()]).toEqual([type, [...MODELLED[type]!].sort()]);
    }
  });
});
