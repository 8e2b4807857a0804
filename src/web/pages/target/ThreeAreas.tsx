// The three areas of research for a target: the industry (first), the companies, the job.
import { Badge, Group, Tabs } from "@mantine/core";
import { INSIGHT_AREAS, type InsightArea } from "../../../domain/vocabulary.js";
import { insightsApi } from "../../api/insights";
import { useAll } from "../../api/resource";
import type { Insight, Target } from "../../api/types";
import { type InsightLinks, InsightList } from "../../components/insights/InsightList";
import { AREA_LABEL } from "../../lib/labels";

const HINTS: Record<InsightArea, string> = {
  industry: "Start here: segments, trends, who is growing. It makes the later talks credible.",
  company: "What the organizations you aim at are dealing with this year.",
  job: "The work itself: a typical day, the skills, the words people use.",
};

/** The same rule as the coverage check: an insight counts for the target, its industry or its organizations. */
function belongs(insight: Insight, target: Target): boolean {
  if (insight.targetId === target.id) return true;
  if (insight.area === "industry" && target.industryId && insight.industryId === target.industryId)
    return true;
  return (
    insight.area === "company" &&
    insight.organizationId !== null &&
    target.organizationIds.includes(insight.organizationId)
  );
}

export function ThreeAreas({ target }: { target: Target }) {
  const insights = useAll(insightsApi);
  const mine = (insights.data ?? []).filter((i) => belongs(i, target));
  const links = (area: InsightArea): InsightLinks => ({
    targetId: target.id,
    ...(area === "industry" && target.industryId ? { industryId: target.industryId } : {}),
  });
  return (
    <Tabs defaultValue="industry" keepMounted={false}>
      <Tabs.List grow>
        {INSIGHT_AREAS.map((area) => {
          const count = mine.filter((i) => i.area === area).length;
          return (
            <Tabs.Tab key={area} value={area}>
              <Group gap={6} wrap="nowrap">
                {AREA_LABEL[area]}
                <Badge size="xs" variant="light" color={count ? "brand" : "gray"} circle>
                  {count}
                </Badge>
              </Group>
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {INSIGHT_AREAS.map((area) => (
        <Tabs.Panel key={area} value={area} pt="sm">
          <InsightList
            area={area}
            insights={mine.filter((i) => i.area === area)}
            links={links(area)}
            hint={HINTS[area]}
          />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
