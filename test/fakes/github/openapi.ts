/**
 * GitHub's own OpenAPI description (from @octokit/openapi) as a checker for the fake: the
 * fake's responses must fit the documented response schema for their status, and the
 * bodies tests send must fit the documented request schema. OpenAPI 3.0's `nullable` is
 * translated to JSON Schema so ajv can read it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

interface Operation {
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses: Record<string, Json>;
}

export interface OperationMatch {
  /** The documented path, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  template: string;
  operation: Operation;
}

export type GitHubOpenApi = ReturnType<typeof loadGitHubOpenApi>;

const ROOT_ID = 'github-openapi';

export function loadGitHubOpenApi() {
  const file = createRequire(import.meta.url).resolve(
    '@octokit/openapi/generated/api.github.com.json',
  );
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Json; responses: Record<string, Json> };
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
    addFormatsModule) as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
  ajv.addFormat('timestamp', true);
  ajv.addSchema({ $id: ROOT_ID, components: toJsonSchema(spec.components) });

  const templates = Object.keys(spec.paths).map((template) => ({
    template,
    parts: template.split('/').filter(Boolean),
  }));
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: Json): ValidateFunction => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(toJsonSchema(schema) as Json);
      compiled.set(key, validate);
    }
    return validate;
  };

  function find(method: string, path: string): OperationMatch | undefined {
    const segments = path.split('?')[0]!.split('/').filter(Boolean);
    let best: { template: string; literals: number } | undefined;
    for (const { template, parts } of templates) {
      if (parts.length !== segments.length) continue;
      const ok = parts.every((p, i) => p.startsWith('{') || p === segments[i]);
      if (!ok || !spec.paths[template]?.[method.toLowerCase()]) continue;
      const literals = parts.filter((p) => !p.startsWith('{')).length;
      if (!best || literals > best.literals) best = { template, literals };
    }
    if (!best) return undefined;
    const operation = spec.paths[best.template]![method.toLowerCase()]!;
    return { template: best.template, operation };
  }

  function responseSchema(response: Json): Json | undefined {
    const ref = response.$ref;
    const resolved =
      typeof ref === 'string'
        ? spec.components.responses[ref.replace('#/components/responses/', '')]
        : response;
    const content = resolved?.content as Record<string, { schema?: Json }> | undefined;
    return content?.['application/json']?.schema;
  }

  return {
    find,
    /** Problems with a response; an undocumented status is a problem too. */
    checkResponse(method: string, path: string, status: number, body: unknown): string[] {
      const match = find(method, path);
      if (!match) return [`${method} ${path}: no such operation in GitHub's description`];
      const response = match.operation.responses[String(status)];
      if (!response) return [`${method} ${match.template}: status ${status} is not documented`];
      const schema = responseSchema(response);
      if (!schema) {
        return body === null || body === undefined
          ? []
          : [`${method} ${match.template} ${status}: documented without a JSON body`];
      }
      const validate = validatorFor(`${method} ${match.template} ${status}`, schema);
      return validate(body) ? [] : describe(`${method} ${match.template} ${status}`, validate);
    },
    checkRequest(method: string, path: string, body: unknown): string[] {
      const match = find(method, path);
      if (!match) return [`${method} ${path}: no such operation in GitHub's description`];
      const schema = match.operation.requestBody?.content?.['application/json']?.schema;
      if (!schema) return [`${method} ${match.template}: takes no JSON body`];
      const validate = validatorFor(`${method} ${match.template} request`, schema);
      return validate(body) ? [] : describe(`${method} ${match.template} request`, validate);
    },
  };
}

function describe(where: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (e) => `${where}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

/** OpenAPI 3.0 → JSON Schema: `nullable`, and refs pointed at the registered document. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out.$ref = `${ROOT_ID}${value}`;
    } else if (!(key === 'nullable' && typeof value === 'boolean')) {
      out[key] = toJsonSchema(value);
    }
  }
  if ((node as Json).nullable !== true) return out;
  if (typeof out.type === 'string' && !out.oneOf && !out.anyOf && !out.allOf && !out.$ref) {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}
