import { ActionIcon } from "@mantine/core";
import { type RoutineActivity, minutesOf, routineDays, routineSlotMinutes, timeOf } from "@passerelle/domain";
import { type CSSProperties, type MouseEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { CategoryPictogram, categoryColours } from "./routine-pictograms";
import { shortTime, useRoutineText } from "./use-routine-text";

export type WeekGrid = { firstHour: number; lastHour: number; activities: readonly RoutineActivity[] };
export type ActivityMark = "added" | "removed";

type WeekViewProps = {
  grid: WeekGrid;
  /** The region's name (several weeks may be on one screen). */
  label: string;
  variant?: "screen" | "compact" | "print";
  /** Editing: each activity becomes a button. */
  onEditActivity?: (index: number) => void;
  /** Editing: a click on a free moment of a day (mouse only; the form does the same from the keyboard). */
  onFreeSlot?: (day: number, time: string) => void;
  /** Editing: the "+" button of each day. */
  onAddOnDay?: (day: number) => void;
  /** Comparing: activities added in this version or removed from it, by index. */
  marks?: ReadonlyMap<number, ActivityMark>;
  /** Activities with a problem to fix, by index. */
  invalid?: ReadonlySet<number>;
  /** The activity being edited. */
  selected?: number | null;
};

/** A day's free moment from a click's height in the day's column. */
const timeAt = (event: MouseEvent<HTMLDivElement>, grid: WeekGrid): string => {
  const rect = event.currentTarget.getBoundingClientRect();
  const slots = ((grid.lastHour - grid.firstHour) * 60) / routineSlotMinutes;
  const slot = Math.min(slots - 1, Math.max(0, Math.floor(((event.clientY - rect.top) / rect.height) * slots)));
  return timeOf(grid.firstHour * 60 + slot * routineSlotMinutes);
};

/**
 * The week as the manual draws it: seven columns, Monday first, the hours down the side, each activity a block
 * with its category's colour, pictogram and name. Each day is a list in reading order, so a screen reader hears
 * "Lundi, 9:00 – 12:00, Travail : Boulangerie" rather than a grid of empty cells.
 */
export const WeekView = ({ grid, label, variant = "screen", onEditActivity, onFreeSlot, onAddOnDay, marks, invalid, selected }: WeekViewProps) => {
  const { t } = useTranslation();
  const text = useRoutineText();
  const slots = ((grid.lastHour - grid.firstHour) * 60) / routineSlotMinutes;
  const hours = Array.from({ length: grid.lastHour - grid.firstHour + 1 }, (_, k) => grid.firstHour + k);
  const indexed = grid.activities.map((activity, index) => ({ activity, index }));
  const style = { "--routine-slots": slots } as CSSProperties;
  const id = useId();

  return (
    <section className={`routine-week routine-week-${variant}`} style={style} aria-label={label}>
      <div className="routine-week-axis" aria-hidden="true">
        <div className="routine-week-head" />
        <div className="routine-week-body">
          {hours.map((h) => (
            <span key={h} className="routine-week-hour" style={{ "--routine-at": (h - grid.firstHour) * 2 } as CSSProperties}>
              {t("routines.editor.hour", { hour: h })}
            </span>
          ))}
        </div>
      </div>
      {routineDays.map((day) => {
        const ofDay = indexed.filter((x) => x.activity.day === day).sort((a, b) => minutesOf(a.activity.start) - minutesOf(b.activity.start));
        const headingId = `${id}-day-${day}`;
        return (
          <section key={day} className="routine-week-day" aria-labelledby={headingId}>
            <div className="routine-week-head">
              <h3 id={headingId} className="routine-week-dayname">
                <span className="routine-week-long">{text.day(day)}</span>
                <span className="routine-week-short" aria-hidden="true">
                  {t(`routines.daysShort.${day}` as "routines.daysShort.0")}
                </span>
              </h3>
              {onAddOnDay ? (
                <ActionIcon variant="subtle" size="sm" aria-label={t("routines.activity.addOnDay", { day: text.day(day).toLowerCase() })} onClick={() => onAddOnDay(day)}>
                  <span aria-hidden="true">+</span>
                </ActionIcon>
              ) : null}
            </div>
            {/* A click on the column's free space prepares an activity there (the "+" and the form do it by keyboard). */}
            <div
              className={onFreeSlot ? "routine-week-body routine-week-body-free" : "routine-week-body"}
              onClick={onFreeSlot ? (event) => event.target === event.currentTarget && onFreeSlot(day, timeAt(event, grid)) : undefined}
            >
              {ofDay.length === 0 ? <p className="visually-hidden">{t("routines.week.empty")}</p> : null}
              <ul className="routine-week-list">
                {ofDay.map(({ activity, index }) => (
                  <ActivityBlock
                    key={index}
                    activity={activity}
                    grid={grid}
                    mark={marks?.get(index)}
                    invalid={invalid?.has(index) ?? false}
                    selected={selected === index}
                    onEdit={onEditActivity ? () => onEditActivity(index) : undefined}
                  />
                ))}
              </ul>
            </div>
          </section>
        );
      })}
    </section>
  );
};

type ActivityBlockProps = { activity: RoutineActivity; grid: WeekGrid; mark?: ActivityMark; invalid: boolean; selected: boolean; onEdit?: () => void };

const ActivityBlock = ({ activity, grid, mark, invalid, selected, onEdit }: ActivityBlockProps) => {
  const { t } = useTranslation();
  const text = useRoutineText();
  const from = Math.max(0, (minutesOf(activity.start) - grid.firstHour * 60) / routineSlotMinutes);
  const to = Math.max(from, Math.min(((grid.lastHour - grid.firstHour) * 60) / routineSlotMinutes, (minutesOf(activity.end) - grid.firstHour * 60) / routineSlotMinutes));
  const colour = categoryColours[activity.category];
  const style = {
    "--routine-at": from,
    "--routine-span": Math.max(1, to - from),
    "--routine-tint": `var(--mantine-color-${colour}-1)`,
    "--routine-edge": `var(--mantine-color-${colour}-8)`,
  } as CSSProperties;
  const span = to - from;
  const className = ["routine-block", span <= 1 ? "routine-block-half" : span <= 2 ? "routine-block-short" : "", mark ? `routine-block-${mark}` : "", invalid ? "routine-block-invalid" : "", selected ? "routine-block-selected" : ""].filter(Boolean).join(" ");
  const markText = mark ? t(mark === "added" ? "routines.compare.addedMark" : "routines.compare.removedMark") : null;
  const content = (
    <>
      <span className="routine-block-title">
        <CategoryPictogram category={activity.category} size="1.15em" />
        <span className="routine-block-label">{text.title(activity)}</span>
      </span>
      <span className="routine-block-time">{t("routines.week.time", { start: shortTime(activity.start), end: shortTime(activity.end) })}</span>
      {activity.label.trim() ? <span className="visually-hidden">{`, ${text.category(activity.category)}`}</span> : null}
      {markText ? (
        <span className="routine-block-mark">
          <span className="routine-mark-symbol" aria-hidden="true">
            {mark === "added" ? "+" : "−"}
          </span>
          <span className="routine-mark-word">{markText}</span>
        </span>
      ) : null}
      {invalid ? <span className="routine-block-mark">{t("routines.week.invalid")}</span> : null}
    </>
  );
  return (
    <li className={className} style={style}>
      {onEdit ? (
        <button type="button" className="routine-block-inner" onClick={onEdit} aria-label={t("routines.activity.edit", { description: text.describe(activity) }) + (invalid ? ` (${t("routines.week.invalid")})` : "")} aria-current={selected ? "true" : undefined}>
          {content}
        </button>
      ) : (
        <div className="routine-block-inner">{content}</div>
      )}
    </li>
  );
};
