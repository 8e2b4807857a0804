// A target: the job aimed at, in an industry, at some organizations, with the seeker's short
// answers to "why this field?" and "why this company?" that Prepare and the sheet show.
import { Autocomplete, Button, Group, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { industriesApi, industryIdFor } from "../../api/industries";
import { organizationIdFor, organizationsApi } from "../../api/organizations";
import { useAll } from "../../api/resource";
import { targetsApi } from "../../api/targets";
import type { Target } from "../../api/types";

export interface TargetDraft {
  role: string;
  industryName: string;
  organizationNames: string[];
  notes: string;
  whyField: string;
  whyCompany: string;
}

export const emptyTarget: TargetDraft = {
  role: "",
  industryName: "",
  organizationNames: [],
  notes: "",
  whyField: "",
  whyCompany: "",
};

/** Creates or updates the target, creating any industry or organization named for the first time. */
export async function saveTarget(draft: TargetDraft, id?: string): Promise<Target> {
  const industryId = await industryIdFor(draft.industryName);
  const organizationIds: string[] = [];
  for (const name of draft.organizationNames) {
    // An organization first named as a target's is one the seeker aims at, in its industry.
    const orgId = await organizationIdFor(name, { industryId, relation: "target" });
    if (orgId) organizationIds.push(orgId);
  }
  const body = {
    role: draft.role.trim(),
    industryId,
    organizationIds,
    notes: draft.notes,
    whyField: draft.whyField.trim(),
    whyCompany: draft.whyCompany.trim(),
  };
  return id ? targetsApi.update(id, body) : targetsApi.create(body);
}

export function TargetForm({
  initial = emptyTarget,
  submitLabel,
  onSubmit,
  onCancel,
  busy,
}: {
  initial?: TargetDraft;
  submitLabel: string;
  onSubmit: (draft: TargetDraft) => void;
  onCancel?: () => void;
  busy?: boolean;
}) {
  const [draft, setDraft] = useState(initial);
  const industries = useAll(industriesApi);
  const organizations = useAll(organizationsApi);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.role.trim()) onSubmit(draft);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label="The job you are aiming at"
          placeholder="e.g. Supply chain analyst"
          required
          data-autofocus
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value })}
        />
        <Autocomplete
          label="Industry"
          description="Research the industry first: it gives you credibility later."
          placeholder="e.g. Consumer goods distribution"
          // Names are not unique in the data, and the list refuses a repeated option.
          data={[...new Set((industries.data ?? []).map((i) => i.name))]}
          value={draft.industryName}
          onChange={(industryName) => setDraft({ ...draft, industryName })}
        />
        <TagsInput
          label="Organizations"
          description="Aim for at least two, for a wider view. Press Enter after each."
          data={[...new Set((organizations.data ?? []).map((o) => o.name))]}
          value={draft.organizationNames}
          onChange={(organizationNames) => setDraft({ ...draft, organizationNames })}
        />
        <Textarea
          label="Why this field?"
          description="Your short answer, ready for when they ask."
          autosize
          minRows={2}
          value={draft.whyField}
          onChange={(e) => setDraft({ ...draft, whyField: e.currentTarget.value })}
        />
        <Textarea
          label="Why this company?"
          description="What draws you to the organizations above."
          autosize
          minRows={2}
          value={draft.whyCompany}
          onChange={(e) => setDraft({ ...draft, whyCompany: e.currentTarget.value })}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={busy} disabled={!draft.role.trim()}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
