import { Button, Checkbox, Group, Modal, NativeSelect, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import {
  maxNetworkMemberName,
  type NetworkCloseness,
  type NetworkMember,
  type NetworkMemberKind,
  type NetworkRelationEffect,
  type NetworkSupportType,
  networkClosenessLevels,
  networkMemberKinds,
  networkNameKey,
  networkRelationEffects,
  networkSupportTypes,
} from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { EffectIcon } from "./effect-marker";
import { useNetworkMapText } from "./use-network-map-text";

/**
 * A member's id, chosen here and kept from one snapshot to the next. `crypto.randomUUID` exists only on secure
 * pages (HTTPS, localhost); a team's server reached over plain HTTP on its network still gets a UUID v4.
 */
export const newMemberId = (): string => {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const blankMember = (): NetworkMember => ({ id: newMemberId(), name: "", kind: "family", supports: [], closeness: 2, effect: "helps", note: "" });

const isKind = (v: string): v is NetworkMemberKind => (networkMemberKinds as readonly string[]).includes(v);
const isEffect = (v: string): v is NetworkRelationEffect => (networkRelationEffects as readonly string[]).includes(v);
const isSupport = (v: string): v is NetworkSupportType => (networkSupportTypes as readonly string[]).includes(v);
const toCloseness = (v: string): NetworkCloseness | null => networkClosenessLevels.find((c) => String(c) === v) ?? null;

type MemberFormProps = {
  /** The member being edited, or a blank one to add; null closes the dialog. */
  member: NetworkMember | null;
  adding: boolean;
  /** The other members' names, so the same name is refused here rather than by the server. */
  otherNames: readonly string[];
  onSubmit: (member: NetworkMember) => void;
  onClose: () => void;
};

/** One person or organisation of the map, in a dialog: who, what they give, how close, whether it helps or weighs. */
export const MemberFormModal = ({ member, adding, otherNames, onSubmit, onClose }: MemberFormProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={member !== null}
      onClose={onClose}
      title={adding || !member ? t("networkMaps.member.addTitle") : t("networkMaps.member.editTitle", { name: member.name })}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {member ? <MemberForm key={member.id} initial={member} adding={adding} otherNames={otherNames} onSubmit={onSubmit} onCancel={onClose} /> : null}
    </Modal>
  );
};

type FormProps = { initial: NetworkMember; adding: boolean; otherNames: readonly string[]; onSubmit: (m: NetworkMember) => void; onCancel: () => void };

const MemberForm = ({ initial, adding, otherNames, onSubmit, onCancel }: FormProps) => {
  const { t } = useTranslation();
  const text = useNetworkMapText();
  const [draft, setDraft] = useState<NetworkMember>(initial);
  const [nameError, setNameError] = useState<string | null>(null);
  const set = (patch: Partial<NetworkMember>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = draft.name.trim();
    const error = !name
      ? t("validation.required")
      : otherNames.some((other) => networkNameKey(other) === networkNameKey(name))
        ? t("networkMaps.member.duplicateName")
        : null;
    setNameError(error);
    if (error) {
      focusFirstInvalid(form);
      return;
    }
    onSubmit({ ...draft, name, note: draft.note.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t("networkMaps.member.name")}
          description={t("networkMaps.member.nameHelp")}
          required
          maxLength={maxNetworkMemberName}
          value={draft.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={nameError}
          data-autofocus
        />
        <NativeSelect
          label={t("networkMaps.member.kind")}
          value={draft.kind}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isKind(v)) set({ kind: v });
          }}
          data={networkMemberKinds.map((k) => ({ value: k, label: text.kind(k) }))}
        />
        <Checkbox.Group
          label={t("networkMaps.member.supports")}
          description={t("networkMaps.member.supportsHelp")}
          value={draft.supports}
          onChange={(values) => set({ supports: networkSupportTypes.filter((s) => values.filter(isSupport).includes(s)) })}
        >
          <Stack gap={6} mt="xs">
            {networkSupportTypes.map((s) => (
              <Checkbox key={s} value={s} label={`${text.support(s)} (${t(`networkMaps.supportHints.${s}`)})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Radio.Group
          label={t("networkMaps.member.closeness")}
          value={String(draft.closeness)}
          onChange={(v) => {
            const closeness = toCloseness(v);
            if (closeness) set({ closeness });
          }}
        >
          <Stack gap={6} mt="xs">
            {networkClosenessLevels.map((c) => (
              <Radio key={c} value={String(c)} label={text.closeness(c)} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group
          label={t("networkMaps.member.effect")}
          value={draft.effect}
          onChange={(v) => {
            if (isEffect(v)) set({ effect: v });
          }}
        >
          <Stack gap={6} mt="xs">
            {networkRelationEffects.map((e) => (
              <Group key={e} gap={8} wrap="nowrap">
                <Radio value={e} label={text.effect(e)} />
                <EffectIcon effect={e} />
              </Group>
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t("networkMaps.member.note")} value={draft.note} onChange={(e) => set({ note: e.currentTarget.value })} autosize minRows={2} maxLength={500} />
        <Group>
          <Button type="submit">{adding ? t("networkMaps.member.submitAdd") : t("networkMaps.member.submitEdit")}</Button>
          <Button variant="default" onClick={onCancel}>
            {t("networkMaps.actions.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
