import type { BrainstormJoin } from "@passerelle/domain";

/** What a phone keeps for one session, in this tab only (sessionStorage): its token and the ideas it sent. */
export type GuestSession = BrainstormJoin & { code: string; mine: { id: string; text: string }[] };

const key = (code: string) => `passerelle.brainstorm.${code}`;

export const loadGuestSession = (code: string): GuestSession | null => {
  try {
    const raw = sessionStorage.getItem(key(code));
    return raw ? (JSON.parse(raw) as GuestSession) : null;
  } catch {
    return null;
  }
};

export const saveGuestSession = (session: GuestSession): void => {
  try {
    sessionStorage.setItem(key(session.code), JSON.stringify(session));
  } catch {
    // Private browsing with storage off: the session lasts as long as the page.
  }
};

export const forgetGuestSession = (code: string): void => {
  try {
    sessionStorage.removeItem(key(code));
  } catch {
    // nothing stored
  }
};
