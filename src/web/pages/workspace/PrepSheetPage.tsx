// The one-page sheet to bring to the conversation: who, when, the agenda, the pitch, the
// research and the questions. On screen it is a preview; printed, it fits one page.
import { Button, Group } from "@mantine/core";
import { useEffect } from "react";
import { Link, useParams } from "wouter";
import { phaseLabel } from "../../../domain/agenda.js";
import { PITCH_PARTS } from "../../../domain/pitch.js";
import { useSettings } from "../../api/settings";
import { Icon } from "../../components/icons";
import { ErrorState, Loading } from "../../components/PageStates";
import { formatInstant } from "../../lib/dates";
import { MODE_LABEL, PHASE_LABEL } from "../../lib/labels";
import { useWorkspace } from "./useWorkspace";

export function PrepSheetPage() {
  const { id = "" } = useParams<{ id: string }>();
  const w = useWorkspace(id);
  const zone = useSettings().data?.timeZone;
  const person = w.person;
  useEffect(() => {
    if (person) document.title = `Prep sheet: ${person.fullName}`;
    return () => {
      document.title = "Inroads";
    };
  }, [person]);
  if (w.error) return <ErrorState error={w.error} />;
  if (!w.preparation || !person) return <Loading />;
  const c = w.preparation.conversation;
  const pitch = w.pitch;
  return (
    <main>
      <Group justify="center" gap="sm" p="md" className="no-print">
        <Button
          component={Link}
          href={`/conversations/${id}/prepare`}
          variant="default"
          leftSection={<Icon name="arrowLeft" size={16} />}
        >
          Back to preparing
        </Button>
        <Button onClick={() => window.print()} leftSection={<Icon name="print" size={16} />}>
          Print
        </Button>
      </Group>
      <article className="prep-sheet" data-testid="prep-sheet">
        <h1>{person.fullName}</h1>
        <p>
          {[person.title, w.organization?.name].filter(Boolean).join(", ")}
          {person.nameNote ? ` · ${person.nameNote}` : ""}
        </p>
        <p>
          <strong>
            {c.scheduledAt ? formatInstant(c.scheduledAt, zone) : "Not scheduled yet"}
          </strong>{" "}
          · {c.requestedMinutes} minutes · {MODE_LABEL[c.mode]}
          {c.place ? ` · ${c.place}` : ""}
        </p>
        <div className="cols">
          <section>
            <h2>Agenda</h2>
            <ol>
              {w.preparation.agenda.map((item) => (
                <li key={item.phase}>
                  {phaseLabel(item.phase)}: {Math.round((item.plannedSeconds / 60) * 2) / 2} min
                </li>
              ))}
            </ol>
            <p>At {c.requestedMinutes} minutes, offer to stop; let them choose to go on.</p>
          </section>
          <section>
            <h2>My pitch (30 s)</h2>
            <p>
              {pitch
                ? PITCH_PARTS.map((p) => pitch[p.key])
                    .filter(Boolean)
                    .join(" ") || "Not written yet."
                : "No target, no pitch."}
            </p>
            {w.target && (
              <>
                <h2>Why this field?</h2>
                <p>{w.target.whyField || "Not answered yet."}</p>
                <h2>Why this company?</h2>
                <p>{w.target.whyCompany || "Not answered yet."}</p>
              </>
            )}
          </section>
        </div>
        <section>
          <h2>Research</h2>
          <p>{c.researchNotes || "No notes yet."}</p>
        </section>
        <section>
          <h2>Questions ({w.preparation.questions.length})</h2>
          {w.preparation.questions.length === 0 && <p>None picked yet.</p>}
          <ol>
            {w.preparation.questions.map((q) => (
              <li key={q.id}>
                {q.text}{" "}
                <small>
                  ({PHASE_LABEL[q.phase]}, {q.minutes} min)
                </small>
              </li>
            ))}
          </ol>
        </section>
        <section>
          <h2>Before leaving</h2>
          <p>
            Who else should I talk to? May I use your name? May I come back to you once I have done
            more research?
          </p>
        </section>
      </article>
    </main>
  );
}
