// A name someone gives: who, where they work, an address if given, why talk to them, and whether
// we may say who sent us. The same form during a conversation (Live) and outside one (a person's
// page); only its words differ.
import { Button, Checkbox, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { CapturedReferralInput } from "../../api/referrals";

export interface ReferralDraft {
  fullName: string;
  organizationName: string;
  email: string;
  mayUseName: boolean;
  note: string;
}

export const EMPTY_REFERRAL: ReferralDraft = {
  fullName: "",
  organizationName: "",
  email: "",
  mayUseName: true,
  note: "",
};

/** The new person as the capture route takes it: empty fields left out. */
export function referredPerson(draft: ReferralDraft): CapturedReferralInput["person"] {
  return {
    fullName: draft.fullName.trim(),
    ...(draft.organizationName.trim() ? { organizationName: draft.organizationName.trim() } : {}),
    ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
  };
}

export interface ReferralWords {
  form: string;
  name: string;
  organization: string;
  email: string;
  submit: string;
}

export function ReferralNameForm(props: {
  draft: ReferralDraft;
  onChange: (draft: ReferralDraft) => void;
  /** Whose name we would mention (the giver's first name). */
  giver: string;
  words: ReferralWords;
  pending: boolean;
  onSubmit: () => void;
  submitVariant?: "filled" | "light";
}) {
  const { draft, onChange, words } = props;
  return (
    <form
      aria-label={words.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.fullName.trim()) props.onSubmit();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label={words.name}
            data-referral-name
            value={draft.fullName}
            onChange={(e) => onChange({ ...draft, fullName: e.currentTarget.value })}
          />
          <TextInput
            label={words.organization}
            value={draft.organizationName}
            onChange={(e) => onChange({ ...draft, organizationName: e.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          label={words.email}
          type="email"
          value={draft.email}
          onChange={(e) => onChange({ ...draft, email: e.currentTarget.value })}
        />
        <TextInput
          label="Why talk to them"
          value={draft.note}
          onChange={(e) => onChange({ ...draft, note: e.currentTarget.value })}
        />
        <Checkbox
          label={`${props.giver} said I may use their name`}
          checked={draft.mayUseName}
          onChange={(e) => onChange({ ...draft, mayUseName: e.currentTarget.checked })}
        />
        <Button
          type="submit"
          variant={props.submitVariant ?? "filled"}
          disabled={!draft.fullName.trim()}
          loading={props.pending}
        >
          {words.submit}
        </Button>
      </Stack>
    </form>
  );
}
