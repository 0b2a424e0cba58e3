import { createProgramInput, type Member, type Program } from "@passerelle/domain";
import type { z } from "zod";
import { api } from "../../api/api-client";

export type CreateProgramInput = z.input<typeof createProgramInput>;

export const fetchPrograms = () => api.get<{ items: Program[] }>("/programs");
export const createProgram = (input: CreateProgramInput) => api.post<Program>("/programs", input);
export const fetchMembers = (programId: string) => api.get<{ items: Member[] }>(`/programs/${programId}/members`);
