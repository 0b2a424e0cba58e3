import { Alert, Anchor, Button, Group, Input, NativeSelect, Stack, Text } from "@mantine/core";
import { EMPLOYER_IMPORT_MAX_BYTES, type EmployerImportPreview } from "@passerelle/domain";
import { type ChangeEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../../api/api-error";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { useErrorMessage } from "../../shared/hooks/use-error-message";
import { useProgramsWith } from "../programs/programs-queries";
import { useImportEmployers, usePreviewEmployerImport } from "./employer-import-api";
import { EmployerImportReport } from "./employer-import-report";

/** The words of a refused file: the server's message about the file itself when it gave one. */
const useFileErrorMessage = () => {
  const message = useErrorMessage();
  return (error: unknown): string => {
    const fileField = isApiError(error) ? error.fields.find((f) => f.path === "file") : undefined;
    return fileField?.message ?? message(error);
  };
};

/**
 * Import of an employer list: choose the file, read the preview (nothing is saved yet), confirm, read the report.
 * The preview and the import read the same file; the import classifies it again against the register as it is then.
 */
export const EmployerImportPage = () => {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { programs, isPending } = useProgramsWith("employer.write");
  const [programId, setProgramId] = useState("");
  const effectiveProgramId = programId || programs[0]?.id || "";
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const preview = usePreviewEmployerImport();
  const importing = useImportEmployers();
  const fileError = useFileErrorMessage();

  if (isPending) return <LoadingState />;

  const read = (chosen: File | null, program = effectiveProgramId) => {
    importing.reset();
    preview.reset();
    setLocalError(null);
    setFile(chosen);
    if (!chosen) return;
    // Said at once rather than after sending 2 MB for nothing; the server checks it again.
    if (chosen.size > EMPLOYER_IMPORT_MAX_BYTES) {
      setLocalError(t("employerTransfer.fileTooLarge"));
      return;
    }
    preview.mutate({ file: chosen, programId: program, language: i18n.language });
  };

  const chooseAnother = () => {
    read(null);
    if (inputRef.current) {
      inputRef.current.value = "";
      inputRef.current.focus();
    }
  };

  const report: EmployerImportPreview | undefined = importing.data ?? preview.data;
  const error = localError ?? (preview.error ? fileError(preview.error) : importing.error ? fileError(importing.error) : null);
  const created = importing.data?.created ?? null;

  return (
    <>
      <PageHeader title={t("employerTransfer.importTitle")} description={t("employerTransfer.importIntro")} />
      <Stack maw={960} gap="md">
        <Text size="sm">{t("employerTransfer.columnsHint")}</Text>
        {programs.length > 1 ? (
          <NativeSelect
            label={t("employers.program")}
            value={effectiveProgramId}
            onChange={(e) => {
              setProgramId(e.currentTarget.value);
              if (file) read(file, e.currentTarget.value);
            }}
            data={programs.map((p) => ({ value: p.id, label: p.name }))}
            maw={480}
          />
        ) : null}
        <Input.Wrapper label={t("employerTransfer.file")} description={t("employerTransfer.fileHint")} id={inputId} maw={480}>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="file-input"
            aria-describedby={`${inputId}-description`}
            onChange={(e: ChangeEvent<HTMLInputElement>) => read(e.currentTarget.files?.[0] ?? null)}
            disabled={importing.isPending}
            style={{ display: "block", marginTop: "0.25rem", font: "inherit" }}
          />
        </Input.Wrapper>
        <div aria-live="polite" aria-busy={preview.isPending || importing.isPending}>
          {preview.isPending ? <Text>{t("employerTransfer.reading")}</Text> : null}
          {importing.isPending ? <Text>{t("employerTransfer.importing")}</Text> : null}
        </div>
        {error ? (
          <Alert color="red" variant="light" role="alert" title={t("employerTransfer.refusedTitle")}>
            {error}
          </Alert>
        ) : null}
        <SuccessAlert message={created !== null ? t("employerTransfer.done", { count: created }) : null} />
        {report ? (
          <Stack gap="lg" component="section" aria-label={created !== null ? t("employerTransfer.reportTitle") : t("employerTransfer.summary")}>
            <EmployerImportReport report={report} imported={created !== null} />
            <Group>
              {created === null && report.accepted.length > 0 && report.missingRequired.length === 0 ? (
                <Button
                  loading={importing.isPending}
                  onClick={() => file && importing.mutate({ file, programId: effectiveProgramId, language: i18n.language })}
                >
                  {t("employerTransfer.confirm", { count: report.accepted.length })}
                </Button>
              ) : null}
              {created !== null ? (
                <Button component={Link} to="/employers">
                  {t("employerTransfer.backToList")}
                </Button>
              ) : null}
              <Button variant="default" onClick={chooseAnother}>
                {t("employerTransfer.chooseAnother")}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {!report ? (
          <Anchor component={Link} to="/employers">
            {t("employers.backToList")}
          </Anchor>
        ) : null}
      </Stack>
    </>
  );
};
