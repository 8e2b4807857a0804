// Choosing someone from the network, which may hold thousands: the list is searched on the
// server as the seeker types, and the chosen person is shown by name.
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { peopleApi } from "../../api/people";
import { useList, useOne } from "../../api/resource";

export function PersonPicker({
  label,
  description,
  value,
  onChange,
  exclude,
}: {
  label: string;
  description?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Someone who cannot be picked here, e.g. the person being edited. */
  exclude?: string;
}) {
  const [search, setSearch] = useState("");
  const [query] = useDebouncedValue(search.trim(), 200);
  const found = useList(peopleApi, { q: query || undefined, limit: 20 });
  const chosen = useOne(peopleApi, value);
  const data = useMemo(() => {
    const options = new Map<string, string>();
    if (chosen.data) options.set(chosen.data.id, chosen.data.fullName);
    for (const p of found.data?.items ?? []) {
      if (p.id !== exclude) options.set(p.id, p.fullName);
    }
    return [...options].map(([id, name]) => ({ value: id, label: name }));
  }, [chosen.data, found.data, exclude]);
  return (
    <Select
      label={label}
      description={description}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.isFetching ? "Searching…" : "Nobody by that name"}
      filter={({ options }) => options}
    />
  );
}
