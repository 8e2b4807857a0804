import { Button } from "@mantine/core";
import { Link } from "wouter";
import { PageHeader } from "../components/PageHeader";
import { Empty } from "../components/PageStates";

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="There is no page here" />
      <Empty
        icon="search"
        title="Nothing at this address"
        action={
          <Button component={Link} href="/">
            Go to Today
          </Button>
        }
      >
        The link may be old, or the record was deleted.
      </Empty>
    </>
  );
}
