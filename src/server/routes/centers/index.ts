// The coaching side's routes, wired to server mode's accounts: invitations leave by its mailer,
// new staff get its account invitation, and a personal invitation's person makes an account.
import type { Accounts } from "../../../app/accounts/auth.js";
import type { InvitationMail } from "../../../app/centers/invitations.js";
import type { Api } from "../../api.js";
import { joinRoutes } from "./joinRoutes.js";
import { seekerRoutes } from "./seekerRoutes.js";
import { staffRoutes } from "./staffRoutes.js";

export function centerRoutes(api: Api, accounts: Accounts): void {
  const mail: InvitationMail = {
    publicUrl: accounts.publicUrl,
    send: (message) => accounts.mailer.send(message),
  };
  joinRoutes(api, {
    mail,
    accounts: {
      async create({ email, name, password }) {
        const created = await accounts.auth.api.createUser({
          body: { email, name, password, role: "user", data: { emailVerified: true } },
        });
        return { id: created.user.id };
      },
    },
  });
  staffRoutes(api, {
    mail,
    inviteAccount: async (email, name) => {
      await accounts.invite(email, name);
    },
  });
  seekerRoutes(api);
}
