import { Anchor, Button, Checkbox, Group, NativeSelect, Pagination, Stack, Table, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { StatusBadge } from "../../shared/components/status-badge";
import { LastContact } from "../caseload/last-contact";
import { participantName } from "../caseload/participants-table";
import { useParticipants } from "../participants/participants-queries";
import { CASELOAD_ROLES, membersWithRoles, useMembers } from "../programs/programs-queries";
import { useReassign } from "./team-api";
import { TableScroll } from "../../shared/components/table-scroll";

const PAGE_SIZE = 50;
const NOBODY = "__nobody__";

/** Bulk reassignment: tick people, pick the specialist, confirm. */
export const ReassignPanel = ({ programId }: { programId: string }) => {
  const { t } = useTranslation();
  const [filterSpecialist, setFilterSpecialist] = useState("");
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const members = useMembers(programId);
  const specialists = membersWithRoles(members.data, CASELOAD_ROLES);
  const list = useParticipants({
    programId,
    specialistId: filterSpecialist || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const reassign = useReassign();
  const items = list.data?.items ?? [];
  const active = items.filter((p) => p.status !== "closed");
  const allOnPage = active.length > 0 && active.every((p) => selected.has(p.id));
  const someOnPage = active.some((p) => selected.has(p.id));
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (selected.size === 0 || !target) return;
    reassign.mutate(
      { participantIds: [...selected], specialistId: target === NOBODY ? null : target },
      {
        onSuccess: (result) => {
          setDone(t("team.reassignDone", { count: result.updated }));
          setSelected(new Set());
          setTarget("");
        },
      },
    );
  };

  return (
    <section aria-labelledby="reassign-title">
      <Title order={2} size="h3" id="reassign-title" mb="sm">
        {t("team.participantsTitle")}
      </Title>
      <Stack gap="md">
        <NativeSelect
          label={t("team.filterSpecialist")}
          value={filterSpecialist}
          onChange={(e) => {
            setFilterSpecialist(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: "", label: t("common.all") },
            { value: "none", label: t("caseload.scopeUnassigned") },
            ...specialists.map((m) => ({ value: m.userId, label: m.name })),
          ]}
          maw={360}
        />
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Text fw={600} role="status" aria-live="polite">
              {t("team.selected", { count: selected.size })}
            </Text>
            <FormErrorAlert error={reassign.error} />
            <SuccessAlert message={done} />
            <Group align="flex-end" gap="sm">
              <NativeSelect
                label={t("team.reassignTo")}
                value={target}
                onChange={(e) => setTarget(e.currentTarget.value)}
                data={[
                  { value: "", label: t("common.choose") },
                  ...specialists.map((m) => ({ value: m.userId, label: m.name })),
                  { value: NOBODY, label: t("team.reassignNobody") },
                ]}
                miw={260}
              />
              <Button type="submit" disabled={selected.size === 0 || !target} loading={reassign.isPending}>
                {t("team.reassign")}
              </Button>
            </Group>
          </Stack>
        </form>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <TableScroll label={t("team.participantsCaption")} minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t("team.participantsCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={48}>
                    <Checkbox
                      aria-label={t("team.selectAll")}
                      checked={allOnPage}
                      indeterminate={someOnPage && !allOnPage}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setSelected((s) => {
                          const next = new Set(s);
                          for (const p of active) {
                            if (on) next.add(p.id);
                            else next.delete(p.id);
                          }
                          return next;
                        });
                      }}
                    />
                  </Table.Th>
                  <Table.Th scope="col">{t("caseload.name")}</Table.Th>
                  <Table.Th scope="col">{t("status.label")}</Table.Th>
                  <Table.Th scope="col">{t("caseload.specialist")}</Table.Th>
                  <Table.Th scope="col">{t("caseload.lastContact")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t("team.selectOne", { name: participantName(p) })}
                        checked={selected.has(p.id)}
                        onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={`/participants/${p.id}`} className="row-link">
                        {participantName(p)}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td>{p.specialistName ?? t("caseload.unassigned")}</Table.Td>
                    <Table.Td>
                      <LastContact date={p.lastContactDate} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {pages > 1 ? (
          <Group justify="center" component="nav" aria-label={t("common.pagination")}>
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) =>
                control === "previous"
                  ? { "aria-label": t("common.previousPage") }
                  : control === "next"
                    ? { "aria-label": t("common.nextPage") }
                    : {}
              }
            />
          </Group>
        ) : null}
      </Stack>
    </section>
  );
};
