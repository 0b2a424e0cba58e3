import type { Participant } from "@passerelle/domain";

/** Placeholder until the tool is built (issue 7). */
export const ConversationsPanel = ({ participant }: { participant: Participant }) => <p data-participant={participant.id} />;
