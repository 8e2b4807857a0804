// The seeker's request and thank-you templates, one set per owner.
import { getTemplates, saveTemplates } from "../../app/templates.js";
import { templatesSchema, templatesUpdate } from "../../app/views/templates.js";
import type { Api } from "../api.js";
import { action } from "./action.js";

export function templateRoutes(api: Api): void {
  action(api, {
    method: "get",
    operationId: "getTemplates",
    response: templatesSchema,
    path: "/api/templates",
    tag: "settings",
    summary: "The request and thank-you templates in use (yours, else the built-in ones)",
    run: (ctx) => getTemplates(ctx),
  });
  action(api, {
    method: "put",
    operationId: "saveTemplates",
    response: templatesSchema,
    describe: "the templates as saved",
    body: templatesUpdate,
    path: "/api/templates",
    tag: "settings",
    summary: "Change some templates (null puts one back to the built-in text)",
    run: (ctx, _params, body) => saveTemplates(ctx, body),
  });
}
