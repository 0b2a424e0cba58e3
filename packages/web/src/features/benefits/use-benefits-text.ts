import { benefitsMessageCatalog, renderBenefitsMessage, type SimulationMessage } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

/**
 * Warnings, assumptions and calendar entries in the UI language, from their code and parameters (the same catalog
 * the server uses), so results on screen follow a language switch without a new calculation.
 */
export const useBenefitsText = () => {
  const { i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en" : "fr";
  return (message: SimulationMessage): string =>
    Object.hasOwn(benefitsMessageCatalog, message.code) ? renderBenefitsMessage(message.code, message.params, locale) : message.message;
};
