import type { OutcomesFigures } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { FigureCard, type FigureLink } from "./figure-card";
import { type FigureKey, recordsLink } from "./figure-links";
import { FigureSection } from "./figure-section";
import type { OutcomesScopeParams } from "./outcomes-api";
import { ReasonsList } from "./reasons-list";

type Props = { figures: OutcomesFigures; scope: OutcomesScopeParams };
type CountKey = "jobEndings" | "referralsReceived" | "referralsAccepted" | "referralsDeclined" | "entries" | "closures";
const kindOf: Record<CountKey, "job" | "referral" | "participant"> = {
  jobEndings: "job",
  referralsReceived: "referral",
  referralsAccepted: "referral",
  referralsDeclined: "referral",
  entries: "participant",
  closures: "participant",
};

/** Job endings and why; referrals, entries and closures and their reasons. */
export const FlowFigures = ({ figures: f, scope }: Props) => {
  const { t } = useTranslation();
  const links = (figure: CountKey): FigureLink[] =>
    f[figure].count > 0 ? [{ to: recordsLink(scope, figure), label: t(`outcomes.links.${kindOf[figure]}`, { count: f[figure].count }) }] : [];
  const reasonLink = (figure: FigureKey) => (reason: string) => recordsLink(scope, figure, { reason });
  const count = (figure: CountKey) => (
    <FigureCard
      key={figure}
      title={t(`outcomes.figures.${figure}.title`)}
      value={String(f[figure].count)}
      definition={t(`outcomes.figures.${figure}.definition`)}
      links={links(figure)}
    >
      {figure === "jobEndings" ? (
        <ReasonsList
          caption={t("outcomes.figures.jobEndingsByReason.title")}
          rows={f.jobEndingsByReason}
          labelOf={(r) => t(`jobs.endReasons.${r}` as "jobs.endReasons.other")}
          linkOf={reasonLink("jobEndingsByReason")}
        />
      ) : figure === "referralsDeclined" ? (
        <ReasonsList
          caption={t("outcomes.figures.referralsDeclinedByReason.title")}
          rows={f.referralsDeclinedByReason}
          labelOf={(r) => t(`referrals.reasons.${r}` as "referrals.reasons.not_wanting_support_now")}
          linkOf={reasonLink("referralsDeclinedByReason")}
        />
      ) : figure === "closures" ? (
        <ReasonsList
          caption={t("outcomes.figures.closuresByReason.title")}
          rows={f.closuresByReason}
          labelOf={(r) => t(`closureReason.${r}` as "closureReason.other")}
          linkOf={reasonLink("closuresByReason")}
        />
      ) : null}
    </FigureCard>
  );
  return (
    <>
      <FigureSection title={t("outcomes.sections.endings")}>{count("jobEndings")}</FigureSection>
      <FigureSection title={t("outcomes.sections.flow")}>
        {(["referralsReceived", "referralsAccepted", "referralsDeclined", "entries", "closures"] as const).map(count)}
      </FigureSection>
    </>
  );
};
