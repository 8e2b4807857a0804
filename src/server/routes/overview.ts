import { coverageOfTarget } from "../../app/coverage.js";
import { hasPeople, loadDemo } from "../../app/demo.js";
import { getPitch, pitchInput, savePitch } from "../../app/pipeline/prepare.js";
import { progress } from "../../app/progress.js";
import { getSettings, updateSettings } from "../../app/settings.js";
import { settingsSchema, settingsUpdate } from "../../app/settingsSchema.js";
import { today } from "../../app/today.js";
import { coverageSchema } from "../../app/views/coverage.js";
import { pitchSchema } from "../../app/views/preparation.js";
import { progressSchema } from "../../app/views/progress.js";
import { todaySchema } from "../../app/views/today.js";
import { demoLoadedSchema } from "../../app/views/transfer.js";
import { Conflict } from "../../domain/errors.js";
import type { Api } from "../api.js";
import { action } from "./action.js";
import { templateRoutes } from "./templates.js";

/** The views across entities: today, coverage, pitch, progress and settings. */
export function overviewRoutes(api: Api): void {
  templateRoutes(api);
  action(api, {
    method: "get",
    operationId: "getToday",
    response: todaySchema,
    path: "/api/today",
    tag: "today",
    summary: "Overdue and due follow-ups, retries, conversations coming up, coverage gaps",
    run: (ctx) => today(ctx),
  });
  action(api, {
    method: "get",
    operationId: "getTargetCoverage",
    response: coverageSchema,
    path: "/api/targets/{id}/coverage",
    tag: "targets",
    summary: "The three areas, the role mix, two organizations and hiring power for a target",
    run: (ctx, { id }) => coverageOfTarget(ctx, id),
  });
  action(api, {
    method: "get",
    operationId: "getTargetPitch",
    response: pitchSchema,
    path: "/api/targets/{id}/pitch",
    tag: "targets",
    summary: "The pitch for a target with its spoken length",
    run: (ctx, { id }) => getPitch(ctx, id),
  });
  action(api, {
    method: "put",
    operationId: "saveTargetPitch",
    response: pitchSchema,
    path: "/api/targets/{id}/pitch",
    tag: "targets",
    summary: "Save the pitch's parts; answers with the timing",
    body: pitchInput,
    run: (ctx, { id }, body) => savePitch(ctx, id, body),
  });
  action(api, {
    method: "get",
    operationId: "getProgress",
    response: progressSchema,
    path: "/api/progress",
    tag: "progress",
    summary: "The funnel, response rate by channel and referral yield",
    run: (ctx) => progress(ctx),
  });
  action(api, {
    method: "post",
    operationId: "loadDemo",
    response: demoLoadedSchema,
    describe: "how many people and conversations were added",
    path: "/api/demo",
    tag: "settings",
    summary: "Load the sample data into an empty database (first run)",
    status: 201,
    run: async (ctx) => {
      if (await hasPeople(ctx)) {
        throw new Conflict("sample data goes only into an empty database", [
          { field: "people", message: "this database already has people" },
        ]);
      }
      return loadDemo(ctx);
    },
  });
  action(api, {
    method: "get",
    operationId: "getSettings",
    response: settingsSchema,
    path: "/api/settings",
    tag: "settings",
    summary: "The practice's numbers for this user",
    run: (ctx) => getSettings(ctx),
  });
  action(api, {
    method: "put",
    operationId: "updateSettings",
    response: settingsSchema,
    describe: "the settings as saved",
    path: "/api/settings",
    tag: "settings",
    summary: "Change some settings",
    body: settingsUpdate,
    run: (ctx, _params, body) => updateSettings(ctx, body),
  });
}
