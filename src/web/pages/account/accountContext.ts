// Which mode the app runs in and who is signed in, for the frame (the Account link) and the
// routes (the account page exists only in server mode). Local mode is the default.
import { createContext, useContext } from "react";
import type { AccountState } from "../../api/account";

export const AccountContext = createContext<AccountState>({ mode: "local" });

export const useAccount = (): AccountState => useContext(AccountContext);
