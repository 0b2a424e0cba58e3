export * from "./programs";
export * from "./users";
export * from "./participants";
export * from "./events";
export * from "./benefits";
export * from "./employers";
