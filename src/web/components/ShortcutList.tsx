// "?" opens the list of the keys the app answers to, from anywhere but a text field.
import { Kbd, Modal, Table } from "@mantine/core";
import { useEffect, useState } from "react";

const KEYS: { keys: string[]; what: string }[] = [
  { keys: ["/"], what: "Search people (or the page's own list)" },
  { keys: ["n"], what: "Add: a person, or what the page lists" },
  { keys: ["n"], what: "On Live: the next question" },
  { keys: ["↑", "↓"], what: "In the question bank: move; Home and End jump to either end" },
  { keys: ["Space"], what: "In the question bank: pick or drop the question" },
  { keys: ["?"], what: "This list of keys" },
  { keys: ["Esc"], what: "Close a dialog; the focus goes back where it was" },
  { keys: ["Tab", "Shift+Tab"], what: "Next and previous control" },
  { keys: ["Enter"], what: "Follow a link, press a button, send a form" },
];

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function ShortcutList() {
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(event.target)) return;
      event.preventDefault();
      setOpened(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="Keyboard shortcuts">
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Key</Table.Th>
            <Table.Th>What it does</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {KEYS.map((row) => (
            <Table.Tr key={row.what}>
              <Table.Td>
                {row.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && " or "}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{row.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
