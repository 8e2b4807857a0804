// The organization filter. A large network has thousands of organizations; the list of them is
// asked for only when someone opens this filter, so the people list never waits on it. A filter
// already in the address shows its organization's name from a single read.
import { Select } from "@mantine/core";
import { useMemo, useState } from "react";
import { organizationsApi } from "../../api/organizations";
import { useAll, useOne } from "../../api/resource";

export function OrganizationFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const [opened, setOpened] = useState(false);
  const all = useAll(organizationsApi, {}, opened);
  const current = useOne(organizationsApi, all.data ? null : value);
  const options = useMemo(() => {
    if (all.data) return all.data.map((o) => ({ value: o.id, label: o.name }));
    return current.data ? [{ value: current.data.id, label: current.data.name }] : [];
  }, [all.data, current.data]);
  return (
    <Select
      label="Organization"
      placeholder="Any"
      size="xs"
      clearable
      searchable
      limit={100}
      nothingFoundMessage={
        all.isFetching ? "Loading organizations…" : "No organization by that name"
      }
      data={options}
      value={value}
      onChange={onChange}
      onDropdownOpen={() => setOpened(true)}
    />
  );
}
