import { Badge } from "@mantine/core";
import type { ParticipantStatus } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

const statusColors: Record<ParticipantStatus, string> = {
  referred: "grape",
  engaged: "blue",
  job_search: "orange",
  working: "green",
  follow_along: "teal",
  closed: "gray",
};

export const StatusBadge = ({ status }: { status: ParticipantStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" radius="sm" tt="none" fw={600} styles={{ root: { maxWidth: "none", overflow: "visible" }, label: { overflow: "visible" } }}>
      {t(`status.${status}`)}
    </Badge>
  );
};
