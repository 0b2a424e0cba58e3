import { Center, Group, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type LoadingStateProps = { label?: string; fullPage?: boolean };

/** A polite "loading" announcement with a spinner. */
export const LoadingState = ({ label, fullPage = false }: LoadingStateProps) => {
  const { t } = useTranslation();
  return (
    <Center mih={fullPage ? "100vh" : 120} role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{label ?? t("app.loading")}</Text>
      </Group>
    </Center>
  );
};
