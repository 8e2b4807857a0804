import { Button, Group, Modal, Switch } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useLocation } from "wouter";
import { industriesApi } from "../../api/industries";
import { organizationsApi } from "../../api/organizations";
import { useAll } from "../../api/resource";
import { targetChanged, targetRemoved, targetSaved, targetsApi } from "../../api/targets";
import type { Target } from "../../api/types";
import { ConfirmDelete } from "../../components/ConfirmDelete";
import { saveTarget, TargetForm } from "../../components/target/TargetForm";
import { useAction } from "../../hooks/useAction";

/** Edit, pause and delete a target. */
export function TargetActions({ target }: { target: Target }) {
  const [, navigate] = useLocation();
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const organizations = useAll(organizationsApi);
  const industries = useAll(industriesApi);
  const save = useAction(
    (draft: Parameters<typeof saveTarget>[0]) => saveTarget(draft, target.id),
    { success: "Target saved.", onDone: edit.close, stale: targetSaved },
  );
  const toggle = useAction((active: boolean) => targetsApi.update(target.id, { active }), {
    success: (_) => (target.active ? "Target paused." : "Target active again."),
    stale: targetChanged,
  });
  const remove = useAction(() => targetsApi.remove(target.id), {
    success: `Target "${target.role}" deleted.`,
    stale: targetRemoved,
    onDone: () => navigate("/organizations"),
    leaves: true,
    gone: [targetsApi.keys.one(target.id)],
  });
  const orgName = new Map((organizations.data ?? []).map((o) => [o.id, o.name]));
  return (
    <>
      <Group gap="sm">
        <Switch
          label="Active"
          checked={target.active}
          onChange={(e) => toggle.mutate(e.currentTarget.checked)}
        />
        <Button variant="default" onClick={edit.open}>
          Edit
        </Button>
        <Button variant="subtle" color="red" onClick={del.open}>
          Delete
        </Button>
      </Group>
      <Modal opened={editing} onClose={edit.close} title="Edit target" size="lg">
        {editing && (
          <TargetForm
            initial={{
              role: target.role,
              industryName: industries.data?.find((i) => i.id === target.industryId)?.name ?? "",
              organizationNames: target.organizationIds
                .map((id) => orgName.get(id))
                .filter((n): n is string => Boolean(n)),
              notes: target.notes,
              whyField: target.whyField,
              whyCompany: target.whyCompany,
            }}
            submitLabel="Save"
            onSubmit={(draft) => save.mutate(draft)}
            onCancel={edit.close}
            busy={save.isPending}
          />
        )}
      </Modal>
      <ConfirmDelete
        opened={deleting}
        title={`Delete "${target.role}"?`}
        onClose={del.close}
        onConfirm={() => remove.mutate(undefined)}
        busy={remove.isPending}
      >
        Its pitch and insights go with it. Conversations and people stay.
      </ConfirmDelete>
    </>
  );
}
