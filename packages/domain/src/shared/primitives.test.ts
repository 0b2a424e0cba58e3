import { describe, expect, it } from "vitest";
import { isoDate } from "./primitives";

describe("calendar dates", () => {
  it.each(["2026-01-01", "2024-02-29", "2026-12-31"])("accepts %s", (d) => expect(isoDate.safeParse(d).success).toBe(true));
  it.each(["2026-02-29", "2026-13-01", "26-01-01", "2026-1-1", "", "2026-01-01T00:00:00Z"])("refuses %s", (d) =>
    expect(isoDate.safeParse(d).success).toBe(false),
  );
});
