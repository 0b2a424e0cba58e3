import { uuidv7 } from "uuidv7";

/** UUID v7: time-ordered, so primary-key indexes stay compact and ids sort by creation. */
export const newId = (): string => uuidv7();

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => uuidPattern.test(value);
