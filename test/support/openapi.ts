// The API's own description, read the way a client would: every operation with its method, path,
// parameters and request schema. Suites built on it (fuzzing, minimal bodies) cover a route added
// later without anyone touching them.
import type { TestApi } from "./api.js";

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  pattern?: string;
  propertyNames?: JsonSchema;
  description?: string;
}

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  operationId: string;
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  pathParams: string[];
  query: Parameter[];
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
}

export async function readOperations(api: TestApi): Promise<Operation[]> {
  const doc = (await api.get<OpenApiDocument>("/api/openapi.json")).body;
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      const parameters = spec.parameters ?? [];
      operations.push({
        operationId: spec.operationId ?? `${method} ${path}`,
        method: method as Operation["method"],
        path,
        pathParams: parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: parameters.filter((p) => p.in === "query"),
        body: spec.requestBody?.content?.["application/json"]?.schema,
      });
    }
  }
  return operations;
}

/** The path with its parameters filled in, each value URL-encoded. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? "unknown"),
  );
}

/** The types a schema allows, `null` included, whichever way the document spells them. */
export function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.enum) return [...new Set(schema.enum.map((v) => (v === null ? "null" : typeof v)))];
  if (schema.properties) return ["object"];
  return [];
}

export interface KnownRecords {
  /** Ids by kind ("person", from getPerson) for body fields, and all of them. */
  pool: { all: string[]; byKind: Map<string, string[]> };
  /** Ids by the collection they are listed at ("/api/people"), for the {id} in a path. */
  byCollection: Map<string, string[]>;
}

/** The ids of records the database holds, found through each collection's list route. */
export async function knownRecords(
  api: TestApi,
  operations: Operation[],
  perCollection = 50,
): Promise<KnownRecords> {
  const known: KnownRecords = { pool: { all: [], byKind: new Map() }, byCollection: new Map() };
  for (const operation of operations) {
    const kind = /^get([A-Z]\w*)$/.exec(operation.operationId)?.[1]?.toLowerCase();
    const list = /^(\/api\/[\w-]+)\/\{id\}$/.exec(operation.path)?.[1];
    if (operation.method !== "get" || !kind || !list) continue;
    const page = await api.get(`${list}?limit=${perCollection}`);
    const ids = ((page.body?.items ?? []) as { id?: string }[]).flatMap((item) =>
      item.id ? [item.id] : [],
    );
    known.pool.byKind.set(kind, ids);
    known.byCollection.set(list, ids);
    known.pool.all.push(...ids);
  }
  return known;
}
