import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import type { Person } from "../../api/types";
import { SectionCard } from "../../components/SectionCard";
import { DEGREE_LABEL, HOW_KNOWN_LABEL, ROLE_LABEL } from "../../lib/labels";

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** "Dr. · Ana · María · Ruiz · PhD", as an address book keeps the name. */
function nameParts(person: Person): string {
  return [
    person.namePrefix,
    person.givenName,
    person.middleName,
    person.familyName,
    person.nameSuffix,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function ContactCard({ person }: { person: Person }) {
  return (
    <SectionCard id="contact" title="About">
      <Stack gap="sm">
        <Group gap={6}>
          <Badge variant="light" color="gray">
            {HOW_KNOWN_LABEL[person.howKnown]}
          </Badge>
          <Badge variant="light" color="gray">
            {DEGREE_LABEL[person.degree]}
          </Badge>
          {person.roles.map((role) => (
            <Badge key={role} variant="light" color="indigo">
              {ROLE_LABEL[role]}
            </Badge>
          ))}
          {person.hiringPower && (
            <Badge variant="light" color="grape">
              Can hire
            </Badge>
          )}
          {person.tags.map((tag) => (
            <Badge key={tag} variant="outline" color="gray">
              #{tag}
            </Badge>
          ))}
        </Group>
        {person.emails.length > 0 && (
          <Line label="Email">
            {person.emails.map((email) => (
              <div key={email}>
                <Anchor href={`mailto:${email}`}>{email}</Anchor>
              </div>
            ))}
          </Line>
        )}
        {person.phones.length > 0 && <Line label="Phone">{person.phones.join(", ")}</Line>}
        {person.profileUrl && (
          <Line label="Profile">
            <Anchor href={person.profileUrl} target="_blank" rel="noreferrer">
              {person.profileUrl.replace(/^https?:\/\/(www\.)?/, "")}
            </Anchor>
          </Line>
        )}
        {person.nameNote && <Line label="Spelling and pronunciation">{person.nameNote}</Line>}
        {nameParts(person) && <Line label="Name parts">{nameParts(person)}</Line>}
        <Line label="Keep in touch">
          {person.keepInTouchDays
            ? `Every ${person.keepInTouchDays} days`
            : "On the usual cadence (Settings)"}
        </Line>
        <Line label="Mailing address">
          {person.mailingAddress ?? (
            <Text span c="dimmed" size="sm">
              Not known yet (needed for a thank-you card)
            </Text>
          )}
        </Line>
        {person.notes && (
          <Line label="Notes">
            <span style={{ whiteSpace: "pre-wrap" }}>{person.notes}</span>
          </Line>
        )}
      </Stack>
    </SectionCard>
  );
}
