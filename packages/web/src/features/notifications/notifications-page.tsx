import { Anchor, Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import type { NotificationItem } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatDateTime } from "../../shared/format/dates";
import { notificationSentence } from "./notification-sentence";
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from "./notifications-api";

const NotificationRow = ({ item }: { item: NotificationItem }) => {
  const { t, i18n } = useTranslation();
  const markRead = useMarkNotificationRead();
  const unread = item.readAt === null;
  return (
    <Card withBorder padding="md" component="li" bg={unread ? "blue.0" : undefined}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ flex: "1 1 18rem" }}>
          <Group gap="xs">
            {unread ? (
              <Badge color="blue.9" variant="filled" size="sm">
                {t("notifications.new")}
              </Badge>
            ) : null}
            <Text size="sm" c="dimmed">
              {formatDateTime(item.createdAt, i18n.language)}
            </Text>
          </Group>
          <Anchor component={Link} to={item.link} fw={unread ? 700 : 400} onClick={() => (unread ? markRead.mutate(item.id) : undefined)}>
            {notificationSentence(item, t)}
          </Anchor>
        </Stack>
        {unread ? (
          <Button variant="default" size="xs" onClick={() => markRead.mutate(item.id)} loading={markRead.isPending}>
            {t("notifications.markRead")}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
};

/** The signed-in user's notifications: the newest 50, each leading to its record. */
export const NotificationsPage = () => {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  const unread = notifications.data?.unread ?? 0;
  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        description={notifications.data ? t("notifications.unreadCount", { count: unread }) : undefined}
        actions={
          <Button variant="default" onClick={() => markAll.mutate()} disabled={unread === 0} loading={markAll.isPending}>
            {t("notifications.markAllRead")}
          </Button>
        }
      />
      <FormErrorAlert error={markAll.error} />
      {notifications.isPending ? (
        <LoadingState />
      ) : notifications.isError ? (
        <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />
      ) : notifications.data.items.length === 0 ? (
        <Text c="dimmed">{t("notifications.empty")}</Text>
      ) : (
        <Stack component="ul" gap="sm" maw={800} p={0} m={0} style={{ listStyle: "none" }} aria-label={t("notifications.title")}>
          {notifications.data.items.map((item) => (
            <NotificationRow key={item.id} item={item} />
          ))}
        </Stack>
      )}
    </>
  );
};
