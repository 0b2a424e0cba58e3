import { Anchor, AppShell, Burger, Group, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { LanguageSwitch } from "../../i18n/language-switch";
import { LoadingState } from "../../shared/components/loading-state";
import { NotificationsBell } from "../../features/notifications/notifications-bell";
import { NavLinks } from "./nav-links";
import { MAIN_CONTENT_ID, SkipLink } from "./skip-link";
import { UserMenu } from "./user-menu";

const NAVBAR_ID = "main-navigation";

/** Tabs of one participant are one page: moving between them keeps the focus where it is. */
const pageKey = (pathname: string): string => pathname.split("/").slice(0, 3).join("/");

export const AppLayout = () => {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isMobile = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false }) ?? false;
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPage = useRef(pageKey(location.pathname));

  // After navigating to another page, move focus to the content so screen readers start there.
  useEffect(() => {
    const key = pageKey(location.pathname);
    if (key !== previousPage.current) {
      previousPage.current = key;
      mainRef.current?.focus();
      close();
    }
  }, [location.pathname, close]);

  const navHidden = isMobile && !opened;

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding={{ base: "sm", sm: "lg" }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t("nav.closeMenu") : t("nav.openMenu")}
                aria-expanded={opened}
                aria-controls={NAVBAR_ID}
              />
              <Anchor component={Link} to="/" underline="never" c="blue.9" aria-label={t("app.homeLink")}>
                <Text span fw={800} fz="xl">
                  {t("app.name")}
                </Text>
                <Text span c="dimmed" fz="sm" ml="xs" visibleFrom="md">
                  {t("app.tagline")}
                </Text>
              </Anchor>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <NotificationsBell />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        {/* The menu scrolls on its own: on a laptop screen its links run past the bottom of the window. */}
        <AppShell.Navbar p="sm" id={NAVBAR_ID} aria-label={t("nav.label")} inert={navHidden} style={{ overflowY: "auto" }}>
          <NavLinks onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
};
