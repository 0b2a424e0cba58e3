import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { LoginPage } from "../features/auth/login-page";
import { SetupPage } from "../features/auth/setup-page";
import { RequireAuth } from "./guards/require-auth";
import { RequirePermission } from "./guards/require-permission";
import { SetupGate } from "./guards/setup-gate";
import { AppLayout } from "./layout/app-layout";
import { PublicLayout } from "./layout/public-layout";
import { JoinPage } from "../features/brainstorms/join-page";
import { NotFoundPage } from "./not-found-page";
import { RouteErrorPage } from "./route-error-page";

// Pages behind sign-in are loaded on demand, so the sign-in page stays light.
const CaseloadPage = lazy(() => import("../features/caseload/caseload-page").then((m) => ({ default: m.CaseloadPage })));
const HomePage = lazy(() => import("../features/worklist/home-page").then((m) => ({ default: m.HomePage })));
const WorklistSettingsPage = lazy(() =>
  import("../features/worklist/worklist-settings-page").then((m) => ({ default: m.WorklistSettingsPage })),
);
const NewParticipantPage = lazy(() =>
  import("../features/participants/new-participant-page").then((m) => ({ default: m.NewParticipantPage })),
);
const ParticipantPage = lazy(() =>
  import("../features/participants/participant-page").then((m) => ({ default: m.ParticipantPage })),
);
const TeamPage = lazy(() => import("../features/team/team-page").then((m) => ({ default: m.TeamPage })));
const AdminPage = lazy(() => import("../features/admin/admin-page").then((m) => ({ default: m.AdminPage })));
const BenefitsPage = lazy(() => import("../features/benefits/benefits-page").then((m) => ({ default: m.BenefitsPage })));
const PlanPrintPage = lazy(() => import("../features/benefits/plan-print-page").then((m) => ({ default: m.PlanPrintPage })));
const NetworkMapPrintPage = lazy(() =>
  import("../features/network-maps/network-map-print-page").then((m) => ({ default: m.NetworkMapPrintPage })),
);
const RoutinePrintPage = lazy(() => import("../features/routines/routine-print-page").then((m) => ({ default: m.RoutinePrintPage })));
const GoalPrintPage = lazy(() => import("../features/goals/goal-print-page").then((m) => ({ default: m.GoalPrintPage })));
const ConversationPrintPage = lazy(() =>
  import("../features/conversations/conversation-print-page").then((m) => ({ default: m.ConversationPrintPage })),
);
const SstPrintPage = lazy(() => import("../features/sst/sst-print-page").then((m) => ({ default: m.SstPrintPage })));
const EmployersPage = lazy(() => import("../features/employers/employers-page").then((m) => ({ default: m.EmployersPage })));
const NewEmployerPage = lazy(() => import("../features/employers/new-employer-page").then((m) => ({ default: m.NewEmployerPage })));
const EmployerImportPage = lazy(() =>
  import("../features/employers/employer-import-page").then((m) => ({ default: m.EmployerImportPage })),
);
const EmployerPage = lazy(() => import("../features/employers/employer-page").then((m) => ({ default: m.EmployerPage })));
const OpeningsPage = lazy(() => import("../features/openings/openings-page").then((m) => ({ default: m.OpeningsPage })));
const NewOpeningPage = lazy(() => import("../features/openings/new-opening-page").then((m) => ({ default: m.NewOpeningPage })));
const OpeningPage = lazy(() => import("../features/openings/opening-page").then((m) => ({ default: m.OpeningPage })));
const NotificationsPage = lazy(() =>
  import("../features/notifications/notifications-page").then((m) => ({ default: m.NotificationsPage })),
);
const ServicesPage = lazy(() => import("../features/services/services-page").then((m) => ({ default: m.ServicesPage })));
const ReferralsPage = lazy(() => import("../features/referrals/referrals-page").then((m) => ({ default: m.ReferralsPage })));
const NewReferralPage = lazy(() => import("../features/referrals/new-referral-page").then((m) => ({ default: m.NewReferralPage })));
const ReferralPage = lazy(() => import("../features/referrals/referral-page").then((m) => ({ default: m.ReferralPage })));
const MeetingsPage = lazy(() => import("../features/meetings/meetings-page").then((m) => ({ default: m.MeetingsPage })));
const MeetingPage = lazy(() => import("../features/meetings/meeting-page").then((m) => ({ default: m.MeetingPage })));
const MeetingPrintPage = lazy(() => import("../features/meetings/meeting-print-page").then((m) => ({ default: m.MeetingPrintPage })));
const SupervisionPage = lazy(() => import("../features/supervision/supervision-page").then((m) => ({ default: m.SupervisionPage })));
const AccountPage = lazy(() => import("../features/account/account-page").then((m) => ({ default: m.AccountPage })));
const FidelityPage = lazy(() => import("../features/fidelity/fidelity-page").then((m) => ({ default: m.FidelityPage })));
const ReviewEditorPage = lazy(() => import("../features/fidelity/review-editor-page").then((m) => ({ default: m.ReviewEditorPage })));
const FidelityComparePage = lazy(() => import("../features/fidelity/compare-page").then((m) => ({ default: m.ComparePage })));
const FidelityIndicatorsPage = lazy(() => import("../features/fidelity/indicators-page").then((m) => ({ default: m.FidelityIndicatorsPage })));
const OutcomesPage = lazy(() => import("../features/outcomes/outcomes-page").then((m) => ({ default: m.OutcomesPage })));
const OutcomeRecordsPage = lazy(() =>
  import("../features/outcomes/outcome-records-page").then((m) => ({ default: m.OutcomeRecordsPage })),
);
const GuidePage = lazy(() => import("../features/guide/guide-page").then((m) => ({ default: m.GuidePage })));
const GuideChapterPage = lazy(() => import("../features/guide/chapter-page").then((m) => ({ default: m.GuideChapterPage })));
const GuideTeamPage = lazy(() => import("../features/guide/team-page").then((m) => ({ default: m.GuideTeamPage })));
const BrainstormsPage = lazy(() => import("../features/brainstorms/brainstorms-page").then((m) => ({ default: m.BrainstormsPage })));
const BrainstormWallPage = lazy(() =>
  import("../features/brainstorms/brainstorm-wall-page").then((m) => ({ default: m.BrainstormWallPage })),
);
const NetworkOutcomesPage = lazy(() =>
  import("../features/network-outcomes/network-outcomes-page").then((m) => ({ default: m.NetworkOutcomesPage })),
);

