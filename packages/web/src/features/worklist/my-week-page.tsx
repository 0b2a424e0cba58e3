import { Anchor, Button, Collapse, Group, NativeSelect, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import type { WorklistItem } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatLongDate } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { useStoredState } from "../../shared/hooks/use-stored-state";
import { CASELOAD_ROLES, membersWithRoles, useMembers, useProgramsWith } from "../programs/programs-queries";
import { EmployerContactsIntro, EmployerContactsWeekTable } from "./employer-contacts-week";
import { useWorklist } from "./worklist-api";
import { WorklistItemCard } from "./worklist-item-card";

const groups = ["overdue", "due_today", "upcoming"] as const;
const isScope = (value: string): value is "mine" | "team" => value === "mine" || value === "team";

/**
 * "Ma semaine": the home page of specialists and team leads. What the IPS timing rules ask now, grouped by
 * urgency, each item explained and linked to its record; the team lead switches to the whole team's list.
 */
export const MyWeekPage = () => {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const { programs } = useProgramsWith("worklist.read");
  const [chosenProgram, setChosenProgram] = useState("");
  const programId = chosenProgram || programs[0]?.id || "";
  const isLead = programId ? access.can("caseload.overview", programId) : false;
  const [storedScope, setScope] = useStoredState("passerelle.worklist.scope", isScope, "mine");
  const scope = isLead ? storedScope : "mine";
  const [specialistId, setSpecialistId] = useState("");
  const members = useMembers(isLead ? programId : null);
  const specialists = membersWithRoles(members.data, CASELOAD_ROLES);
  const names = new Map(specialists.map((m) => [m.userId, m.name]));
  const [showSnoozed, setShowSnoozed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const list = useWorklist({ scope, programId: programId || undefined, specialistId: scope === "team" && specialistId ? specialistId : undefined });
  const data = list.data;
  const specialistOf = (item: WorklistItem) => (scope === "team" ? (item.specialistId ? (names.get(item.specialistId) ?? "") : null) : undefined);

  // The team lead looks at the week's employer contacts first; a specialist reads their own count last.
  const employerContacts = data ? (
    <section aria-labelledby="worklist-employer-contacts">
      <Title order={2} size="h3" id="worklist-employer-contacts" mb={4}>
        {t("worklist.employerContacts.title")}
      </Title>
      <EmployerContactsIntro week={data.employerContacts} />
      {scope === "team" ? (
        <EmployerContactsWeekTable week={data.employerContacts} />
      ) : (
        <Text fw={700}>
          {t("worklist.employerContacts.mine", { count: data.employerContacts.rows[0]?.faceToFace ?? 0, target: data.employerContacts.target })}
        </Text>
      )}
    </section>
  ) : null;

  return (
    <>
      <PageHeader
        title={scope === "team" ? t("worklist.teamTitle") : t("worklist.title")}
        description={data ? t("worklist.intro", { date: formatLongDate(data.date, i18n.language) }) : undefined}
        actions={
          programId && access.can("worklist.configure", programId) ? (
            <Anchor component={Link} to="/team/worklist-settings">
              {t("worklist.settingsLink")}
            </Anchor>
          ) : undefined
        }
      />
      <Stack gap="lg">
        {programs.length > 1 || isLead ? (
          <Group align="flex-end" gap="md">
            {programs.length > 1 ? (
              <NativeSelect
                label={t("worklist.program")}
                value={programId}
                onChange={(e) => setChosenProgram(e.currentTarget.value)}
                data={programs.map((p) => ({ value: p.id, label: p.name }))}
              />
            ) : null}
            {isLead ? (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="worklist-scope-label">
                  {t("worklist.scope")}
                </Text>
                <SegmentedControl
                  aria-labelledby="worklist-scope-label"
                  value={scope}
                  onChange={(v) => isScope(v) && setScope(v)}
                  data={[
                    { value: "mine", label: t("worklist.scopeMine") },
                    { value: "team", label: t("worklist.scopeTeam") },
                  ]}
                />
              </Stack>
            ) : null}
            {scope === "team" ? (
              <NativeSelect
                label={t("worklist.specialist")}
                value={specialistId}
                onChange={(e) => setSpecialistId(e.currentTarget.value)}
                data={[{ value: "", label: t("worklist.allSpecialists") }, ...specialists.map((m) => ({ value: m.userId, label: m.name }))]}
              />
            ) : null}
          </Group>
        ) : null}
        <SuccessAlert message={message} />
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : data ? (
          <>
            {scope === "team" ? employerContacts : null}
            {data.items.length === 0 ? <Text>{t("worklist.allClear")}</Text> : null}
            {groups.map((state) => {
              const items = data.items.filter((i) => i.state === state);
              if (items.length === 0) return null;
              return (
                <section key={state} aria-labelledby={`worklist-${state}`}>
                  <Title order={2} size="h3" id={`worklist-${state}`} mb="sm">
                    {t(`worklist.groups.${state}`)}{" "}
                    <Text span c="dimmed" fw={400} size="md">
                      ({t("worklist.count", { count: items.length })})
                    </Text>
                  </Title>
                  <Stack gap="sm">
                    {items.map((item) => (
                      <WorklistItemCard key={item.id} item={item} specialistName={specialistOf(item)} onMessage={setMessage} />
                    ))}
                  </Stack>
                </section>
              );
            })}
            {data.snoozed.length > 0 ? (
              <section aria-labelledby="worklist-snoozed">
                <Title order={2} size="h3" id="worklist-snoozed" mb="sm">
                  {t("worklist.snoozed.title", { count: data.snoozed.length })}
                </Title>
                <Button variant="subtle" px={0} aria-expanded={showSnoozed} aria-controls="worklist-snoozed-list" onClick={() => setShowSnoozed((v) => !v)}>
                  {showSnoozed ? t("worklist.snoozed.hide") : t("worklist.snoozed.show", { count: data.snoozed.length })}
                </Button>
                <Collapse expanded={showSnoozed} id="worklist-snoozed-list">
                  <Stack gap="sm" mt="sm">
                    {data.snoozed.map((item) => (
                      <WorklistItemCard key={item.id} item={item} specialistName={specialistOf(item)} onMessage={setMessage} />
                    ))}
                  </Stack>
                </Collapse>
              </section>
            ) : null}
            {scope === "mine" ? employerContacts : null}
          </>
        ) : null}
      </Stack>
    </>
  );
};
