import { createContext, useContext } from "react";

/** Opens the "Add a person" dialog, which lives once at the top of the app. */
export const AddPersonContext = createContext<() => void>(() => {});

export function useAddPerson(): () => void {
  return useContext(AddPersonContext);
}
