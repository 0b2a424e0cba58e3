import type { NotificationList } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";

export const notificationKeys = { all: ["notifications"] as const };

/** The bell and the page share one query; it is asked again every minute, so a mention shows without a reload. */
const POLL_MS = 60_000;

export const useNotifications = () =>
  useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => api.get<NotificationList>("/notifications"),
    refetchInterval: POLL_MS,
  });

export const useMarkNotificationRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
};

export const useMarkAllNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/notifications/read-all"),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
};
