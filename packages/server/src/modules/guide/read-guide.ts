import { type GuideContent, impeGuide } from "@passerelle/domain";
import { authorizeGlobal } from "../../platform/access";
import type { Actor } from "../../platform/journal";

/** The guide's text (the same for every program): for whoever trains with it in at least one program. */
export const readGuide = (actor: Actor): GuideContent => {
  authorizeGlobal(actor, "guide.read");
  return impeGuide;
};
