import { type Locale, type Me, meSchema, setupInput } from "@passerelle/domain";
import type { z } from "zod";
import { api, checkShape } from "../../api/api-client";
import { isApiError } from "../../api/api-error";

export type SetupInput = z.input<typeof setupInput>;

export const fetchSetupStatus = () => api.get<{ needed: boolean }>("/setup");

export const runSetup = async (input: SetupInput): Promise<Me> =>
  checkShape(meSchema, await api.post<Me>("/setup", input), "POST /setup");

export const login = async (input: { email: string; password: string }): Promise<Me> =>
  checkShape(meSchema, await api.post<Me>("/auth/login", input), "POST /auth/login");

export const logout = () => api.post<void>("/auth/logout");

export const changePassword = (input: { currentPassword: string; newPassword: string }) =>
  api.post<void>("/auth/password", input);

/** The signed-in user, or null when nobody is signed in (401). */
export const fetchMe = async (): Promise<Me | null> => {
  try {
    return checkShape(meSchema, await api.get<Me>("/me"), "GET /me");
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
};

export const updateMe = async (input: { locale?: Locale; name?: string }): Promise<Me> =>
  checkShape(meSchema, await api.patch<Me>("/me", input), "PATCH /me");
