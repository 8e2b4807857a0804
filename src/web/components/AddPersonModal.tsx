import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useLocation } from "wouter";
import { organizationIdFor } from "../api/organizations";
import { peopleApi, personChanged } from "../api/people";
import { useAction } from "../hooks/useAction";
import { useOpenerFocus } from "../hooks/useFocusFlow";
import { draftOf, type PersonDraft, PersonForm, personBody } from "./person/PersonForm";

/** "Add person", from anywhere (the header button or the "n" key). */
export function AddPersonModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [, navigate] = useLocation();
  const phone = useMediaQuery("(max-width: 36em)");
  // Closed without adding, the focus goes back to what opened the dialog.
  const backToOpener = useOpenerFocus();
  const cancel = () => {
    onClose();
    backToOpener();
  };
  const save = useAction(
    async (draft: PersonDraft) =>
      peopleApi.create(personBody(draft, await organizationIdFor(draft.organizationName))),
    {
      success: (person) => `${person.fullName} is in your network.`,
      stale: personChanged,
      onDone: (person) => {
        onClose();
        navigate(`/people/${person.id}`);
      },
    },
  );
  return (
    <Modal opened={opened} onClose={cancel} title="Add a person" size="lg" fullScreen={phone}>
      {opened && (
        <PersonForm
          initial={draftOf()}
          submitLabel="Add person"
          onSubmit={(draft) => save.mutate(draft)}
          onCancel={cancel}
          busy={save.isPending}
          error={save.error}
        />
      )}
    </Modal>
  );
}
