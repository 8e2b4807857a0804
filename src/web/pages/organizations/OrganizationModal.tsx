import { Autocomplete, Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useLocation } from "wouter";
import { ORGANIZATION_RELATIONS } from "../../../domain/vocabulary.js";
import { ApiError } from "../../api/client";
import { industriesApi, industryIdFor } from "../../api/industries";
import { roots } from "../../api/keys";
import { organizationChanged, organizationsApi } from "../../api/organizations";
import { useAll } from "../../api/resource";
import type { Organization } from "../../api/types";
import { useAction } from "../../hooks/useAction";
import { RELATION_LABEL } from "../../lib/labels";

/** Adds an organization, or edits one when given. */
export function OrganizationModal({
  opened,
  onClose,
  organization,
  industryName = "",
}: {
  opened: boolean;
  onClose: () => void;
  organization?: Organization;
  industryName?: string;
}) {
  const [, navigate] = useLocation();
  const industries = useAll(industriesApi, {}, opened);
  const [name, setName] = useState(organization?.name ?? "");
  const [relation, setRelation] = useState<string>(organization?.relation ?? "target");
  const [industry, setIndustry] = useState(industryName);
  const [website, setWebsite] = useState(organization?.website ?? "");
  const save = useAction(
    async () => {
      const body = {
        name: name.trim(),
        relation: relation as Organization["relation"],
        industryId: await industryIdFor(industry),
        website: website.trim() || null,
      };
      return organization
        ? organizationsApi.update(organization.id, body)
        : organizationsApi.create(body);
    },
    {
      success: (o) => `${o.name} saved.`,
      stale: [...organizationChanged, roots.industries],
      onDone: (o) => {
        onClose();
        if (!organization) navigate(`/organizations/${o.id}`);
      },
    },
  );
  const error = save.error instanceof ApiError ? save.error : undefined;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={organization ? `Edit ${organization.name}` : "New organization"}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) save.mutate(undefined);
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error?.fieldError("name")}
          />
          <Select
            label="My relation to it"
            description="Suppliers and customers see the market differently from competitors."
            data={ORGANIZATION_RELATIONS.map((v) => ({ value: v, label: RELATION_LABEL[v] }))}
            value={relation}
            onChange={(v) => v && setRelation(v)}
            allowDeselect={false}
          />
          <Autocomplete
            label="Industry"
            data={(industries.data ?? []).map((i) => i.name)}
            value={industry}
            onChange={setIndustry}
          />
          <TextInput
            label="Website"
            type="url"
            placeholder="https://"
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
            error={error?.fieldError("website")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
