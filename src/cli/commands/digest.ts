// `inroads digest`: today's digest for local mode, printed, or sent through SMTP_URL. Run it
// from cron or a systemd timer; a second --send the same day sends nothing (the database
// remembers the day).
import type { Command } from "commander";
import type { CommandEnv } from "../main.js";
import { withApp } from "./run.js";

const OUTCOME_LINE: Record<string, string> = {
  sent: "sent",
  already_sent: "already sent today: nothing sent",
  nothing_due: "nothing due today: nothing sent",
};

export function digestCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("digest")
    .description("today's digest: printed, or mailed through SMTP_URL once a day (--send)")
    .option("--send", "send it (through SMTP_URL), at most once a day")
    .option("--to <address>", "where to send it (env: MAIL_TO)", process.env.MAIL_TO)
    .action(async (options: { send?: boolean; to?: string }) => {
      const e = env();
      if (options.send && !process.env.SMTP_URL) {
        throw new Error("--send needs SMTP_URL, e.g. smtp://user:pass@mail.example.com:587");
      }
      if (options.send && !options.to) throw new Error("--send needs --to <address> (or MAIL_TO)");
      await withApp(e, async ({ ctx }) => {
        const { dateInZone } = await import("../../domain/time.js");
        const { getSettings } = await import("../../app/settings.js");
        const publicUrl = (process.env.INROADS_PUBLIC_URL ?? "http://127.0.0.1:4321").replace(
          /\/$/,
          "",
        );
        const day = dateInZone(ctx.clock.now(), (await getSettings(ctx)).timeZone);
        if (!options.send) {
          const { today } = await import("../../app/today.js");
          const { composeDigest, renderDigest } = await import("../../app/mail/digestMail.js");
          const digest = composeDigest(await today(ctx), publicUrl);
          e.out(digest ? renderDigest(digest, { to: "" }).text : `Nothing due on ${day}.`);
          return;
        }
        const { sendDigest } = await import("../../app/reminders/deliver.js");
        const { mailerFromEnvironment } = await import("../../app/mail/mailer.js");
        const outcome = await sendDigest(
          {
            store: ctx.store,
            clock: ctx.clock,
            mailer: mailerFromEnvironment(process.env, e.out),
            publicUrl,
            unsubscribeLinks: false,
          },
          ctx.ownerId,
          day,
          { to: options.to, ignoreSettings: true },
        );
        e.out(`Digest for ${day}: ${OUTCOME_LINE[outcome] ?? outcome}`);
      });
    });
}
