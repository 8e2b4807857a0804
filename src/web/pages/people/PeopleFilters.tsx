// Narrowing the list: how we know them, their role, organization, pipeline status, tag and
// priority. Each filter is an exact match the API applies.
import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { CONVERSATION_STATUSES, HOW_KNOWN, PRIORITIES, ROLES } from "../../../domain/vocabulary.js";
import { HOW_KNOWN_LABEL, ROLE_LABEL, STATUS_LABEL } from "../../lib/labels";
import { OrganizationFilter } from "./OrganizationFilter";

export const FILTER_KEYS = ["howKnown", "roles", "organizationId", "stage", "tags", "priority"];

export function PeopleFilters({
  values,
  onChange,
}: {
  values: URLSearchParams;
  onChange: (key: string, value: string | null) => void;
}) {
  const get = (key: string) => values.get(key) ?? null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
      <Select
        label="How I know them"
        placeholder="Any"
        size="xs"
        clearable
        data={HOW_KNOWN.map((v) => ({ value: v, label: HOW_KNOWN_LABEL[v] }))}
        value={get("howKnown")}
        onChange={(v) => onChange("howKnown", v)}
      />
      <Select
        label="Role"
        placeholder="Any"
        size="xs"
        clearable
        data={ROLES.map((v) => ({ value: v, label: ROLE_LABEL[v] }))}
        value={get("roles")}
        onChange={(v) => onChange("roles", v)}
      />
      <OrganizationFilter
        value={get("organizationId")}
        onChange={(v) => onChange("organizationId", v)}
      />
      <Select
        label="Pipeline status"
        placeholder="Any"
        size="xs"
        clearable
        data={CONVERSATION_STATUSES.map((v) => ({ value: v, label: STATUS_LABEL[v] }))}
        value={get("stage")}
        onChange={(v) => onChange("stage", v)}
      />
      <TextInput
        label="Tag"
        placeholder="Any"
        size="xs"
        value={get("tags") ?? ""}
        onChange={(e) => onChange("tags", e.currentTarget.value || null)}
      />
      <Select
        label="Priority"
        placeholder="Any"
        size="xs"
        clearable
        data={[...PRIORITIES]}
        value={get("priority")}
        onChange={(v) => onChange("priority", v)}
      />
    </SimpleGrid>
  );
}
