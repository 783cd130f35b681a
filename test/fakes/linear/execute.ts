/**
 * Runs one GraphQL request the way Linear's endpoint does: the body is parsed, the document
 * validated against the real schema and its complexity checked before anything runs, and
 * every error comes back in Linear's shape with HTTP 400. Fields are answered only from
 * the views; a field the fake does not model fails loudly, naming it.
 */
import {
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
} from 'graphql';
import { complexityOf, MAX_COMPLEXITY } from './complexity.js';
import {
  complexityError,
  NotModelledError,
  toLinearError,
  validationError,
  type LinearErrorJson,
} from './errors.js';
import { unmodelledIn } from './modelled.js';
import { linearSchema } from './schema.js';

export interface Prepared {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  operationName: string | undefined;
  /** The operation's name, else its first root field: what the request log shows. */
  label: string;
  rootFields: string[];
  write: boolean;
  complexity: number;
}

export interface Answer {
  status: number;
  body: { data?: unknown; errors?: LinearErrorJson[] };
  /** What the document asked for that the fake does not model. */
  notModelled?: string[];
}

// Clients send the same few documents over and over; parse and validate each once.
const parsed = new Map<string, DocumentNode | readonly GraphQLError[]>();

/** Parses and checks a request body; an Answer when it cannot run. */
export function prepare(text: string): Prepared | Answer {
  let body: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return fail(400, [plain('Body is not valid JSON')]);
  }
  if (typeof body.query !== 'string' || body.query.trim() === '') {
    return fail(400, [plain('Must provide query string.')]);
  }
  const document = documentFor(body.query);
  if (!('kind' in document)) return fail(400, document.map(validationError));
  const missing = unmodelledIn(linearSchema(), document);
  if (missing.length > 0) {
    const errors = missing.map((what) => toLinearError(new NotModelledError(what)));
    return { ...fail(400, errors), notModelled: errors.map((e) => e.message) };
  }
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return fail(400, [plain('Could not determine which operation to run.')]);
  if (operation.operation === 'subscription') {
    return fail(400, [toLinearError(new NotModelledError('subscriptions'))]);
  }
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  const rootFields = operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : [],
  );
  const complexity = complexityOf(linearSchema(), operation, fragments, variables);
  if (complexity > MAX_COMPLEXITY) return fail(400, [complexityError(complexity, MAX_COMPLEXITY)]);
  return {
    document,
    operation,
    variables,
    operationName,
    label: operation.name?.value ?? rootFields[0] ?? 'anonymous',
    rootFields,
    write: operation.operation === 'mutation',
    complexity,
  };
}

/** Runs a prepared document against the given root resolvers. */
export async function run(
  prepared: Prepared,
  roots: { query: object; mutation: object },
  onNotModelled: (message: string) => void,
): Promise<Answer> {
  const result = await execute({
    schema: linearSchema(),
    document: prepared.document,
    rootValue: prepared.write ? roots.mutation : roots.query,
    variableValues: prepared.variables,
    ...(prepared.operationName ? { operationName: prepared.operationName } : {}),
    fieldResolver: answerFromView,
  });
  if (!result.errors?.length) return { status: 200, body: { data: result.data } };
  for (const error of result.errors) {
    const original = error.originalError;
    if (original instanceof NotModelledError) onNotModelled(original.message);
  }
  const errors = result.errors.map((e) => toLinearError(fromOriginal(e)));
  return { status: 400, body: { data: result.data ?? null, errors } };
}

export function isAnswer(value: Prepared | Answer): value is Answer {
  return 'status' in value;
}

/** Answers a field from its parent's view, or refuses it when the view lacks it. */
const answerFromView: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if (source !== null && typeof source === 'object' && Object.hasOwn(source, info.fieldName)) {
    const value = (source as Record<string, unknown>)[info.fieldName];
    return typeof value === 'function' ? value.call(source, args, context, info) : value;
  }
  throw new NotModelledError(`${info.parentType.name}.${info.fieldName}`);
};

function documentFor(query: string): DocumentNode | readonly GraphQLError[] {
  let found = parsed.get(query);
  if (!found) {
    try {
      const document = parse(query);
      const errors = validate(linearSchema(), document);
      found = errors.length > 0 ? errors : document;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      found = [error];
    }
    if (parsed.size > 500) parsed.clear();
    parsed.set(query, found);
  }
  return found;
}

/** Keeps the Linear extensions a resolver's error carried, with the path graphql-js adds. */
function fromOriginal(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && original !== error) {
    return new GraphQLError(original.message, {
      ...(error.nodes ? { nodes: error.nodes } : {}),
      ...(error.path ? { path: error.path } : {}),
      extensions: original.extensions,
    });
  }
  return error;
}

function plain(message: string): LinearErrorJson {
  return validationError(new GraphQLError(message));
}

function fail(status: number, errors: LinearErrorJson[]): Answer {
  return { status, body: { errors } };
}
