import { NavLink as MantineNavLink, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NavLink, useLocation } from "react-router";
import { useAccess } from "../../shared/hooks/use-access";

type NavItem = { to: string; label: string; visible: boolean; matches: (path: string) => boolean };

/** The main navigation: only the areas the user's roles open. */
export const NavLinks = ({ onNavigate }: { onNavigate: () => void }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const { pathname } = useLocation();
  const items: NavItem[] = [
    { to: "/", label: t("worklist.nav"), visible: access.can("worklist.read"), matches: (p) => p === "/" },
    {
      // Clinicians and peers have no "Ma semaine": the caseload is their home page.
      to: access.can("worklist.read") ? "/caseload" : "/",
      label: t("nav.caseload"),
      visible: access.can("participant.list"),
      matches: (p) => p === "/caseload" || (p === "/" && !access.can("worklist.read")) || (p.startsWith("/participants/") && p !== "/participants/new"),
    },
    {
      to: "/participants/new",
      label: t("nav.newReferral"),
      visible: access.can("participant.create"),
      matches: (p) => p === "/participants/new",
    },
    {
      // Referrals from the care team: sent by clinicians, decided by the team lead, followed by both.
      to: "/referrals",
      label: t("referrals.nav"),
      visible: access.can("referral.read"),
      matches: (p) => p === "/referrals" || p.startsWith("/referrals/"),
    },
    {
      // The weekly integrated meeting: the team prepares and records it; the care team reads its people's minutes.
      to: "/meetings",
      label: t("meetings.nav"),
      visible: access.can("meeting.read"),
      matches: (p) => p === "/meetings" || p.startsWith("/meetings/"),
    },
    {
      to: "/employers",
      label: t("employers.nav"),
      visible: access.can("employer.read"),
      matches: (p) => p === "/employers" || p.startsWith("/employers/"),
    },
    {
      to: "/openings",
      label: t("openings.nav"),
      visible: access.can("opening.read"),
      matches: (p) => p === "/openings" || p.startsWith("/openings/"),
    },
    {
      // The partner services register: for the employment team and the care team; a peer has no use for it.
      to: "/services",
      label: t("services.nav"),
      visible: access.can("service.read") && access.roles.some((r) => r !== "peer"),
      matches: (p) => p === "/services",
    },
    { to: "/benefits", label: t("nav.benefits"), visible: access.can("benefits.simulate"), matches: (p) => p === "/benefits" },
    { to: "/supervision", label: t("supervision.nav"), visible: access.can("supervision.read"), matches: (p) => p === "/supervision" },
    {
      // The IPS-25 self-assessment: read by the team, led by the team lead.
      to: "/fidelity",
      label: t("fidelityReviews.nav"),
      visible: access.can("fidelity.read"),
      matches: (p) => p === "/fidelity" || p.startsWith("/fidelity/"),
    },
    {
      // The ideas wall "Rêve / Réaliste / Critique" (IMPE chapter 4): group sessions led by the team and peers.
      to: "/brainstorms",
      label: t("brainstorm.nav"),
      visible: access.can("brainstorm.lead"),
      matches: (p) => p === "/brainstorms" || p.startsWith("/brainstorms/"),
    },
    {
      to: "/outcomes",
      label: t("outcomes.nav"),
      visible: access.can("outcomes.read"),
      matches: (p) => p === "/outcomes" || p.startsWith("/outcomes/"),
    },
    {
      // Programs side by side, totals only: for a network or funder (and admins); a network member's home page too.
      to: "/network-outcomes",
      label: t("networkOutcomes.nav"),
      visible: access.can("network_outcomes.read"),
      matches: (p) => p === "/network-outcomes" || (p === "/" && access.roles.every((r) => r === "network")),
    },
    {
      // The IMPE practice guide: the team trains with it; the team lead also sees who completed which chapter.
      to: "/guide",
      label: t("guide.nav"),
      visible: access.can("guide.read"),
      matches: (p) => p === "/guide" || p.startsWith("/guide/"),
    },
    { to: "/team", label: t("nav.team"), visible: access.can("caseload.overview"), matches: (p) => p === "/team" || p === "/team/worklist-settings" },
    { to: "/admin", label: t("nav.admin"), visible: access.isAdmin, matches: (p) => p === "/admin" },
    { to: "/account", label: t("nav.account"), visible: true, matches: (p) => p === "/account" },
  ];
  return (
    <Stack gap={4}>
      {items
        .filter((item) => item.visible)
        .map((item) => {
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
  );
};
