import { Anchor, Badge, Box, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { Service, ServiceReferent } from "@passerelle/domain";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { useAccess } from "../../shared/hooks/use-access";
import { usePrograms } from "../programs/programs-queries";
import { ReferentFormModal } from "./referent-form-modal";
import { ServiceFormModal } from "./service-form-modal";
import { useServices } from "./services-api";

const dtStyle = { fontWeight: 600, fontSize: "var(--mantine-font-size-sm)" } as const;
const ddStyle = { margin: 0, fontSize: "var(--mantine-font-size-sm)" } as const;

/** A phone number and an e-mail address as links (one tap from a phone), or nothing. */
export const ContactLinks = ({ phone, email }: { phone: string; email: string }) => (
  <>
    {phone ? (
      <Anchor href={`tel:${phone.replace(/[^+0-9]/g, "")}`} size="sm">
        {phone}
      </Anchor>
    ) : null}
    {phone && email ? <Text span size="sm" aria-hidden="true">{" · "}</Text> : null}
    {email ? (
      <Anchor href={`mailto:${email}`} size="sm" style={{ overflowWrap: "anywhere" }}>
        {email}
      </Anchor>
    ) : null}
  </>
);

type Target = { serviceId: string; serviceName: string; referent: ServiceReferent | null };

type ServiceCardProps = {
  service: Service;
  programName: string | null;
  canWrite: boolean;
  onEdit: () => void;
  onReferent: (target: Target) => void;
};

const ServiceCard = ({ service: s, programName, canWrite, onEdit, onReferent }: ServiceCardProps) => {
  const { t } = useTranslation();
  const titleId = `service-${s.id}`;
  const details: [string, ReactNode][] = [
    [t("services.address"), s.address],
    [t("services.contact"), s.phone || s.email ? <ContactLinks phone={s.phone} email={s.email} /> : ""],
    [t("services.notes"), s.notes],
  ].filter(([, value]) => Boolean(value)) as [string, ReactNode][];
  return (
    <Card withBorder padding="md" radius="md" component="li" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4" id={titleId}>
              {s.name}
            </Title>
            {programName ? (
              <Text size="sm" c="dimmed">
                {programName}
              </Text>
            ) : null}
          </Stack>
          <Group gap={6}>
            <Badge variant="light" radius="sm" tt="none" fw={600}>
              {t(`services.kinds.${s.kind}`)}
            </Badge>
            {s.archived ? (
              <Badge variant="light" color="gray" radius="sm" tt="none" fw={600}>
                {t("services.archivedBadge")}
              </Badge>
            ) : null}
          </Group>
        </Group>
        {details.length > 0 ? (
          <Box component="dl" m={0} style={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "0.75rem", rowGap: "0.25rem" }}>
            {details.map(([label, value]) => (
              <Box key={label} style={{ display: "contents" }}>
                <dt style={dtStyle}>{label}</dt>
                <dd style={{ ...ddStyle, whiteSpace: "pre-line" }}>{value}</dd>
              </Box>
            ))}
          </Box>
        ) : null}
        <Title order={3} size="h6">
          {t("services.referentsTitle")}
        </Title>
        {s.referents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("services.noReferents")}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("services.referentsOf", { name: s.name })}>
            {s.referents.map((r) => (
              <Group component="li" key={r.id} justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} c={r.archived ? "dimmed" : undefined}>
                    {r.name}
                    {r.profession ? <Text span size="sm" fw={400}>{` · ${r.profession}`}</Text> : null}
                    {r.archived ? <Text span size="sm" fw={400}>{` (${t("services.referentArchivedBadge")})`}</Text> : null}
                  </Text>
                  <Text size="sm" component="div">
                    <ContactLinks phone={r.phone} email={r.email} />
                  </Text>
                </Stack>
                {canWrite ? (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    style={{ flexShrink: 0 }}
                    onClick={() => onReferent({ serviceId: s.id, serviceName: s.name, referent: r })}
                    aria-label={t("services.editReferentOf", { name: r.name })}
                  >
                    {t("common.edit")}
                  </Button>
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
        {canWrite ? (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={onEdit} aria-label={t("services.editServiceOf", { name: s.name })}>
              {t("services.editService")}
            </Button>
            <Button
              size="xs"
              variant="light"
              onClick={() => onReferent({ serviceId: s.id, serviceName: s.name, referent: null })}
              aria-label={t("services.addReferentTo", { name: s.name })}
            >
              {t("services.addReferent")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
};

/**
 * The partner services register (« Services partenaires »): the mental health services the people are followed by,
 * and their referents. Read by the whole team; edited by the employment team.
 */
export const ServicesPage = () => {
  const { t } = useTranslation();
  const access = useAccess();
  const [includeArchived, setIncludeArchived] = useState(false);
  const services = useServices({ includeArchived });
  const programsQuery = usePrograms();
  const programs = programsQuery.data ?? [];
  const writablePrograms = programs.filter((p) => access.can("service.write", p.id));
  const [editing, setEditing] = useState<Service | "new" | null>(null);
  const [referentTarget, setReferentTarget] = useState<Target | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const programName = (id: string) => (programs.length > 1 ? (programs.find((p) => p.id === id)?.name ?? null) : null);

  return (
    <>
      <PageHeader
        title={t("services.title")}
        description={t("services.description")}
        actions={
          writablePrograms.length > 0 ? (
            <Button
              onClick={() => {
                setSaved(null);
                setEditing("new");
              }}
            >
              {t("services.new")}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Checkbox label={t("services.showArchived")} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
        <SuccessAlert message={saved} />
        {services.isPending ? (
          <LoadingState />
        ) : services.isError ? (
          <ErrorState error={services.error} onRetry={() => void services.refetch()} />
        ) : services.data.length === 0 ? (
          <Text c="dimmed">{t("services.empty")}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("services.listLabel")}>
            {services.data.map((s) => (
              <ServiceCard
                key={s.id}
                service={s}
                programName={programName(s.programId)}
                canWrite={access.can("service.write", s.programId)}
                onEdit={() => {
                  setSaved(null);
                  setEditing(s);
                }}
                onReferent={(target) => {
                  setSaved(null);
                  setReferentTarget(target);
                }}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <ServiceFormModal
        opened={editing !== null}
        service={editing === "new" ? null : editing}
        programs={writablePrograms}
        onClose={() => setEditing(null)}
        onSaved={(s) => {
          setEditing(null);
          setSaved(t("services.savedService", { name: s.name }));
        }}
      />
      <ReferentFormModal
        target={referentTarget}
        onClose={() => setReferentTarget(null)}
        onSaved={(r) => {
          setReferentTarget(null);
          setSaved(t("services.savedReferent", { name: r.name }));
        }}
      />
    </>
  );
};
