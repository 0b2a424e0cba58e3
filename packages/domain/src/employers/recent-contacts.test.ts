import { describe, expect, it } from "vitest";
import { type EmployerContactFact, recentContactByOthers } from "./recent-contacts";

const EMPLOYER = "00000000-0000-7000-8000-0000000000e1";
const OTHER_EMPLOYER = "00000000-0000-7000-8000-0000000000e2";
const ME = "00000000-0000-7000-8000-0000000000a1";
const MARIE = "00000000-0000-7000-8000-0000000000a2";
const PAUL = "00000000-0000-7000-8000-0000000000a3";
const TODAY = "2026-03-31";

const contact = (over: Partial<EmployerContactFact>): EmployerContactFact => ({
  employerId: EMPLOYER,
  specialistId: MARIE,
  specialistName: "Marie",
  date: "2026-03-20",
  faceToFace: false,
  ...over,
});

describe("recent contacts by other specialists", () => {
  it.each([
    ["a colleague's contact 10 days ago", [contact({})], [MARIE]],
    ["my own contact", [contact({ specialistId: ME })], []],
    ["exactly 30 days ago (1 March) still counts", [contact({ date: "2026-03-01" })], [MARIE]],
    ["31 days ago does not", [contact({ date: "2026-02-28" })], []],
    ["today counts", [contact({ date: TODAY })], [MARIE]],
    ["a contact dated tomorrow is ignored", [contact({ date: "2026-04-01" })], []],
    ["another employer", [contact({ employerId: OTHER_EMPLOYER })], []],
    ["an awareness session this employer attended", [contact({ employerId: OTHER_EMPLOYER, attendees: [{ employerId: EMPLOYER }] })], [MARIE]],
    ["a contact with no author (imported)", [contact({ specialistId: null })], []],
  ] as const)("%s", (_label, contacts, expected) => {
    expect(recentContactByOthers(contacts, EMPLOYER, ME, TODAY).map((r) => r.specialistId)).toEqual(expected);
  });

  it("gives one row per colleague, latest first, with counts and face-to-face", () => {
    const rows = recentContactByOthers(
      [
        contact({ date: "2026-03-05" }),
        contact({ date: "2026-03-25", faceToFace: true }),
        contact({ specialistId: PAUL, specialistName: "Paul", date: "2026-03-28" }),
      ],
      EMPLOYER,
      ME,
      TODAY,
    );
    expect(rows).toEqual([
      { specialistId: PAUL, specialistName: "Paul", lastDate: "2026-03-28", count: 1, faceToFace: false },
      { specialistId: MARIE, specialistName: "Marie", lastDate: "2026-03-25", count: 2, faceToFace: true },
    ]);
  });

  it("takes the window as a parameter", () => {
    expect(recentContactByOthers([contact({ date: "2026-03-20" })], EMPLOYER, ME, TODAY, 7)).toEqual([]);
  });
});
