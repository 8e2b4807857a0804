// One seeker of a program, as their coach sees them: read-only, within what the seeker shares
// (and saying plainly what they do not), then the comments they read and the staff's private
// notes. Opening this page is written in the seeker's access log.
import { Alert, Anchor, Badge, Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link, useParams } from "wouter";
import { useSeekerView } from "../../api/centers";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { formatDate, SCOPE_WORDS, SCOPES } from "../../lib/coachingWords";
import { NotesSection, PipelineSection, ProgressSection } from "./SharedSections";
import { CommentsCard, StaffNotesCard } from "./StaffWritingCards";

export function SeekerViewPage() {
  const { id = "", seekerId = "" } = useParams<{ id: string; seekerId: string }>();
  const view = useSeekerView(id, seekerId);
  if (view.isError) return <ErrorState error={view.error} retry={() => view.refetch()} />;
  if (!view.data) return <LoadingRows rows={5} />;
  const v = view.data;
  const withheld = SCOPES.filter((scope) => !v.scopes.includes(scope));
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} href={`/programs/${v.program.id}`} size="sm">
            {v.program.name}
          </Anchor>
        }
        title={v.seeker.name}
        description={`${v.seeker.email} · joined ${formatDate(v.seeker.joinedAt)}`}
        actions={
          <Group gap={4}>
            {v.scopes.map((scope) => (
              <Badge key={scope} variant="light" color="teal">
                {SCOPE_WORDS[scope].label}
              </Badge>
            ))}
          </Group>
        }
      />
      <Stack gap="md">
        <Alert
          color={v.scopes.length === 0 ? "orange" : "gray"}
          variant="light"
          title={
            v.scopes.length === 0
              ? `${v.seeker.name} shares nothing with you now`
              : "Not shared with you"
          }
          data-testid="not-shared"
        >
          {withheld.length === 0 ? (
            <Text size="sm">
              Everything is shared, including the names of the people they talk to.
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {withheld.map((scope) => (
                <List.Item key={scope}>
                  {SCOPE_WORDS[scope].label}: {SCOPE_WORDS[scope].coachSees}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
        {v.progress && <ProgressSection progress={v.progress} />}
        {v.pipeline && <PipelineSection pipeline={v.pipeline} />}
        {v.notes && <NotesSection notes={v.notes} />}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <CommentsCard view={v} />
          <StaffNotesCard view={v} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
