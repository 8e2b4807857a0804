// The agenda on a clock: the phases of a 20-minute talk (thanks, context, questions, wrap-up),
// where we are in them, and at the promised end, the offer to stop.
import { Alert, Button, Group, Progress, Stack, Text, Tooltip } from "@mantine/core";
import { type AgendaItem, agendaPosition, phaseLabel } from "../../../../domain/agenda.js";
import { Icon } from "../../../components/icons";
import { useStoredState } from "../../../hooks/useDraft";
import { formatClock } from "../../../lib/dates";
import type { Timer } from "./useTimer";

const PHASE_COLOR = ["grape", "indigo", "teal", "orange"];
const SHORT = { welcome: "Thanks", context: "Context", questions: "Questions", wrap_up: "Wrap-up" };

export function AgendaTimer({
  agenda,
  timer,
  conversationId,
  minutes,
  held = false,
}: {
  agenda: AgendaItem[];
  timer: Timer;
  conversationId: string;
  minutes: number;
  /** The conversation is recorded as held: the clock stays stopped. */
  held?: boolean;
}) {
  const position = agendaPosition(agenda, timer.elapsed);
  const total = agenda.reduce((sum, item) => sum + item.plannedSeconds, 0);
  const [goingOn, setGoingOn] = useStoredState(`going-on.${conversationId}`, false);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {position.overtimeSeconds > 0 ? "Over time" : "Time left"}
          </Text>
          <div className="clock" data-testid="clock" role="timer" aria-live="off">
            {position.overtimeSeconds > 0
              ? `+${formatClock(position.overtimeSeconds)}`
              : formatClock(position.secondsLeftTotal)}
          </div>
        </Stack>
        <Stack gap={2}>
          <Text fw={650} data-testid="phase">
            {phaseLabel(position.phase)}
          </Text>
          {!position.stopOnTime && (
            <Text size="sm" c="dimmed">
              {formatClock(position.secondsLeftInPhase)} left in this phase
            </Text>
          )}
        </Stack>
      </Group>
      <Progress.Root size={14} radius="xl" aria-label="Agenda">
        {agenda.map((item, index) => {
          const done = Math.min(
            item.plannedSeconds,
            Math.max(0, timer.elapsed - item.startsAtSecond),
          );
          return (
            <Tooltip
              key={item.phase}
              label={`${phaseLabel(item.phase)}: ${Math.round(item.plannedSeconds / 60)} min`}
            >
              <Progress.Section
                value={(item.plannedSeconds / total) * 100}
                color={PHASE_COLOR[index] ?? "gray"}
                style={{
                  opacity: index === position.phaseIndex || done >= item.plannedSeconds ? 1 : 0.35,
                }}
                aria-label={phaseLabel(item.phase)}
              />
            </Tooltip>
          );
        })}
      </Progress.Root>
      <Group gap="md" aria-hidden="true">
        {agenda.map((item, index) => (
          <Group key={item.phase} gap={6} wrap="nowrap">
            <span
              className="phase-dot"
              style={{ background: `var(--mantine-color-${PHASE_COLOR[index] ?? "gray"}-6)` }}
            />
            <Text
              size="xs"
              fw={index === position.phaseIndex ? 700 : 400}
              c={index === position.phaseIndex ? undefined : "dimmed"}
            >
              {SHORT[item.phase]} {Math.round((item.plannedSeconds / 60) * 2) / 2} min
            </Text>
          </Group>
        ))}
      </Group>
      {held ? (
        <Text size="sm" c="dimmed" data-testid="clock-stopped">
          Held: the clock is stopped.
        </Text>
      ) : (
        <Group gap="xs">
          {timer.running ? (
            <Button
              variant="default"
              onClick={timer.pause}
              leftSection={<Icon name="pause" size={16} />}
            >
              Pause
            </Button>
          ) : (
            <Button onClick={timer.start} leftSection={<Icon name="play" size={16} />}>
              {timer.started ? "Resume" : "Start the clock"}
            </Button>
          )}
          {timer.started && !timer.running && (
            <Button variant="subtle" color="gray" onClick={timer.reset}>
              Reset
            </Button>
          )}
        </Group>
      )}
      {!held && position.stopOnTime && !goingOn && (
        <Alert color="orange" title={`${minutes} minutes: the time you asked for`} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Offer to stop here and thank them. If they are happy to go on, let them choose.
            </Text>
            <Group gap="xs">
              <Button size="xs" color="orange" onClick={timer.pause}>
                Wrap up now
              </Button>
              <Button size="xs" variant="light" color="orange" onClick={() => setGoingOn(true)}>
                They chose to go on
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
