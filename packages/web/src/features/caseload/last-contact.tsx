import { Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate, isContactOverdue } from "../../shared/format/dates";

/** Last contact date; over 30 days or never is flagged in words too, not by colour alone. */
export const LastContact = ({ date }: { date: string | null }) => {
  const { t, i18n } = useTranslation();
  if (!date) {
    return (
      <Badge color="red" variant="light" radius="sm" tt="none">
        {t("caseload.noContactYet")}
      </Badge>
    );
  }
  const overdue = isContactOverdue(date);
  return (
    <Group gap={6} wrap="wrap">
      <Text span size="sm" className={overdue ? "warning-text" : undefined}>
        {formatDate(date, i18n.language)}
      </Text>
      {overdue ? (
        <Badge color="red" variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
          {t("caseload.contactOverdue")}
        </Badge>
      ) : null}
    </Group>
  );
};
