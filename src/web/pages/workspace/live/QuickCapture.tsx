// Catching what comes up without losing the thread: a name they recommend (and whether we may
// say who sent us), a word of the trade, an insight. What is typed survives a reload.
import { Button, Select, Stack, Tabs, Textarea, TextInput } from "@mantine/core";
import { INSIGHT_AREAS, type InsightArea } from "../../../../domain/vocabulary.js";
import { glossaryApi, glossaryChanged, insightChanged, insightsApi } from "../../../api/insights";
import { captureReferral, referralCaptured } from "../../../api/referrals";
import type { Organization, Person, Target } from "../../../api/types";
import {
  EMPTY_REFERRAL,
  ReferralNameForm,
  referredPerson,
} from "../../../components/conversation/ReferralNameForm";
import { useAction } from "../../../hooks/useAction";
import { useStoredState } from "../../../hooks/useDraft";
import { focusNext } from "../../../hooks/useFocusFlow";
import { AREA_LABEL } from "../../../lib/labels";

interface Context {
  conversationId: string;
  person: Person;
  organization: Organization | null;
  target: Target | null;
}

function ReferralForm({ conversationId, person }: Context) {
  const [form, setForm] = useStoredState(`capture.referral.${conversationId}`, EMPTY_REFERRAL);
  const capture = useAction(
    () =>
      captureReferral({
        conversationId,
        person: referredPerson(form),
        mayUseName: form.mayUseName,
        note: form.note,
      }),
    {
      success: (r) => `${r.person.fullName} added, introduced by ${person.fullName}.`,
      stale: referralCaptured,
      onDone: () => {
        setForm(EMPTY_REFERRAL);
        // Ready for the next name they give.
        focusNext("[data-referral-name]");
      },
    },
  );
  return (
    <ReferralNameForm
      draft={form}
      onChange={setForm}
      giver={person.fullName.split(" ")[0] ?? person.fullName}
      words={{
        form: "Capture a referral",
        name: "Name",
        organization: "Organization",
        email: "Email, if they gave it",
        submit: "Add referral",
      }}
      pending={capture.isPending}
      onSubmit={() => capture.mutate(undefined)}
    />
  );
}

function JargonForm({ conversationId, person, organization, target }: Context) {
  const [form, setForm] = useStoredState(`capture.term.${conversationId}`, {
    term: "",
    meaning: "",
  });
  const industryId = target?.industryId ?? organization?.industryId ?? person.industryId;
  const save = useAction(
    async () => {
      if (industryId) {
        // Kept with the conversation on the server, so its captured list shows it anywhere.
        await glossaryApi.create({
          industryId,
          term: form.term.trim(),
          meaning: form.meaning.trim(),
          conversationId,
        });
      } else {
        // Without an industry there is no glossary: keep the word as a job insight instead.
        await insightsApi.create({
          area: "job",
          text: `${form.term.trim()}: ${form.meaning.trim()}`,
          conversationId,
          personId: person.id,
          targetId: target?.id ?? null,
        });
      }
    },
    {
      success: industryId ? "Added to the glossary." : "Saved as a job insight.",
      stale: industryId ? glossaryChanged : insightChanged,
      onDone: () => {
        setForm({ term: "", meaning: "" });
        focusNext("[data-jargon-term]");
      },
    },
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (form.term.trim()) save.mutate(undefined);
      }}
      aria-label="Capture a word of the trade"
    >
      <Stack gap="xs">
        <TextInput
          label="Word or phrase"
          data-jargon-term
          value={form.term}
          onChange={(e) => setForm({ ...form, term: e.currentTarget.value })}
        />
        <TextInput
          label="What it means"
          value={form.meaning}
          onChange={(e) => setForm({ ...form, meaning: e.currentTarget.value })}
        />
        <Button type="submit" disabled={!form.term.trim()} loading={save.isPending}>
          Add to glossary
        </Button>
      </Stack>
    </form>
  );
}

function InsightForm({ conversationId, person, organization, target }: Context) {
  const [form, setForm] = useStoredState(`capture.insight.${conversationId}`, {
    area: "company" as InsightArea,
    text: "",
  });
  const save = useAction(
    () =>
      insightsApi.create({
        area: form.area,
        text: form.text.trim(),
        conversationId,
        personId: person.id,
        targetId: target?.id ?? null,
        organizationId: form.area === "company" ? (organization?.id ?? null) : null,
        industryId: form.area === "industry" ? (target?.industryId ?? null) : null,
      }),
    {
      success: "Insight saved.",
      onDone: () => setForm({ ...form, text: "" }),
      stale: insightChanged,
    },
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (form.text.trim()) save.mutate(undefined);
      }}
      aria-label="Capture an insight"
    >
      <Stack gap="xs">
        <Select
          label="About"
          data={INSIGHT_AREAS.map((a) => ({ value: a, label: AREA_LABEL[a] }))}
          value={form.area}
          onChange={(v) => v && setForm({ ...form, area: v as InsightArea })}
          allowDeselect={false}
        />
        <Textarea
          label="What you learned"
          autosize
          minRows={2}
          value={form.text}
          onChange={(e) => setForm({ ...form, text: e.currentTarget.value })}
        />
        <Button type="submit" disabled={!form.text.trim()} loading={save.isPending}>
          Save insight
        </Button>
      </Stack>
    </form>
  );
}

export function QuickCapture(context: Context) {
  return (
    <Tabs defaultValue="referral">
      <Tabs.List grow mb="sm">
        <Tabs.Tab value="referral">Referral</Tabs.Tab>
        <Tabs.Tab value="jargon">Jargon</Tabs.Tab>
        <Tabs.Tab value="insight">Insight</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="referral">
        <ReferralForm {...context} />
      </Tabs.Panel>
      <Tabs.Panel value="jargon">
        <JargonForm {...context} />
      </Tabs.Panel>
      <Tabs.Panel value="insight">
        <InsightForm {...context} />
      </Tabs.Panel>
    </Tabs>
  );
}
