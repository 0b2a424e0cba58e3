import { ActionIcon, Badge, Box } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useNotifications } from "./notifications-api";

/** A bell drawn inline (the app carries no icon set): decorative, the link's name says it all. */
const BellIcon = () => (
  <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
    <path d="M13.73 21a2 2 0 0 1-3.46 0" />
  </svg>
);

/** The header's notifications link, with the unread count (asked again every minute). */
export const NotificationsBell = () => {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Box pos="relative">
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        color="dark"
        size="lg"
        aria-label={unread > 0 ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell")}
      >
        <BellIcon />
      </ActionIcon>
      {unread > 0 ? (
        // The count is in the link's name already; the badge is for the eye only.
        <Badge aria-hidden="true" color="red.9" variant="filled" size="xs" circle={unread < 10} pos="absolute" top={-4} right={-6} style={{ pointerEvents: "none" }}>
          {unread > 99 ? "99+" : unread}
        </Badge>
      ) : null}
    </Box>
  );
};
