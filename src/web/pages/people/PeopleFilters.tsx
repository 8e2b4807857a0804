// Narrowing the list: how we know them, their role, organization, pipeline status, tag and
// priority. Each filter is an exact match the API applies.
import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { CONVERSATION_STATUSES, HOW_KNOWN, PRIORITIES, ROLES } from "../../../domain/vocabulary.js";
import { HOW_KNOWN_LABEL, ROLE_LABEL, STATUS_LABEL } from "../../lib/labels";
import { OrganizationFilter } from "./OrganizationFilter";

export const FILTER_KEYS = ["howKnown", "roles", "organizationId", "stage", "tags", "priority"];

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

const HOW_KNOWN_OPTIONS = labelled(HOW_KNOWN, HOW_KNOWN_LABEL);
const ROLE_OPTIONS = labelled(ROLES, ROLE_LABEL);
const STATUS_OPTIONS = labelled(CONVERSATION_STATUSES, STATUS_LABEL);

export function PeopleFilters({
  values,
  onChange,
}: {
  values: URLSearchParams;
  onChange: (key: string, value: string | null) => void;
}) {
  const get = (key: string) => values.get(key) ?? null;
  /** One of the fixed-choice filters: "Any" until a value is picked, clearable. */
  const choice = (key: string, label: string, data: Parameters<typeof Select>[0]["data"]) => (
    <Select
      label={label}
      placeholder="Any"
      size="xs"
      clearable
      data={data}
      value={get(key)}
      onChange={(v) => onChange(key, v === null ? null : String(v))}
    />
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
      {choice("howKnown", "How I know them", HOW_KNOWN_OPTIONS)}
      {choice("roles", "Role", ROLE_OPTIONS)}
      <OrganizationFilter
        value={get("organizationId")}
        onChange={(v) => onChange("organizationId", v)}
      />
      {choice("stage", "Pipeline status", STATUS_OPTIONS)}
      <TextInput
        label="Tag"
        placeholder="Any"
        size="xs"
        value={get("tags") ?? ""}
        onChange={(e) => onChange("tags", e.currentTarget.value || null)}
      />
      {choice("priority", "Priority", [...PRIORITIES])}
    </SimpleGrid>
  );
}
