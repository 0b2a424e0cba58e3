import { Accordion, Button, Group, NumberInput, Stack, Table, Text } from "@mantine/core";
import {
  currentFidelityScale,
  cutoffKeys,
  defaultExemplaryFrom,
  defaultFidelityThresholds,
  exemplaryFromRange,
  type FidelitySettings,
  thresholdItemIds,
  type ThresholdValue,
} from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDateTime } from "../../shared/format/dates";
import { pick } from "./fidelity-labels";
import { useFidelitySettings, useSaveFidelitySettings } from "./fidelity-api";

type Row = { itemId: string; key: string; unit: string; value: ThresholdValue };

/** Every value a program may adjust: the unconfirmed cut-offs and parameters of the indicators. */
const adjustable: Row[] = thresholdItemIds.flatMap((itemId) => {
  const item = defaultFidelityThresholds[itemId];
  const cutoffs = cutoffKeys.map((key) => ({ itemId, key, unit: item.unit, value: item.cutoffs[key] }));
  const params = Object.entries(item.params).map(([key, value]) => ({ itemId, key, unit: key === "minCoverage" ? "share" : "count", value }));
  return [...cutoffs, ...params].filter((row) => row.value.status === "unconfirmed");
});

const isShare = (unit: string) => unit === "share";
/** Shares are stored 0-1 and typed as percentages. */
const shown = (unit: string, value: number) => (isShare(unit) ? Math.round(value * 1000) / 10 : value);
const stored = (unit: string, value: number) => (isShare(unit) ? Math.round(value * 10) / 1000 : value);

const SettingsForm = ({ settings, canWrite }: { settings: FidelitySettings; canWrite: boolean }) => {
  const { t, i18n } = useTranslation();
  const save = useSaveFidelitySettings(settings.programId);
  const [saved, setSaved] = useState<string | null>(null);
  const initial = () => {
    const values: Record<string, number | string> = { "band.exemplaryFrom": settings.exemplaryFrom };
    for (const row of adjustable) values[`${row.itemId}.${row.key}`] = shown(row.unit, settings.thresholds[row.itemId]?.[row.key] ?? row.value.value);
    return values;
  };
  const [values, setValues] = useState(initial);
  const fieldError = (path: string) => (isApiError(save.error) ? save.error.fields.find((f) => f.path === `thresholds.${path}`)?.message : undefined);
  const submit = () => {
    setSaved(null);
    const thresholds: Record<string, Record<string, number>> = {};
    for (const row of adjustable) {
      const raw = values[`${row.itemId}.${row.key}`];
      if (raw === "" || raw === undefined) continue;
      const value = stored(row.unit, Number(raw));
      // Only what differs from the scale is the program's own value.
      if (value !== row.value.value) thresholds[row.itemId] = { ...thresholds[row.itemId], [row.key]: value };
    }
    const exemplary = Number(values["band.exemplaryFrom"]);
    if (values["band.exemplaryFrom"] !== "" && exemplary !== defaultExemplaryFrom) thresholds.band = { exemplaryFrom: exemplary };
    save.mutate({ version: settings.version, thresholds }, { onSuccess: () => setSaved(t("fidelityReviews.settings.saved")) });
  };
  const exemplaryNote = currentFidelityScale().bandsUnconfirmed[0];
  return (
    <Stack gap="sm">
      <Text size="sm">{t("fidelityReviews.settings.description")}</Text>
      {settings.updatedAt ? (
        <Text size="sm" c="dark.4">
          {t("fidelityReviews.settings.updated", { date: formatDateTime(settings.updatedAt, i18n.language), name: settings.updatedBy?.name ?? "" })}
        </Text>
      ) : null}
      <NumberInput
        label={t("fidelityReviews.settings.exemplaryFrom")}
        description={`${t("fidelityReviews.unconfirmed.adjustable")} — ${exemplaryNote ? pick(exemplaryNote.origin, i18n.language) : ""}`}
        value={values["band.exemplaryFrom"]}
        onChange={(v) => setValues((s) => ({ ...s, "band.exemplaryFrom": v }))}
        min={exemplaryFromRange.min}
        max={exemplaryFromRange.max}
        disabled={!canWrite}
        error={fieldError("band.exemplaryFrom")}
        maw={420}
      />
      <TableScroll label={t("fidelityReviews.settings.tableCaption")} minWidth={720}>
        <Table verticalSpacing="xs">
          <Table.Caption>{t("fidelityReviews.settings.tableCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("fidelityReviews.settings.item")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.settings.value")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.settings.scaleValue")}</Table.Th>
              <Table.Th scope="col">{t("fidelityReviews.settings.source")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {adjustable.map((row) => {
              const path = `${row.itemId}.${row.key}`;
              const label = `${row.itemId} · ${t(`fidelityReviews.settings.keys.${row.key.startsWith("score") ? "score" : "param"}`, { key: row.key, score: row.key.slice(5) })}`;
              return (
                <Table.Tr key={path}>
                  <Table.Th scope="row" fw={400}>
                    {label}
                  </Table.Th>
                  <Table.Td>
                    <NumberInput
                      aria-label={label}
                      value={values[path]}
                      onChange={(v) => setValues((s) => ({ ...s, [path]: v }))}
                      suffix={isShare(row.unit) ? " %" : undefined}
                      decimalScale={isShare(row.unit) ? 1 : 2}
                      disabled={!canWrite}
                      error={fieldError(path)}
                      w={140}
                    />
                  </Table.Td>
                  <Table.Td>
                    {shown(row.unit, row.value.value)}
                    {isShare(row.unit) ? " %" : ""}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {t("fidelityReviews.unconfirmed.adjustable")} — {row.value.source}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <FormErrorAlert error={save.error} />
      <SuccessAlert message={saved} />
      {canWrite ? (
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t("fidelityReviews.settings.save")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
};

/** The program's values for what the scale leaves unconfirmed, folded away: reviews are the page's subject. */
export const FidelitySettingsSection = ({ programId, canWrite }: { programId: string; canWrite: boolean }) => {
  const { t } = useTranslation();
  const settings = useFidelitySettings(programId);
  return (
    <Accordion variant="separated">
      <Accordion.Item value="settings">
        <Accordion.Control>{t("fidelityReviews.settings.title")}</Accordion.Control>
        <Accordion.Panel>
          {settings.isError ? <ErrorState error={settings.error} /> : settings.data ? <SettingsForm key={`${programId}-${settings.data.version}`} settings={settings.data} canWrite={canWrite} /> : <LoadingState />}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
};
