import type { RoutineActivity } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

/** "9:00" in French and English alike (a timetable, read at a glance). */
export const shortTime = (time: string): string => `${Number(time.slice(0, 2))}:${time.slice(3, 5)}`;

/** Words for the week: day names, categories, and one activity as a sentence a screen reader can say. */
export const useRoutineText = () => {
  const { t } = useTranslation();
  const day = (d: number): string => t(`routines.days.${d}` as "routines.days.0");
  const category = (c: RoutineActivity["category"]): string => t(`routines.categories.${c}`);
  /** The label the person gave, else the category's name. */
  const title = (a: RoutineActivity): string => a.label.trim() || category(a.category);
  const describe = (a: RoutineActivity): string => {
    const values = { day: day(a.day), start: shortTime(a.start), end: shortTime(a.end), category: category(a.category), label: a.label.trim() };
    return a.label.trim() ? t("routines.week.describeWithLabel", values) : t("routines.week.describe", values);
  };
  return { day, category, title, describe };
};
