import { Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { UserWithMemberships } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { usePrograms } from "../programs/programs-queries";
import { useServices } from "../services/services-api";
import { useUsers } from "./admin-api";
import { EditMembershipsModal } from "./edit-memberships-modal";
import { UserForm } from "./user-form";
import { TableScroll } from "../../shared/components/table-scroll";

export const UsersSection = () => {
  const { t } = useTranslation();
  const users = useUsers();
  const programs = usePrograms();
  const [editing, setEditing] = useState<UserWithMemberships | null>(null);
  const [saved, setSaved] = useState(false);
  const programList = programs.data ?? [];
  // The partner service of each clinician, by name (the register of every program the administrator runs).
  const services = useServices({ includeArchived: true });
  const serviceNames = new Map((services.data ?? []).map((s) => [s.id, s.name]));

  return (
    <section aria-labelledby="users-title">
      <Title order={2} size="h3" id="users-title" mb="md">
        {t("admin.usersTitle")}
      </Title>
      <Stack gap="md">
        <SuccessAlert message={saved ? t("admin.membershipsSaved") : null} />
        {users.isPending ? (
          <LoadingState />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : users.data.length === 0 ? (
          <Text c="dimmed">{t("admin.noUsers")}</Text>
        ) : (
          <TableScroll label={t("admin.usersCaption")} minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t("admin.usersCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("admin.userName")}</Table.Th>
                  <Table.Th scope="col">{t("admin.email")}</Table.Th>
                  <Table.Th scope="col">{t("admin.memberships")}</Table.Th>
                  <Table.Th scope="col">{t("common.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Th scope="row">
                      <Group gap={6}>
                        {u.name}
                        {u.isAdmin ? (
                          <Badge size="sm" variant="light" color="grape" tt="none">
                            {t("admin.adminBadge")}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Th>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>
                      {u.memberships.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t("admin.noMemberships")}
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {u.memberships.map((m) => (
                            <Text size="sm" key={m.programId}>
                              {m.programName} · {t(`roles.${m.role}`)}
                              {m.serviceId ? ` · ${serviceNames.get(m.serviceId) ?? ""}` : ""}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => {
                          setSaved(false);
                          setEditing(u);
                        }}
                        aria-label={t("admin.editMembershipsOf", { name: u.name })}
                      >
                        {t("admin.editMemberships")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        <UserForm programs={programList} />
      </Stack>
      <EditMembershipsModal
        user={editing}
        programs={programList}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setSaved(true);
        }}
      />
    </section>
  );
};
