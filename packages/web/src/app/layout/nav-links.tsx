import { NavLink as MantineNavLink, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NavLink, useLocation } from "react-router";
import { useAccess } from "../../shared/hooks/use-access";

/** The menu's sections, in order: the people, the employers, the practice, the results, the team and the account. */
const navGroups = ["people", "employers", "practice", "results", "account"] as const;
type NavGroup = (typeof navGroups)[number];
type NavItem = { group: NavGroup; to: string; label: string; visible: boolean; matches: (path: string) => boolean };

/** The main navigation: only the areas the user's roles open. */
export const NavLinks = ({ onNavigate }: { onNavigate: () => void }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const { pathname } = useLocation();
  const items: NavItem[] = [
    { group: "people", to: "/", label: t("worklist.nav"), visible: access.can("worklist.read"), matches: (p) => p === "/" },
    {
      // Clinicians and peers have no "Ma semaine": the caseload is their home page.
      group: "people",
      to: access.can("worklist.read") ? "/caseload" : "/",
      label: t("nav.caseload"),
      visible: access.can("participant.list"),
      matches: (p) => p === "/caseload" || (p === "/" && !access.can("worklist.read")) || (p.startsWith("/participants/") && p !== "/participants/new"),
    },
    {
      group: "people",
      to: "/participants/new",
      label: t("nav.newReferral"),
      visible: access.can("participant.create"),
      matches: (p) => p === "/participants/new",
    },
    {
      // Referrals from the care team: sent by clinicians, decided by the team lead, followed by both.
      group: "people",
      to: "/referrals",
      label: t("referrals.nav"),
      visible: access.can("referral.read"),
      matches: (p) => p === "/referrals" || p.startsWith("/referrals/"),
    },
    {
      // The weekly integrated meeting: the team prepares and records it; the care team reads its people's minutes.
      group: "people",
      to: "/meetings",
      label: t("meetings.nav"),
      visible: access.can("meeting.read"),
      matches: (p) => p === "/meetings" || p.startsWith("/meetings/"),
    },
    {
      group: "employers",
      to: "/employers",
      label: t("employers.nav"),
      visible: access.can("employer.read"),
      matches: (p) => p === "/employers" || p.startsWith("/employers/"),
    },
    {
      group: "employers",
      to: "/openings",
      label: t("openings.nav"),
      visible: access.can("opening.read"),
      matches: (p) => p === "/openings" || p.startsWith("/openings/"),
    },
    {
      // The partner services register: for the employment team and the care team; a peer has no use for it.
      group: "people",
      to: "/services",
      label: t("services.nav"),
      visible: access.can("service.read") && access.roles.some((r) => r !== "peer"),
      matches: (p) => p === "/services",
    },
    { group: "practice", to: "/benefits", label: t("nav.benefits"), visible: access.can("benefits.simulate"), matches: (p) => p === "/benefits" },
    { group: "practice", to: "/supervision", label: t("supervision.nav"), visible: access.can("supervision.read"), matches: (p) => p === "/supervision" },
    {
      // The IPS-25 self-assessment: read by the team, led by the team lead.
      group: "results",
      to: "/fidelity",
      label: t("fidelityReviews.nav"),
      visible: access.can("fidelity.read"),
      matches: (p) => p === "/fidelity" || p.startsWith("/fidelity/"),
    },
    {
      // The ideas wall "Rêve / Réaliste / Critique" (IMPE chapter 4): group sessions led by the team and peers.
      group: "practice",
      to: "/brainstorms",
      label: t("brainstorm.nav"),
      visible: access.can("brainstorm.lead"),
      matches: (p) => p === "/brainstorms" || p.startsWith("/brainstorms/"),
    },
    {
      group: "results",
      to: "/outcomes",
      label: t("outcomes.nav"),
      visible: access.can("outcomes.read"),
      matches: (p) => p === "/outcomes" || p.startsWith("/outcomes/"),
    },
    {
      // Programs side by side, totals only: for a network or funder (and admins); a network member's home page too.
      group: "results",
      to: "/network-outcomes",
      label: t("networkOutcomes.nav"),
      visible: access.can("network_outcomes.read"),
      matches: (p) => p === "/network-outcomes" || (p === "/" && access.roles.every((r) => r === "network")),
    },
    {
      // The IMPE practice guide: the team trains with it; the team lead also sees who completed which chapter.
      group: "practice",
      to: "/guide",
      label: t("guide.nav"),
      visible: access.can("guide.read"),
      matches: (p) => p === "/guide" || p.startsWith("/guide/"),
    },
    { group: "account", to: "/team", label: t("nav.team"), visible: access.can("caseload.overview"), matches: (p) => p === "/team" || p === "/team/worklist-settings" },
    { group: "account", to: "/admin", label: t("nav.admin"), visible: access.isAdmin, matches: (p) => p === "/admin" },
    { group: "account", to: "/account", label: t("nav.account"), visible: true, matches: (p) => p === "/account" },
  ];
  // Sections with a visible title (a labelled group, not a heading: the page's own headings stay its outline).
  return (
    <Stack gap="xs">
      {navGroups.map((group) => {
        const visible = items.filter((item) => item.group === group && item.visible);
        if (visible.length === 0) return null;
        const titleId = `nav-group-${group}`;
        return (
          <div key={group} role="group" aria-labelledby={titleId}>
            <Text id={titleId} size="xs" fw={700} c="gray.7" px="sm" pb={2}>
              {t(`nav.groups.${group}`)}
            </Text>
            <Stack gap={2}>
              {visible.map((item) => {
                const active = item.matches(pathname);
                return (
                  <MantineNavLink
                    key={item.to}
                    component={NavLink}
                    to={item.to}
                    end
                    label={item.label}
                    active={active}
                    aria-current={active ? "page" : undefined}
                    onClick={onNavigate}
                    className={active ? "nav-link-active" : undefined}
                    variant="light"
                  />
                );
              })}
            </Stack>
          </div>
        );
      })}
    </Stack>
  );
};
