/**
 * Linear's query complexity, estimated the way its documentation explains it: a scalar
 * field costs 0.1 point, an object 1 point, and a connection multiplies what it selects by
 * its page size (`first`, default 50). Linear refuses a query above 10,000 points.
 */
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE } from './connection.js';

export const MAX_COMPLEXITY = 10_000;

export function complexityOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;

  function cost(set: SelectionSetNode, parent: GraphQLCompositeType): number {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const def = fields[selection.name.value];
        if (!def) continue;
        const named = getNamedType(def.type);
        if (!selection.selectionSet || !isCompositeType(named)) {
          total += 0.1;
          continue;
        }
        const inner = cost(selection.selectionSet, named);
        if (named.name.endsWith('Connection')) {
          const firstArg = selection.arguments?.find((a) => a.name.value === 'first');
          const argDef = def.args.find((a) => a.name === 'first');
          const first =
            firstArg && argDef
              ? (valueFromAST(firstArg.value, argDef.type, variables) as number)
              : undefined;
          total += 1 + (first ?? DEFAULT_PAGE) * inner;
        } else {
          total += 1 + inner;
        }
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (!fragment) continue;
        const condition = fragment.typeCondition
          ? schema.getType(fragment.typeCondition.name.value)
          : parent;
        if (condition && isCompositeType(condition))
          total += cost(fragment.selectionSet, condition);
      }
    }
    return total;
  }

  return Math.ceil(cost(operation.selectionSet, root));
}
