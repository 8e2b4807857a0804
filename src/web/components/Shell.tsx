// The frame around every page: the header with search and "add", and the navigation, which
// folds into a burger menu on a phone.
import {
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  NavLink,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type ReactNode, useEffect, useState } from "react";
import { Link, useLocation } from "wouter";
import { useCenters } from "../api/centers";
import { useRouteFocus } from "../hooks/useFocusFlow";
import { useAccount } from "../pages/account/accountContext";
import { Icon, type IconName } from "./icons";

const NAV: { href: string; label: string; icon: IconName }[] = [
  { href: "/", label: "Today", icon: "today" },
  { href: "/people", label: "People", icon: "people" },
  { href: "/organizations", label: "Organizations & targets", icon: "organizations" },
  { href: "/outreach", label: "Outreach", icon: "outreach" },
  { href: "/conversations", label: "Conversations", icon: "conversation" },
  { href: "/network", label: "Network", icon: "network" },
  { href: "/leads", label: "Leads", icon: "sparkle" },
  { href: "/progress", label: "Progress", icon: "progress" },
  { href: "/import", label: "Import and export", icon: "transfer" },
  { href: "/settings", label: "Settings", icon: "settings" },
];

/** Server mode only: the signed-in account. */
const ACCOUNT = { href: "/account", label: "Account", icon: "user" } as const;
/** Server mode only: every seeker's sharing page, and the centers for their staff. */
const COACHING = { href: "/coaching", label: "Coaching", icon: "people" } as const;
const CENTERS = { href: "/centers", label: "Centers", icon: "organizations" } as const;

/** Server mode's pages; Centers only for staff (others start a center from Coaching). */
function useServerNav(serverMode: boolean): { href: string; label: string; icon: IconName }[] {
  const centers = useCenters(serverMode);
  if (!serverMode) return [];
  return (centers.data?.length ?? 0) > 0 ? [COACHING, CENTERS, ACCOUNT] : [COACHING, ACCOUNT];
}

function isActive(href: string, location: string): boolean {
  if (href === "/") return location === "/";
  const section = href.split("/")[1];
  const here = location.split("/")[1];
  if (href === "/organizations") return here === "organizations" || here === "targets";
  if (href === "/centers") return here === "centers" || here === "programs";
  return section === here;
}

function HeaderSearch() {
  const [, navigate] = useLocation();
  const [text, setText] = useState("");
  return (
    <search>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`/people?q=${encodeURIComponent(text)}`);
          setText("");
        }}
      >
        <TextInput
          data-search
          aria-label="Search people"
          placeholder="Search people…"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          leftSection={<Icon name="search" size={16} />}
          rightSection={
            <Kbd size="xs" visibleFrom="sm">
              /
            </Kbd>
          }
          w={{ base: 150, xs: 220, md: 280 }}
          size="sm"
        />
      </form>
    </search>
  );
}

export function Shell({ children, onAddPerson }: { children: ReactNode; onAddPerson: () => void }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const [location] = useLocation();
  const account = useAccount();
  const nav = [...NAV, ...useServerNav(account.mode === "server")];
  // On a phone the menu covers the page; close it once the user has picked a page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation on purpose
  useEffect(() => close(), [location, close]);
  useRouteFocus();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 264, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "sm", sm: "lg" }}
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? "Close navigation" : "Open navigation"}
            />
            <UnstyledButton component={Link} href="/" aria-label="Inroads, go to Today">
              <Group gap={8} wrap="nowrap">
                <span className="logo-mark" aria-hidden="true">
                  <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
                    <rect width="32" height="32" rx="8" fill="currentColor" />
                    <path
                      d="M9 23 L16 9 L23 23"
                      stroke="white"
                      strokeWidth="3"
                      fill="none"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    />
                  </svg>
                </span>
                <Text fw={700} size="lg" visibleFrom="xs">
                  Inroads
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <HeaderSearch />
            <Button
              onClick={onAddPerson}
              leftSection={<Icon name="plus" size={16} />}
              visibleFrom="sm"
              rightSection={
                <Kbd size="xs" className="kbd-on-primary">
                  n
                </Kbd>
              }
            >
              Add person
            </Button>
            <Button
              onClick={onAddPerson}
              hiddenFrom="sm"
              px={10}
              aria-label="Add person"
              title="Add person (n)"
            >
              <Icon name="plus" size={18} />
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" className="no-print" aria-label="Main">
        <AppShell.Section grow component="nav" aria-label="Pages">
          <Stack gap={2}>
            {nav.map((item) => (
              <NavLink
                key={item.href}
                component={Link}
                href={item.href}
                label={item.label}
                leftSection={<Icon name={item.icon} />}
                active={isActive(item.href, location)}
                aria-current={isActive(item.href, location) ? "page" : undefined}
                variant="light"
                className="nav-link"
              />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" pb="xs">
            <Kbd size="xs">/</Kbd> search · <Kbd size="xs">n</Kbd> add · <Kbd size="xs">Esc</Kbd>{" "}
            close · <Kbd size="xs">?</Kbd> all keys
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <div className="page">{children}</div>
      </AppShell.Main>
    </AppShell>
  );
}
