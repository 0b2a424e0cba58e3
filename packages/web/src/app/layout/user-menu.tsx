import { Avatar, Button, Menu, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { meKeys } from "../../api/query-keys";
import { logout } from "../../features/auth/auth-api";
import { useMe } from "../../features/auth/me-queries";

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");

export const UserMenu = () => {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(meKeys.me, null);
      void navigate("/login", { replace: true });
    },
  });

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          px="xs"
          aria-label={t("nav.userMenu", { name: me.user.name })}
          leftSection={
            <Avatar size="sm" color="blue" radius="xl" aria-hidden="true">
              {initials(me.user.name)}
            </Avatar>
          }
        >
          <Text span size="sm" visibleFrom="sm" fw={600}>
            {me.user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("nav.signedInAs", { name: me.user.name })}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t("nav.account")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red.9" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {t("nav.logout")}
        </Menu.Item>
        {signOut.isError ? (
          <Text size="xs" c="red.9" px="sm" pb="xs" role="alert">
            {t("nav.logoutFailed")}
          </Text>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
};
