export * from "./meeting.contract";
export * from "./agenda";
export * from "./supervision.contract";
