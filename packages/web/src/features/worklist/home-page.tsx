import { useAccess } from "../../shared/hooks/use-access";
import { CaseloadPage } from "../caseload/caseload-page";
import { MyWeekPage } from "./my-week-page";

/** "/": "Ma semaine" for those who carry the IPS timing rules; the caseload for clinicians and peers. */
export const HomePage = () => {
  const access = useAccess();
  return access.can("worklist.read") ? <MyWeekPage /> : <CaseloadPage />;
};
