// Records made through the API as a user would make them, with sensible defaults, so that a
// test names only the fields it is about. Each builder fails loudly with the server's answer.
import type { TestApi } from "./api.js";

export interface Built {
  id: string;
  [field: string]: unknown;
}

let serial = 0;
const next = () => ++serial;

async function create(api: TestApi, path: string, body: Record<string, unknown>): Promise<Built> {
  const response = await api.post(path, body);
  if (response.status !== 201) {
    throw new Error(
      `POST ${path} answered ${response.status}: ${JSON.stringify(response.body)} for ${JSON.stringify(body)}`,
    );
  }
  return response.body as Built;
}

export function buildOrganization(api: TestApi, fields: Record<string, unknown> = {}) {
  return create(api, "/api/organizations", { name: `Organization ${next()}`, ...fields });
}

export function buildPerson(api: TestApi, fields: Record<string, unknown> = {}) {
  return create(api, "/api/people", { fullName: `Person ${next()}`, ...fields });
}

export function buildTarget(api: TestApi, fields: Record<string, unknown> = {}) {
  return create(api, "/api/targets", { role: `Role ${next()}`, ...fields });
}

/** A conversation to ask for; makes its person unless `personId` is given. */
export async function buildConversation(api: TestApi, fields: Record<string, unknown> = {}) {
  const personId = fields.personId ?? (await buildPerson(api)).id;
  return create(api, "/api/conversations", { ...fields, personId });
}
