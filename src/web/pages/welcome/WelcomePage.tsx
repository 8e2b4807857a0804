// First run: an empty database opens here. Three short steps (a target, a pitch, the first
// people) or, to look around first, the sample data.
import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { demoLoaded, loadDemo } from "../../api/settings";
import { targetSaved } from "../../api/targets";
import { saveTemplates } from "../../api/templates";
import type { Target } from "../../api/types";
import { Icon } from "../../components/icons";
import { saveTarget, TargetForm } from "../../components/target/TargetForm";
import { useAction } from "../../hooks/useAction";
import { focusNext } from "../../hooks/useFocusFlow";
import { PitchEditor } from "../target/PitchEditor";
import { FirstPeople } from "./FirstPeople";

function SampleData() {
  const [, navigate] = useLocation();
  const load = useAction(loadDemo, {
    success: (r) => `Sample data loaded: ${r.people} people to explore.`,
    stale: demoLoaded,
    onDone: () => navigate("/"),
  });
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Text fw={650}>Just looking?</Text>
        <Text size="sm" c="dimmed">
          Load a sample search (a career changer aiming at supply-chain analyst roles) and explore
          every page. Best in a database you will not keep.
        </Text>
        <Button
          variant="light"
          onClick={() => load.mutate(undefined)}
          loading={load.isPending}
          leftSection={<Icon name="sparkle" size={16} />}
        >
          Load sample data
        </Button>
      </Stack>
    </Card>
  );
}

function ImportContacts() {
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Text fw={650}>Import your LinkedIn connections</Text>
        <Text size="sm" c="dimmed">
          Or contacts from Google, Outlook or a vCard file. You see what would change before
          anything does, and people you add later are never doubled.
        </Text>
        <Button
          variant="light"
          component={Link}
          href="/import"
          leftSection={<Icon name="upload" size={16} />}
        >
          Import contacts
        </Button>
      </Stack>
    </Card>
  );
}

export function WelcomePage() {
  const [, navigate] = useLocation();
  const phone = useMediaQuery("(max-width: 36em)");
  const [step, setStep] = useState(0);
  const [target, setTarget] = useState<Target | null>(null);
  const [myName, setMyName] = useState("");
  const create = useAction((draft: Parameters<typeof saveTarget>[0]) => saveTarget(draft), {
    success: (t) => `Target "${t.role}" saved.`,
    stale: targetSaved,
    onDone: (t) => {
      setTarget(t);
      if (myName.trim()) void saveTemplates({ myName: myName.trim() });
      setStep(1);
      // The next step's first field: the saved form is gone, and the focus with it.
      focusNext("[data-welcome-pitch] textarea");
    },
  });
  return (
    <Stack gap="lg" maw={1040} mx="auto">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Welcome to Inroads
        </Title>
        <Text c="dimmed">
          Most jobs are filled through people. Inroads helps you ask for short conversations,
          prepare them, hold them on time, thank people and follow every name they give you.
        </Text>
      </Stack>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Card withBorder radius="md" padding="lg">
            <Stepper
              active={step}
              onStepClick={(s) => (s === 0 || target ? setStep(s) : undefined)}
              // Only steps already done are buttons: the others would be Tab stops that do nothing.
              allowNextStepsSelect={false}
              orientation={phone ? "vertical" : "horizontal"}
              size="sm"
            >
              <Stepper.Step label="Target" description="What you aim at">
                <Stack gap="sm" mt="md">
                  <TextInput
                    label="Your name"
                    description="Signs your requests and thank-yous."
                    value={myName}
                    onChange={(e) => setMyName(e.currentTarget.value)}
                    maw={360}
                  />
                  <TargetForm
                    submitLabel="Save and continue"
                    onSubmit={(draft) => create.mutate(draft)}
                    busy={create.isPending}
                  />
                </Stack>
              </Stepper.Step>
              <Stepper.Step label="Pitch" description="30 seconds about you">
                <Stack gap="sm" mt="md" data-welcome-pitch>
                  {target && <PitchEditor targetId={target.id} />}
                  <Group justify="flex-end">
                    <Button
                      onClick={() => {
                        setStep(2);
                        focusNext("[data-first-person-name]");
                      }}
                    >
                      Continue
                    </Button>
                  </Group>
                </Stack>
              </Stepper.Step>
              <Stepper.Step label="First people" description="Whom to ask first">
                <Stack gap="sm" mt="md">
                  <Alert variant="light" color="teal">
                    Start with about three: someone who does the job, someone who manages it, and a
                    hiring manager, from at least two organizations. Former coworkers and bosses
                    know your skills best.
                  </Alert>
                  <FirstPeople targetId={target?.id ?? null} />
                  <Group justify="flex-end">
                    <Button
                      onClick={() => navigate("/")}
                      rightSection={<Icon name="arrowRight" size={16} />}
                    >
                      Go to Today
                    </Button>
                  </Group>
                </Stack>
              </Stepper.Step>
            </Stepper>
          </Card>
        </Grid.Col>
        {/* After the steps in the page's order, so Tab reaches the first field first; a phone
            still shows these options on top. */}
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <ImportContacts />
            <SampleData />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
