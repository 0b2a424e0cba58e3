import { Badge } from "@mantine/core";
import type { OpeningStatus } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

const badgeStyles = { root: { maxWidth: "none", overflow: "visible" }, label: { overflow: "visible" } } as const;
const colors: Record<OpeningStatus, string> = { open: "green", filled: "blue", closed: "gray" };

export const OpeningStatusBadge = ({ status }: { status: OpeningStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" radius="sm" tt="none" fw={600} styles={badgeStyles}>
      {t(`openings.statuses.${status}`)}
    </Badge>
  );
};
