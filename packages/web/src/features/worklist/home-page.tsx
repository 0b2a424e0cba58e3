import { useAccess } from "../../shared/hooks/use-access";
import { CaseloadPage } from "../caseload/caseload-page";
import { NetworkOutcomesPage } from "../network-outcomes/network-outcomes-page";
import { MyWeekPage } from "./my-week-page";

/**
 * "/": "Ma semaine" for those who carry the IPS timing rules; the caseload for clinicians and peers; the network's
 * outcomes for a network member, who sees no participant at all.
 */
export const HomePage = () => {
  const access = useAccess();
  if (access.can("worklist.read")) return <MyWeekPage />;
  if (!access.can("participant.list") && access.can("network_outcomes.read")) return <NetworkOutcomesPage />;
  return <CaseloadPage />;
};
