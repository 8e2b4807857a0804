// Adding or editing a person: who they are, how we know them and who introduced them, what they
// do for the target, how to reach them, how often to keep in touch, and what a thank-you card
// needs (the spelling of the name, a mailing address). Every field the API keeps is here.
import {
  Autocomplete,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import { DEGREES, HOW_KNOWN, PRIORITIES, ROLES } from "../../../domain/vocabulary.js";
import { ApiError } from "../../api/client";
import { industriesApi } from "../../api/industries";
import { organizationsApi } from "../../api/organizations";
import { useAll } from "../../api/resource";
import type { Person } from "../../api/types";
import { DEGREE_LABEL, HOW_KNOWN_LABEL, ROLE_LABEL } from "../../lib/labels";
import { PersonPicker } from "./PersonPicker";

export interface PersonDraft {
  fullName: string;
  title: string;
  organizationName: string;
  email: string;
  howKnown: Person["howKnown"];
  degree: Person["degree"];
  roles: Person["roles"];
  hiringPower: boolean;
  priority: Person["priority"];
  tags: string[];
  nameNote: string;
  mailingAddress: string;
  notes: string;
  namePrefix: string;
  givenName: string;
  middleName: string;
  familyName: string;
  nameSuffix: string;
  industryId: string | null;
  phones: string[];
  profileUrl: string;
  referredById: string | null;
  /** Empty: the cadence from the settings. */
  keepInTouchDays: number | "";
  /** The person edited, so they cannot be their own introducer. */
  id?: string;
}

export function draftOf(person?: Person, organizationName = ""): PersonDraft {
  return {
    fullName: person?.fullName ?? "",
    title: person?.title ?? "",
    organizationName,
    email: person?.emails.join(", ") ?? "",
    howKnown: person?.howKnown ?? "other",
    degree: person?.degree ?? "none",
    roles: person?.roles ?? [],
    hiringPower: person?.hiringPower ?? false,
    priority: person?.priority ?? "B",
    tags: person?.tags ?? [],
    nameNote: person?.nameNote ?? "",
    mailingAddress: person?.mailingAddress ?? "",
    notes: person?.notes ?? "",
    namePrefix: person?.namePrefix ?? "",
    givenName: person?.givenName ?? "",
    middleName: person?.middleName ?? "",
    familyName: person?.familyName ?? "",
    nameSuffix: person?.nameSuffix ?? "",
    industryId: person?.industryId ?? null,
    phones: person?.phones ?? [],
    profileUrl: person?.profileUrl ?? "",
    referredById: person?.referredById ?? null,
    keepInTouchDays: person?.keepInTouchDays ?? "",
    ...(person ? { id: person.id } : {}),
  };
}

const NAME_PARTS = [
  ["namePrefix", "Prefix"],
  ["givenName", "Given name"],
  ["middleName", "Middle name"],
  ["familyName", "Family name"],
  ["nameSuffix", "Suffix"],
] as const;

export function PersonForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  busy,
  error,
}: {
  initial: PersonDraft;
  submitLabel: string;
  onSubmit: (draft: PersonDraft) => void;
  onCancel?: () => void;
  busy?: boolean;
  error?: unknown;
}) {
  const [draft, setDraft] = useState(initial);
  const organizations = useAll(organizationsApi);
  const industries = useAll(industriesApi);
  const names = useMemo(
    () => [...new Set((organizations.data ?? []).map((o) => o.name))],
    [organizations.data],
  );
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const fieldError = (field: string) =>
    error instanceof ApiError ? error.fieldError(field) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Full name"
          description="As they write it: the thank-you card depends on it."
          required
          data-autofocus
          value={draft.fullName}
          onChange={(e) => set("fullName", e.currentTarget.value)}
          error={fieldError("fullName")}
        />
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
          {NAME_PARTS.map(([key, label]) => (
            <TextInput
              key={key}
              label={label}
              size="xs"
              value={draft[key]}
              onChange={(e) => set(key, e.currentTarget.value)}
              error={fieldError(key)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Title"
            value={draft.title}
            onChange={(e) => set("title", e.currentTarget.value)}
          />
          <Autocomplete
            label="Organization"
            description="Pick one or type a new name."
            data={names}
            value={draft.organizationName}
            onChange={(value) => set("organizationName", value)}
          />
        </SimpleGrid>
        <Select
          label="Industry"
          clearable
          searchable
          data={(industries.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
          value={draft.industryId}
          onChange={(v) => set("industryId", v)}
        />
        <TextInput
          label="Email"
          description="Several? Separate them with commas."
          type="email"
          value={draft.email}
          onChange={(e) => set("email", e.currentTarget.value)}
          error={fieldError("emails")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TagsInput
            label="Phones"
            value={draft.phones}
            onChange={(v) => set("phones", v)}
            placeholder="Type and press Enter"
            error={fieldError("phones")}
          />
          <TextInput
            label="Profile URL"
            description="LinkedIn or another public page."
            value={draft.profileUrl}
            onChange={(e) => set("profileUrl", e.currentTarget.value)}
            error={fieldError("profileUrl")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label="How I know them"
            data={HOW_KNOWN.map((v) => ({ value: v, label: HOW_KNOWN_LABEL[v] }))}
            value={draft.howKnown}
            onChange={(v) => v && set("howKnown", v as PersonDraft["howKnown"])}
            allowDeselect={false}
          />
          <Select
            label="Connection"
            data={DEGREES.map((v) => ({ value: v, label: DEGREE_LABEL[v] }))}
            value={draft.degree}
            onChange={(v) => v && set("degree", v as PersonDraft["degree"])}
            allowDeselect={false}
          />
        </SimpleGrid>
        <PersonPicker
          label="Introduced by"
          description="Who gave you their name."
          value={draft.referredById}
          onChange={(v) => set("referredById", v)}
          exclude={draft.id}
        />
        <MultiSelect
          label="Role for my target"
          description="One person can fill two slots, e.g. a supervisor who also does the work."
          data={ROLES.map((v) => ({ value: v, label: ROLE_LABEL[v] }))}
          value={draft.roles}
          onChange={(v) => set("roles", v as PersonDraft["roles"])}
        />
        <Group gap="lg" align="flex-end">
          <Checkbox
            label="Can hire (has the power to say yes)"
            checked={draft.hiringPower}
            onChange={(e) => set("hiringPower", e.currentTarget.checked)}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="priority-label">
              Priority
            </Text>
            <SegmentedControl
              aria-labelledby="priority-label"
              size="xs"
              data={[...PRIORITIES]}
              value={draft.priority}
              onChange={(v) => set("priority", v as PersonDraft["priority"])}
            />
          </Stack>
        </Group>
        <TagsInput
          label="Tags"
          value={draft.tags}
          onChange={(v) => set("tags", v)}
          placeholder="Type and press Enter"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Spelling or pronunciation"
            value={draft.nameNote}
            onChange={(e) => set("nameNote", e.currentTarget.value)}
          />
          <Textarea
            label="Mailing address"
            description="For a thank-you card."
            autosize
            minRows={1}
            value={draft.mailingAddress}
            onChange={(e) => set("mailingAddress", e.currentTarget.value)}
          />
        </SimpleGrid>
        <NumberInput
          label="Keep in touch every (days)"
          description="Leave empty for the cadence in Settings."
          min={1}
          max={730}
          maw={260}
          value={draft.keepInTouchDays}
          onChange={(v) => set("keepInTouchDays", typeof v === "number" ? v : "")}
          error={fieldError("keepInTouchDays")}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={draft.notes}
          onChange={(e) => set("notes", e.currentTarget.value)}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={busy} disabled={!draft.fullName.trim()}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The API body for a draft; the organization is resolved by the caller. */
export function personBody(draft: PersonDraft, organizationId: string | null) {
  const emails = draft.email
    .split(/[,;\s]+/)
    .map((e) => e.trim())
    .filter(Boolean);
  return {
    fullName: draft.fullName.trim(),
    title: draft.title.trim() || null,
    organizationId,
    emails,
    howKnown: draft.howKnown,
    degree: draft.degree,
    roles: draft.roles,
    hiringPower: draft.hiringPower,
    priority: draft.priority,
    tags: draft.tags,
    nameNote: draft.nameNote.trim(),
    mailingAddress: draft.mailingAddress.trim() || null,
    notes: draft.notes,
    namePrefix: draft.namePrefix.trim() || null,
    givenName: draft.givenName.trim() || null,
    middleName: draft.middleName.trim() || null,
    familyName: draft.familyName.trim() || null,
    nameSuffix: draft.nameSuffix.trim() || null,
    industryId: draft.industryId,
    phones: draft.phones.map((p) => p.trim()).filter(Boolean),
    profileUrl: draft.profileUrl.trim() || null,
    referredById: draft.referredById,
    keepInTouchDays: draft.keepInTouchDays === "" ? null : draft.keepInTouchDays,
  };
}
