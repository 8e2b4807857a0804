// Where better-auth answers, in a module of its own: the routes and the OpenAPI document name it
// in both modes, and importing it from auth.ts would load better-auth (about 25 MB of a local
// server's memory and a third of its start-up) where no account is ever used.
export const AUTH_BASE_PATH = "/api/auth";
