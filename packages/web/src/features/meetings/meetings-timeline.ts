import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

type MeetingEvent = "meeting.created" | "meeting.updated" | "meeting.discussed" | "meeting.flagged" | "action_item.created" | "action_item.done" | "supervision.recorded";

/** A weekly meeting event as a sentence. The data carry no notes: they stay in the minutes, where sharing applies. */
export const meetingTimelineSentence = (type: MeetingEvent, d: Record<string, unknown>, t: TFunction, language: string): string => {
  const date = text(d.date);
  switch (type) {
    case "meeting.created":
      return date ? t("meetings.timeline.created", { date: formatDate(date, language) }) : t("meetings.timeline.createdShort");
    case "meeting.updated":
      return t("meetings.timeline.updated");
    case "meeting.discussed":
      if (!date) return t("meetings.timeline.discussedShort");
      return d.decided === true ? t("meetings.timeline.discussedDecided", { date: formatDate(date, language) }) : t("meetings.timeline.discussed", { date: formatDate(date, language) });
    case "meeting.flagged":
      return t("meetings.timeline.flagged");
    case "action_item.created":
      return text(d.dueDate) ? t("meetings.timeline.actionItemDue", { date: formatDate(text(d.dueDate), language) }) : t("meetings.timeline.actionItem");
    case "action_item.done":
      return t("meetings.timeline.actionItemDone");
    case "supervision.recorded":
      return t("meetings.timeline.supervision");
  }
};
