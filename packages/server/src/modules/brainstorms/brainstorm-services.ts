import { randomInt as cryptoRandomInt } from "node:crypto";
import type { RandomInt } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { FailureLimiter } from "../../platform/rate-limiter";
import { BrainstormHub } from "./brainstorm-hub";

/** Wrong join codes allowed per client address per minute before answers become 429 (ADR 0010). */
export const JOIN_FAILURES_PER_MINUTE = 10;

/** What the brainstorm use cases share in this process: the live hub, the join limiter, a fair random source. */
export type BrainstormServices = AppContext & { hub: BrainstormHub; joinLimiter: FailureLimiter; randomInt: RandomInt };

export const brainstormServices = (ctx: AppContext): BrainstormServices => ({
  ...ctx,
  hub: new BrainstormHub(ctx.clock),
  joinLimiter: new FailureLimiter(ctx.clock, { maxFailures: JOIN_FAILURES_PER_MINUTE, windowMs: 60_000 }),
  randomInt: (max) => cryptoRandomInt(max),
});
