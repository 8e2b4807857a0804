// "Do you know anyone at…?" asked outside a conversation: the name they give becomes a person
// introduced by them, with a conversation waiting to be asked for.
import { useState } from "react";
import { captureReferral, referralCaptured } from "../../api/referrals";
import type { Person } from "../../api/types";
import {
  EMPTY_REFERRAL,
  ReferralNameForm,
  referredPerson,
} from "../../components/conversation/ReferralNameForm";
import { useAction } from "../../hooks/useAction";
import { firstName } from "../../lib/templates";

export function NameTheyGave({ person }: { person: Person }) {
  const [form, setForm] = useState(EMPTY_REFERRAL);
  const capture = useAction(
    () =>
      captureReferral({
        fromPersonId: person.id,
        person: referredPerson(form),
        mayUseName: form.mayUseName,
        note: form.note,
      }),
    {
      success: (r) => `${r.person.fullName} added, introduced by ${person.fullName}.`,
      stale: referralCaptured,
      onDone: () => setForm(EMPTY_REFERRAL),
    },
  );
  return (
    <ReferralNameForm
      draft={form}
      onChange={setForm}
      giver={firstName(person.fullName)}
      words={{
        form: "A name they gave you",
        name: "Name they gave",
        organization: "Their organization",
        email: "Email, if given",
        submit: "Add the name",
      }}
      pending={capture.isPending}
      onSubmit={() => capture.mutate(undefined)}
      submitVariant="light"
    />
  );
}
