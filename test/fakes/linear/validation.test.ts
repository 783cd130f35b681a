import { describe, expect, it } from 'vitest';
import { gql } from './call.js';
import { createLinearFake } from './handler.js';

describe('documents checked against the real schema', () => {
  it('refuses a field the schema lacks with a validation error and HTTP 400', async () => {
    const fake = createLinearFake();
    const res = await gql(fake, '{ issues { nodes { id estimatePoints } } }');
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0]).toMatchObject({
      message: expect.stringContaining('Cannot query field "estimatePoints" on type "Issue".'),
      extensions: { type: 'graphql error', code: 'GRAPHQL_VALIDATION_FAILED', userError: true },
    });
  });

  it('refuses a syntax error and a wrongly typed variable before running anything', async () => {
    const fake = createLinearFake();
    const syntax = await gql(fake, '{ issues { nodes { id } }');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].message).toMatch(/Syntax Error/);

    const typed = await gql(
      fake,
      'mutation($input: IssueBatchCreateInput!) { issueBatchCreate(input: $input) { success } }',
      { input: { issues: [{ title: 'no team' }] } },
    );
    expect(typed.status).toBe(400);
    expect(typed.body.errors[0].message).toMatch(/teamId/);
    expect(fake.state.issues).toEqual([]);
  });

  it('fails loudly, naming the field, when a valid field is not modelled, even on an empty list', async () => {
    const fake = createLinearFake();
    const res = await gql(fake, '{ viewer { id } issues { nodes { id priority } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({
      message: 'The Linear fake does not model Issue.priority',
      extensions: { code: 'NOT_MODELLED_BY_FAKE' },
    });
    expect(fake.unmodelled).toEqual(['The Linear fake does not model Issue.priority']);
  });

  it('fails loudly on arguments, input fields and filters it does not model', async () => {
    const fake = createLinearFake();
    const backwards = await gql(fake, '{ issues(last: 5) { nodes { id } } }');
    expect(backwards.body.errors[0].message).toBe(
      'The Linear fake does not model Query.issues(last:)',
    );

    const filtered = await gql(
      fake,
      '{ issues(filter: { priority: { eq: 1 } }) { nodes { id } } }',
    );
    expect(filtered.status).toBe(400);
    expect(filtered.body.errors[0].message).toBe(
      'The Linear fake does not model the filter field IssueFilter.priority',
    );

    const team = fake.state.mustTeam('ENG');
    const input = await gql(
      fake,
      'mutation($i: IssueCreateInput!) { issueCreate(input: $i) { success } }',
      { i: { teamId: team.id, title: 'x', priority: 2 } },
    );
    expect(input.body.errors[0].message).toBe(
      'The Linear fake does not model IssueCreateInput.priority',
    );
    expect(fake.state.issues).toEqual([]);
  });

  it('refuses a query above 10,000 complexity points and reports the cost of others', async () => {
    const fake = createLinearFake();
    const heavy = await gql(
      fake,
      '{ issues(first: 250) { nodes { id labels(first: 100) { nodes { id name } } } } }',
    );
    expect(heavy.status).toBe(400);
    expect(heavy.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');

    const light = await gql(
      fake,
      '{ issues(first: 250) { nodes { id labels(first: 5) { nodes { name } } } } }',
    );
    expect(light.status).toBe(200);
    expect(Number(light.headers.get('x-complexity'))).toBeLessThan(10_000);
  });
});
