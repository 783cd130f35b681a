import { getOperationAST, Kind, parse, validate, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from '../../../adapters/linear/queries.js';
import { complexityOf } from '../../fakes/linear/complexity.js';
import { unmodelledIn } from '../../fakes/linear/modelled.js';
import { linearSchema } from '../../fakes/linear/schema.js';

const documents: [string, string][] = [
  ...Object.entries(queries).flatMap(([name, value]): [string, string][] =>
    typeof value === 'string' ? [[name, value]] : [],
  ),
  [
    'aliased labels',
    queries.aliasedMutation('PlansyncLabels', ['issueLabelCreate', 'issueLabelCreate']),
  ],
  [
    'aliased relations',
    queries.aliasedMutation('PlansyncRelate', ['issueRelationCreate', 'issueRelationDelete']),
  ],
];

function complexity(document: string): number {
  const ast = parse(document);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of ast.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  return complexityOf(linearSchema(), getOperationAST(ast)!, fragments, {});
}

describe('the documents the Linear adapter sends', () => {
  it('are all found', () => {
    expect(documents.length).toBeGreaterThanOrEqual(18);
  });

  it.each(documents)('%s is valid against the schema copy', (_name, document) => {
    expect(validate(linearSchema(), parse(document)).map((e) => e.message)).toEqual([]);
  });

  it.each(documents)('%s asks only for what the fake models', (_name, document) => {
    expect(unmodelledIn(linearSchema(), parse(document))).toEqual([]);
  });

  it.each(documents)('%s stays well under 10,000 complexity points', (_name, document) => {
    expect(complexity(document)).toBeLessThanOrEqual(7500);
  });

  it('lists issues 250 a page', () => {
    expect(queries.ISSUES_QUERY).toContain('issues(first: 250');
  });
});
