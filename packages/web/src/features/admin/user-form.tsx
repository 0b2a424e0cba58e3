import { Button, Card, Checkbox, PasswordInput, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { createUserInput, type Program } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { type MembershipInput, useCreateUser } from "./admin-api";
import { MembershipsEditor } from "./memberships-editor";

export const UserForm = ({ programs }: { programs: Program[] }) => {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [isAdmin, setIsAdmin] = useState(false);
  const [memberships, setMemberships] = useState<MembershipInput[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const parsed = createUserInput.safeParse({ name, email, password, isAdmin, memberships });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: () => {
        setName("");
        setEmail("");
        setPassword("");
        setIsAdmin(false);
        setMemberships([]);
        setDone(true);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <Title order={3} size="h4" id="new-user-title" mb="sm">
        {t("admin.newUser")}
      </Title>
      <Stack gap="sm">
        <FormErrorAlert error={create.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("admin.userName")}
            required
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <TextInput
            label={t("admin.email")}
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            label={t("admin.initialPassword")}
            description={t("admin.initialPasswordHint")}
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
        </SimpleGrid>
        <Checkbox label={t("admin.isAdmin")} checked={isAdmin} onChange={(e) => setIsAdmin(e.currentTarget.checked)} />
        <MembershipsEditor programs={programs} value={memberships} onChange={setMemberships} error={errors.memberships} />
        <SuccessAlert message={done ? t("admin.userCreated") : null} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t("admin.createUser")}
        </Button>
      </Stack>
    </Card>
  );
};
