import type { Participant, UpdateParticipantInput } from "@passerelle/domain";
import { useState } from "react";
import { isApiError } from "../../api/api-error";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { useUpdateParticipant } from "./participants-queries";

/**
 * Saves part of a participant record. On a stale version the form is reset with the record the server
 * sent back (`onStale`), and the error stays on screen to explain why.
 */
export const useParticipantSave = (participantId: string, onStale: (current: Participant) => void) => {
  const mutation = useUpdateParticipant(participantId);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [savedAt, setSavedAt] = useState<number | null>(null);

  const save = (input: UpdateParticipantInput, onSaved?: (p: Participant) => void) => {
    setSavedAt(null);
    setFieldErrors({});
    mutation.mutate(input, {
      onSuccess: (participant) => {
        setSavedAt(Date.now());
        onSaved?.(participant);
      },
      onError: (error) => {
        setFieldErrors(apiFieldErrors(error));
        if (isApiError(error) && error.code === "stale_version" && error.current) onStale(error.current as Participant);
      },
    });
  };

  return { save, error: mutation.error, isSaving: mutation.isPending, fieldErrors, setFieldErrors, saved: savedAt !== null, clearSaved: () => setSavedAt(null) };
};
