// Opens everything a process needs to run use cases: the store (migrated), the local owner with
// its settings, the built-in question bank, and the clock (pinned by INROADS_NOW if set).
import { openStore } from "../store/database.js";
import { ensureBuiltInQuestions } from "./builtInQuestions.js";
import { type AppContext, type Clock, fixedClock, systemClock } from "./context.js";
import { ensureOwner, machineTimeZone } from "./settings.js";

/** In local mode every row belongs to this one implicit owner. */
export const LOCAL_OWNER = { id: "local", name: "Me" };

export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): Clock {
  return env.INROADS_NOW ? fixedClock(env.INROADS_NOW) : systemClock;
}

export interface OpenApp {
  ctx: AppContext;
  close(): Promise<void>;
}

export async function openApp(
  target: string,
  clock: Clock = clockFromEnvironment(),
): Promise<OpenApp> {
  const store = await openStore(target);
  try {
    await ensureOwner(store.handle, { ...LOCAL_OWNER, timeZone: machineTimeZone() }, clock.now());
    await ensureBuiltInQuestions(store.handle, clock.now());
  } catch (error) {
    await store.close();
    throw error;
  }
  return { ctx: { store, ownerId: LOCAL_OWNER.id, clock }, close: () => store.close() };
}
