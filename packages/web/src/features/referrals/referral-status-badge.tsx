import { Badge } from "@mantine/core";
import type { ReferralStatus } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

const colors: Record<ReferralStatus, string> = { pending: "orange", accepted: "green", declined: "gray" };
const badgeStyles = { root: { maxWidth: "none", overflow: "visible" }, label: { overflow: "visible" } } as const;

export const ReferralStatusBadge = ({ status }: { status: ReferralStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" radius="sm" tt="none" fw={600} styles={badgeStyles}>
      {t(`referrals.statuses.${status}`)}
    </Badge>
  );
};