export const router = createBrowserRouter([
  {
    element: <SetupGate />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: "/setup", element: <SetupPage /> },
          { path: "/login", element: <LoginPage /> },
          // A brainstorm phone: no account, an anonymous token for one session (ADR 0010).
          { path: "/b/:code?", element: <JoinPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              { path: "/caseload", element: <CaseloadPage /> },
              {
                path: "/participants/new",
                element: (
                  <RequirePermission permission="participant.create">
                    <NewParticipantPage />
                  </RequirePermission>
                ),
              },
              { path: "/participants/:participantId/:tab?", element: <ParticipantPage /> },
              {
                path: "/participants/:participantId/routines/:routineId/print",
                element: (
                  <RequirePermission permission="practice.read">
                    <RoutinePrintPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/participants/:participantId/network-maps/:mapId/print",
                element: (
                  <RequirePermission permission="practice.read">
                    <NetworkMapPrintPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/participants/:participantId/benefit-plans/:planId/print",
                element: (
                  <RequirePermission permission="benefits.read">
                    <PlanPrintPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/participants/:participantId/sst-plans/:planId/print",
                element: (
                  <RequirePermission permission="practice.read">
                    <SstPrintPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/participants/:participantId/goals/:goalId/print",
                element: (
                  <RequirePermission permission="practice.read">
                    <GoalPrintPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/participants/:participantId/conversations/:conversationId/print",
                element: (
                  <RequirePermission permission="practice.read">
                    <ConversationPrintPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/benefits",
                element: (
                  <RequirePermission permission="benefits.simulate">
                    <BenefitsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/employers",
                element: (
                  <RequirePermission permission="employer.read">
                    <EmployersPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/employers/new",
                element: (
                  <RequirePermission permission="employer.write">
                    <NewEmployerPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/employers/import",
                element: (
                  <RequirePermission permission="employer.write">
                    <EmployerImportPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/employers/:employerId",
                element: (
                  <RequirePermission permission="employer.read">
                    <EmployerPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/openings",
                element: (
                  <RequirePermission permission="opening.read">
                    <OpeningsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/openings/new",
                element: (
                  <RequirePermission permission="opening.write">
                    <NewOpeningPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/openings/:openingId",
                element: (
                  <RequirePermission permission="opening.read">
                    <OpeningPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/referrals",
                element: (
                  <RequirePermission permission="referral.read">
                    <ReferralsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/referrals/new",
                element: (
                  <RequirePermission permission="referral.create">
                    <NewReferralPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/referrals/:referralId",
                element: (
                  <RequirePermission permission="referral.read">
                    <ReferralPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/meetings",
                element: (
                  <RequirePermission permission="meeting.read">
                    <MeetingsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/meetings/:meetingId",
                element: (
                  <RequirePermission permission="meeting.read">
                    <MeetingPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/meetings/:meetingId/print",
                element: (
                  <RequirePermission permission="meeting.read">
                    <MeetingPrintPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/supervision",
                element: (
                  <RequirePermission permission="supervision.read">
                    <SupervisionPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/team",
                element: (
                  <RequirePermission permission="caseload.overview">
                    <TeamPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/team/worklist-settings",
                element: (
                  <RequirePermission permission="worklist.configure">
                    <WorklistSettingsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/admin",
                element: (
                  <RequirePermission adminOnly>
                    <AdminPage />
                  </RequirePermission>
                ),
              },
              { path: "/notifications", element: <NotificationsPage /> },
              {
                path: "/services",
                element: (
                  <RequirePermission permission="service.read">
                    <ServicesPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/outcomes",
                element: (
                  <RequirePermission permission="outcomes.read">
                    <OutcomesPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/outcomes/records",
                element: (
                  <RequirePermission permission="outcomes.read">
                    <OutcomeRecordsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/network-outcomes",
                element: (
                  <RequirePermission permission="network_outcomes.read">
                    <NetworkOutcomesPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/fidelity/indicators",
                element: (
                  <RequirePermission permission="fidelity.read">
                    <FidelityIndicatorsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/fidelity",
                element: (
                  <RequirePermission permission="fidelity.read">
                    <FidelityPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/fidelity/reviews/:reviewId",
                element: (
                  <RequirePermission permission="fidelity.read">
                    <ReviewEditorPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/fidelity/compare",
                element: (
                  <RequirePermission permission="fidelity.read">
                    <FidelityComparePage />
                  </RequirePermission>
                ),
              },
              {
                path: "/guide",
                element: (
                  <RequirePermission permission="guide.read">
                    <GuidePage />
                  </RequirePermission>
                ),
              },
              {
                path: "/guide/chapters/:chapter",
                element: (
                  <RequirePermission permission="guide.read">
                    <GuideChapterPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/guide/team",
                element: (
                  <RequirePermission permission="guide.overview">
                    <GuideTeamPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/brainstorms",
                element: (
                  <RequirePermission permission="brainstorm.lead">
                    <BrainstormsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/brainstorms/:brainstormId",
                element: (
                  <RequirePermission permission="brainstorm.lead">
                    <BrainstormWallPage />
                  </RequirePermission>
                ),
              },
              { path: "/account", element: <AccountPage /> },
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
