import type { FidelityBand, LocalizedText, ReviewScore } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";

/** The scale's texts are data in both languages: the UI language picks one (French otherwise). */
export const pick = (text: LocalizedText, language: string): string => (language.startsWith("en") ? text.en : text.fr);

export const bandColor: Record<FidelityBand, string> = { exemplary: "teal", good: "green", fair: "yellow", not_ips: "red" };

/** "100 / 125", or "62 / 125 provisoire (5 items non notés)" while items are missing. */
export const totalLabel = (score: ReviewScore, t: TFunction): string =>
  score.total !== null ? t("fidelityReviews.total", { total: score.total }) : t("fidelityReviews.partialTotal", { sum: score.partialSum, count: score.missing });

export const periodLabel = (review: { periodFrom: string; periodTo: string }, language: string): string =>
  `${formatDate(review.periodFrom, language)} – ${formatDate(review.periodTo, language)}`;
