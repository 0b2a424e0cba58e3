import { Alert, Button, Modal, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatDateTime } from "../../shared/format/dates";
import { type ProfileVersion, useProfileHistory } from "./profile-api";
import { ProfileSections } from "./profile-sections";
import { TableScroll } from "../../shared/components/table-scroll";

/** Every saved version, newest first; any of them can be opened read-only. */
export const ProfileHistory = ({ participantId, currentVersion }: { participantId: string; currentVersion: number }) => {
  const { t, i18n } = useTranslation();
  const history = useProfileHistory(participantId);
  const [open, setOpen] = useState<ProfileVersion | null>(null);

  return (
    <section aria-labelledby="profile-history-title">
      <Title order={2} size="h3" id="profile-history-title" mb={4}>
        {t("profile.history")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("profile.historyIntro")}
      </Text>
      {history.isPending ? (
        <LoadingState />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Text c="dimmed">{t("profile.historyEmpty")}</Text>
      ) : (
        <TableScroll label={t("profile.history")} minWidth={420}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("profile.historyVersion", { version: "" }).trim()}</Table.Th>
                <Table.Th scope="col">{t("profile.historySavedAt")}</Table.Th>
                <Table.Th scope="col">{t("profile.historySavedBy")}</Table.Th>
                <Table.Th scope="col">{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td>{v.version}</Table.Td>
                  <Table.Td>{formatDateTime(v.savedAt, i18n.language)}</Table.Td>
                  <Table.Td>{v.savedBy ?? t("common.unknownPerson")}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setOpen(v)}
                      aria-label={t("profile.openVersion", { version: v.version })}
                    >
                      {t("common.view")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="xl"
        title={
          open
            ? t("profile.versionModalTitle", { version: open.version, date: formatDateTime(open.savedAt, i18n.language) })
            : ""
        }
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {open ? (
          <>
            <Alert color="gray" variant="light" mb="md">
              {open.version === currentVersion ? t("profile.currentVersionNotice") : t("profile.readOnlyNotice")}
            </Alert>
            <ProfileSections value={open.data} onChange={() => undefined} errors={{}} readOnly />
          </>
        ) : null}
      </Modal>
    </section>
  );
};
