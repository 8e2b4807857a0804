// Every page of the app, addressed with records from the sample data: the list that the page
// and markup suites walk.
import { apiGet } from "./server.js";

export interface Route {
  name: string;
  path: string;
  heading: RegExp;
}

interface Page {
  items: { id: string }[];
}

export async function sampleRoutes(base: string): Promise<Route[]> {
  const first = async (path: string) => {
    const item = (await apiGet<Page>(base, path)).items[0];
    if (!item) throw new Error(`the sample data changed: nothing at ${path}`);
    return item.id;
  };
  const dana = await first("/api/people?q=dana");
  const target = await first("/api/targets");
  const organization = await first("/api/organizations?relation=target");
  const scheduled = await first("/api/conversations?status=scheduled");
  const asked = await first("/api/conversations?status=asked");
  const held = await first("/api/conversations?status=held");
  return [
    { name: "today", path: "/", heading: /Today/ },
    { name: "welcome", path: "/welcome", heading: /Welcome to Inroads/ },
    { name: "people", path: "/people", heading: /People/ },
    { name: "person", path: `/people/${dana}`, heading: /Dana/ },
    { name: "organizations", path: "/organizations", heading: /Organizations & targets/ },
    { name: "organization", path: `/organizations/${organization}`, heading: /./ },
    { name: "target", path: `/targets/${target}`, heading: /Supply chain analyst/ },
    { name: "outreach", path: "/outreach", heading: /Outreach/ },
    { name: "compose", path: `/outreach/${asked}`, heading: /Ask / },
    { name: "conversations", path: "/conversations", heading: /Conversations/ },
    { name: "prepare", path: `/conversations/${scheduled}/prepare`, heading: /Conversation with/ },
    { name: "live", path: `/conversations/${scheduled}/live`, heading: /Conversation with/ },
    { name: "after", path: `/conversations/${held}/after`, heading: /Conversation with/ },
    { name: "prep-sheet", path: `/conversations/${scheduled}/sheet`, heading: /June Park/ },
    { name: "network", path: `/network?organization=${organization}`, heading: /Network/ },
    { name: "leads", path: "/leads", heading: /Leads/ },
    { name: "progress", path: "/progress", heading: /Progress/ },
    { name: "import", path: "/import", heading: /Import and export/ },
    { name: "settings", path: "/settings", heading: /Settings/ },
    { name: "not-found", path: "/no/such/page", heading: /There is no page here/ },
  ];
}
