import { SegmentedControl, Stack } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ConversationsPanel } from "../conversations/conversations-panel";
import { GoalsPanel } from "../goals/goals-panel";
import { NetworkMapsPanel } from "../network-maps/network-maps-panel";
import { RoutinesPanel } from "../routines/routines-panel";
import { SstPanel } from "../sst/sst-panel";

/** The IMPE manual's tools, in the manual's order (chapters 2, 2, 3, 5, 6). */
export const practiceTools = ["routine", "goals", "conversations", "sst", "network-map"] as const;
export type PracticeTool = (typeof practiceTools)[number];

const panels: Record<PracticeTool, (p: Participant) => ReactNode> = {
  routine: (p) => <RoutinesPanel participant={p} />,
  goals: (p) => <GoalsPanel participant={p} />,
  conversations: (p) => <ConversationsPanel participant={p} />,
  sst: (p) => <SstPanel participant={p} />,
  "network-map": (p) => <NetworkMapsPanel participant={p} />,
};

const isTool = (value: string | null): value is PracticeTool => value !== null && (practiceTools as readonly string[]).includes(value);

/**
 * The practice tools tab: one record per tool, filled in with the person. The tool is kept in the address
 * (`?tool=`), so a link, the browser's back button and a reload land on the same tool.
 */
export const PracticeTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get("tool");
  const tool: PracticeTool = isTool(requested) ? requested : "routine";
  return (
    <Stack gap="lg">
      <SegmentedControl
        aria-label={t("practice.toolsLabel")}
        value={tool}
        onChange={(value) => setParams(value === "routine" ? {} : { tool: value })}
        data={practiceTools.map((value) => ({ value, label: t(`practice.tools.${value}`) }))}
        fullWidth
      />
      {panels[tool](participant)}
    </Stack>
  );
};
