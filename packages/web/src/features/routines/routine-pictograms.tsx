import type { RoutineCategory } from "@passerelle/domain";
import type { ReactNode } from "react";

/*
 * One pictogram per kind of activity, drawn for this tool (simple line drawings at 24 x 24, in the text's colour).
 * They carry the category next to its colour and its name, so neither colour nor reading is needed alone: the
 * printed week is read by people who read little.
 */
const drawings: Record<RoutineCategory, ReactNode> = {
  // A briefcase.
  work: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2" />
      <path d="M3 13h18" />
    </>
  ),
  // A magnifying glass.
  job_search: (
    <>
      <circle cx="10" cy="10" r="6.5" />
      <path d="M15 15l6 6" />
    </>
  ),
  // A care cross.
  care: <path d="M9 3h6v6h6v6h-6v6H9v-6H3V9h6z" />,
  // A capsule.
  medication: (
    <>
      <path d="M4.9 12.9l8-8a4.6 4.6 0 0 1 6.5 6.5l-8 8a4.6 4.6 0 0 1-6.5-6.5z" />
      <path d="M8.9 8.9l6.4 6.4" />
    </>
  ),
  // A fork and a knife.
  meals: (
    <>
      <path d="M5 3v5a2.5 2.5 0 0 0 5 0V3" />
      <path d="M7.5 3v18" />
      <path d="M18 21V3c-2.5 1.5-3.5 4.5-3.5 9H18" />
    </>
  ),
  // A house.
  household: (
    <>
      <path d="M3 11.5L12 4l9 7.5" />
      <path d="M5.5 10v10h13V10" />
      <path d="M10 20v-5.5h4V20" />
    </>
  ),
  // A shopping cart.
  shopping: (
    <>
      <path d="M2.5 4H5l2.4 11h11.1l2-8H6.1" />
      <circle cx="9" cy="19.5" r="1.5" />
      <circle cx="17" cy="19.5" r="1.5" />
    </>
  ),
  // A music note.
  leisure: (
    <>
      <circle cx="7" cy="18" r="3" />
      <circle cx="17.5" cy="16" r="3" />
      <path d="M10 18V6l10.5-2.5v12.5" />
      <path d="M10 10l10.5-2.5" />
    </>
  ),
  // A crescent moon.
  rest: <path d="M20 14.5A8.5 8.5 0 1 1 9.5 4a7 7 0 0 0 10.5 10.5z" />,
  // Two people.
  family_friends: (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20.5v-1a5.5 5.5 0 0 1 5.5-5.5h2a5.5 5.5 0 0 1 5.5 5.5v1" />
      <circle cx="17.5" cy="9" r="2.5" />
      <path d="M17.5 14a4 4 0 0 1 4 4v2.5" />
    </>
  ),
};

/** The category's pictogram, decorative (the category's name is always written beside it). */
export const CategoryPictogram = ({ category, size = 20 }: { category: RoutineCategory; size?: number | string }) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
    className="routine-pictogram"
  >
    {drawings[category]}
  </svg>
);

/** Each category's Mantine colour: a light tint behind dark text (contrast kept), a strong edge. */
export const categoryColours: Record<RoutineCategory, string> = {
  work: "blue",
  job_search: "indigo",
  care: "red",
  medication: "pink",
  meals: "orange",
  household: "teal",
  shopping: "yellow",
  leisure: "green",
  rest: "gray",
  family_friends: "grape",
};
