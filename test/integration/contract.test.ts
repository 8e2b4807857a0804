// The typed contract (DESIGN.md, principle 7): every operation in the OpenAPI document has a
// unique operationId and a schema for each answer, and real answers match those schemas exactly,
// so the document, the server and the web app's inferred types cannot drift apart.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { personResource } from "../../src/app/entities/person.js";
import { settingsSchema } from "../../src/app/settingsSchema.js";
import { coverageSchema } from "../../src/app/views/coverage.js";
import { boundedPageSchema } from "../../src/app/views/page.js";
import { pitchSchema, preparationSchema } from "../../src/app/views/preparation.js";
import { problemSchema } from "../../src/app/views/problem.js";
import { progressSchema } from "../../src/app/views/progress.js";
import { todaySchema } from "../../src/app/views/today.js";
import { calendarFeedListSchema, newCalendarFeedSchema } from "../../src/app/views/transfer.js";
import { setupApp } from "../support/setupApp.js";

interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

const JSON_TYPES = ["application/json", "application/problem+json"];
const METHODS = ["get", "post", "put", "patch", "delete"];

function operationsOf(doc: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
  );
}

/** What is wrong with one operation's answers, as readable lines. */
function answerFaults(name: string, operation: Operation): string[] {
  const faults: string[] = [];
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const content = response.content;
    if (content === undefined || Object.keys(content).length === 0) {
      // Only "no content" may come without a body; every other answer says what it is.
      if (status !== "204") faults.push(`${name} ${status}: no media type`);
      continue;
    }
    for (const [mediaType, { schema }] of Object.entries(content)) {
      if (schema === undefined || Object.keys(schema).length === 0) {
        faults.push(`${name} ${status} ${mediaType}: empty schema`);
      }
      if (!JSON_TYPES.includes(mediaType) && !mediaType.startsWith("text/")) {
        faults.push(`${name} ${status}: unexpected media type ${mediaType}`);
      }
    }
  }
  return faults;
}

describe("the OpenAPI document", () => {
  const { api } = setupApp("sqlite");

  it("names every operation once, with a camelCase operationId", async () => {
    const operations = operationsOf((await api.get("/api/openapi.json")).body);
    expect(operations.length).toBeGreaterThan(90);
    const missing = operations.filter((o) => !o.operation.operationId).map((o) => o.name);
    expect(missing).toEqual([]);
    const ids = operations.map((o) => o.operation.operationId as string);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][A-Za-z0-9]*$/.test(id))).toEqual([]);
    for (const id of ["listPeople", "getPerson", "createPerson", "updatePerson", "deletePerson"]) {
      expect(ids).toContain(id);
    }
    for (const id of [
      "recordAttempt",
      "markHeld",
      "getToday",
      "listFollowUps",
      "getGlossaryTerm",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("gives every answer a media type and a schema that is not empty", async () => {
    const operations = operationsOf((await api.get("/api/openapi.json")).body);
    expect(operations.flatMap((o) => answerFaults(o.name, o.operation))).toEqual([]);
  });

  it("declares problem answers as problem+json with their fields", async () => {
    const doc = (await api.get("/api/openapi.json")).body;
    const refused = doc.paths["/api/people/{id}"].get.responses["404"];
    const schema = refused.content["application/problem+json"].schema;
    expect(Object.keys(schema.properties).sort()).toEqual([
      "detail",
      "errors",
      "status",
      "title",
      "type",
    ]);
  });

  it("declares the files it answers by their media types", async () => {
    const doc = (await api.get("/api/openapi.json")).body;
    const exported = doc.paths["/api/export/{kind}"].get.responses["200"].content;
    expect(Object.keys(exported).sort()).toEqual([
      "application/json",
      "text/calendar",
      "text/csv",
      "text/vcard",
    ]);
    expect(Object.keys(doc.paths["/calendar/{file}"].get.responses["200"].content)).toEqual([
      "text/calendar",
    ]);
  });
});

describe("real answers match their documented schemas", () => {
  const { api } = setupApp("sqlite");

  /** Parses the body and checks nothing was dropped or changed: no field left undocumented. */
  async function answerOf(schema: z.ZodType, path: string, status = 200) {
    const response = await api.get(path);
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(status);
    const parsed = schema.safeParse(response.body);
    expect(parsed.error?.issues ?? [], path).toEqual([]);
    expect(parsed.data, path).toEqual(response.body);
    return response.body;
  }

  it("for the sample data's views, lists and settings", async () => {
    expect((await api.post("/api/demo", {})).status).toBe(201);
    const today = await answerOf(todaySchema, "/api/today");
    expect(today.upcoming.length + today.followUps.overdue.length).toBeGreaterThan(0);
    await answerOf(progressSchema, "/api/progress");
    await answerOf(settingsSchema, "/api/settings");

    const people = await answerOf(
      boundedPageSchema(personResource.listItem),
      "/api/people?limit=500",
    );
    expect(people.items.length).toBeGreaterThan(0);
    await answerOf(boundedPageSchema(personResource.listItem), "/api/people?q=a&limit=5");
    await answerOf(
      boundedPageSchema(personResource.listItem),
      "/api/people?q=a&limit=5&count=exact",
    );
    await answerOf(personResource.entity, `/api/people/${people.items[0].id}`);

    const conversations = (await api.get("/api/conversations?limit=500")).body.items;
    for (const conversation of conversations) {
      await answerOf(preparationSchema, `/api/conversations/${conversation.id}/preparation`);
    }
    const targets = (await api.get("/api/targets")).body.items;
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      await answerOf(coverageSchema, `/api/targets/${target.id}/coverage`);
      await answerOf(pitchSchema, `/api/targets/${target.id}/pitch`);
    }
  });

  it("for calendar feeds and problems", async () => {
    const created = await api.post("/api/calendar-feeds", {});
    expect(newCalendarFeedSchema.parse(created.body)).toEqual(created.body);
    await answerOf(calendarFeedListSchema, "/api/calendar-feeds");
    await answerOf(problemSchema, "/api/people/nobody", 404);
  });
});
