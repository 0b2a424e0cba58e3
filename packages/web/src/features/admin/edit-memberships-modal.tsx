import { Button, Group, Modal, Stack } from "@mantine/core";
import type { Program, UserWithMemberships } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { type MembershipInput, useSetMemberships } from "./admin-api";
import { MembershipsEditor } from "./memberships-editor";

type EditMembershipsModalProps = {
  user: UserWithMemberships | null;
  programs: Program[];
  onClose: () => void;
  onSaved: () => void;
};

export const EditMembershipsModal = ({ user, programs, onClose, onSaved }: EditMembershipsModalProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t("admin.editMembershipsOf", { name: user.name }) : ""}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {user ? <EditMembershipsForm key={user.id} user={user} programs={programs} onSaved={onSaved} onCancel={onClose} /> : null}
    </Modal>
  );
};

type EditMembershipsFormProps = { user: UserWithMemberships; programs: Program[]; onSaved: () => void; onCancel: () => void };

const EditMembershipsForm = ({ user, programs, onSaved, onCancel }: EditMembershipsFormProps) => {
  const { t } = useTranslation();
  const save = useSetMemberships();
  const [memberships, setMemberships] = useState<MembershipInput[]>(
    user.memberships.map((m) => ({ programId: m.programId, role: m.role, serviceId: m.serviceId })),
  );
  return (
    <Stack gap="md">
      <FormErrorAlert error={save.error} />
      <MembershipsEditor programs={programs} value={memberships} onChange={setMemberships} />
      <Group>
        <Button loading={save.isPending} onClick={() => save.mutate({ userId: user.id, memberships }, { onSuccess: onSaved })}>
          {t("common.save")}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </Group>
    </Stack>
  );
};
