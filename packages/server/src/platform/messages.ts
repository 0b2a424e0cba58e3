import { benefitsFieldMessages, type ErrorCode, type Locale } from "@passerelle/domain";

type Catalog = Record<ErrorCode, string> & Record<string, string>;

/** The benefits contract's field keys (invalid_month, negative_amount, rate_out_of_range...), from the engine. */
const benefitsFields = (locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.entries(benefitsFieldMessages).map(([key, text]) => [key, text[locale]]));

/** Server-side messages: error codes and field validation keys, in both UI languages. */
const catalogs: Record<Locale, Catalog> = {
  fr: {
    validation: "Certaines informations sont invalides.",
    bad_request: "Requête invalide.",
    unauthenticated: "Veuillez vous connecter.",
    invalid_credentials: "Adresse e-mail ou mot de passe incorrect.",
    forbidden: "Votre rôle ne permet pas cette action.",
    cross_site_request: "Requête refusée : elle ne vient pas de Passerelle.",
    not_found: "Introuvable.",
    conflict: "Conflit avec les données existantes.",
    stale_version: "Cette fiche a été modifiée entre-temps par quelqu'un d'autre. Voici la version à jour : vérifiez puis enregistrez à nouveau.",
    email_taken: "Un compte existe déjà avec cette adresse e-mail.",
    setup_done: "Passerelle est déjà configuré.",
    payload_too_large: "Les données envoyées sont trop volumineuses.",
    unprocessable: "Cette opération n'est pas possible.",
    invalid_transition: "Ce changement de statut n'est pas possible.",
    locked_out: "Trop d'essais : le compte est bloqué pendant 15 minutes.",
    rate_limited: "Trop de tentatives. Réessayez dans quelques minutes.",
    internal: "Une erreur inattendue s'est produite.",
    // field messages
    required: "Champ obligatoire.",
    invalid_date: "Date invalide (format AAAA-MM-JJ).",
    invalid_email: "Adresse e-mail invalide.",
    password_too_short: "Le mot de passe doit contenir au moins 10 caractères.",
    hours_min_above_max: "Le minimum d'heures dépasse le maximum.",
    invalid_insee_code: "Code commune INSEE invalide.",
    invalid_place: "Lieu invalide.",
    closure_reason_required: "Indiquez le motif de fin d'accompagnement.",
    closed_must_reopen: "Une personne sortie doit d'abord être réintégrée (statut « engagé »).",
    unknown_specialist: "Ce conseiller n'appartient pas au dispositif.",
    unknown_peer: "Ce pair-aidant n'appartient pas au dispositif.",
    program_required: "Choisissez le dispositif.",
    invalid_siret: "Numéro SIRET invalide (14 chiffres, clé de contrôle).",
    invalid_naf_code: "Code NAF invalide (ex. 56.10A).",
    invalid_phone: "Numéro de téléphone invalide.",
    invalid_country: "Code pays invalide.",
    invalid_department: "Code de département invalide.",
    participant_required: "Indiquez au moins une personne accompagnée.",
    participants_only_for_participant_contact: "Les personnes accompagnées ne se renseignent que pour un contact pour une personne.",
    attendees_only_for_sessions: "Les participants ne se renseignent que pour une action de sensibilisation.",
    next_step_before_contact: "La prochaine étape ne peut pas précéder le contact.",
    unknown_participant: "Cette personne n'existe pas dans le dispositif de l'employeur.",
    unknown_employer: "Cet employeur n'existe pas dans le dispositif.",
    unknown_opening: "Cette offre n'existe pas dans le dispositif.",
    application_invalid_transition: "Cette candidature ne peut pas passer à ce statut depuis son statut actuel.",
    application_reason_required: "Choisissez un motif dans la liste qui correspond à ce statut.",
    application_reason_not_applicable: "Un motif ne s'indique que pour « Non retenu·e » ou « Abandon ».",
    application_date_before_previous: "La date ne peut pas précéder celle de l'étape précédente.",
    application_date_in_future: "Cette date est dans le futur : seul un entretien peut être daté à l'avance.",
    wrong_password: "Mot de passe actuel incorrect.",
    invalid_type: "Valeur manquante ou de type incorrect.",
    too_small: "Valeur trop courte ou trop petite.",
    too_big: "Valeur trop longue ou trop grande.",
    invalid_value: "Valeur non autorisée.",
    invalid_format: "Format invalide.",
    unrecognized_keys: "Champ inconnu.",
    invalid_union: "Valeur invalide.",
    custom: "Valeur invalide.",
    ...benefitsFields("fr"),
  },
  en: {
    validation: "Some information is invalid.",
    bad_request: "Invalid request.",
    unauthenticated: "Please sign in.",
    invalid_credentials: "Wrong email or password.",
    forbidden: "Your role does not allow this action.",
    cross_site_request: "Request refused: it does not come from Passerelle.",
    not_found: "Not found.",
    conflict: "Conflicts with existing data.",
    stale_version: "Someone else changed this record in the meantime. Here is the current version: check it and save again.",
    email_taken: "An account already exists with this email address.",
    setup_done: "Passerelle is already set up.",
    payload_too_large: "The data sent is too large.",
    unprocessable: "This operation is not possible.",
    invalid_transition: "This status change is not possible.",
    locked_out: "Too many attempts: the account is locked for 15 minutes.",
    rate_limited: "Too many attempts. Try again in a few minutes.",
    internal: "An unexpected error occurred.",
    required: "Required field.",
    invalid_date: "Invalid date (format YYYY-MM-DD).",
    invalid_email: "Invalid email address.",
    password_too_short: "The password must be at least 10 characters long.",
    hours_min_above_max: "Minimum hours exceed the maximum.",
    invalid_insee_code: "Invalid INSEE commune code.",
    invalid_place: "Invalid place.",
    closure_reason_required: "Give the reason for closing.",
    closed_must_reopen: "A closed record must first be re-opened (status \"engaged\").",
    unknown_specialist: "This specialist is not a member of the program.",
    unknown_peer: "This peer supporter is not a member of the program.",
    program_required: "Choose the program.",
    invalid_siret: "Invalid SIRET number (14 digits, check digit).",
    invalid_naf_code: "Invalid NAF code (e.g. 56.10A).",
    invalid_phone: "Invalid phone number.",
    invalid_country: "Invalid country code.",
    invalid_department: "Invalid department code.",
    participant_required: "Name at least one participant.",
    participants_only_for_participant_contact: "Participants are only named for a contact for a participant.",
    attendees_only_for_sessions: "Attendees are only recorded for an awareness session.",
    next_step_before_contact: "The next step cannot precede the contact.",
    unknown_participant: "This person does not exist in the employer's program.",
    unknown_employer: "This employer does not exist in the program.",
    unknown_opening: "This opening does not exist in the program.",
    application_invalid_transition: "This application cannot move to that status from its current one.",
    application_reason_required: "Choose a reason from the list for this status.",
    application_reason_not_applicable: "A reason is only given for \"Not selected\" or \"Withdrawn\".",
    application_date_before_previous: "The date cannot precede the previous step's date.",
    application_date_in_future: "This date is in the future: only an interview may be dated ahead.",
    wrong_password: "Current password is incorrect.",
    invalid_type: "Missing value or wrong type.",
    too_small: "Value too short or too small.",
    too_big: "Value too long or too large.",
    invalid_value: "Value not allowed.",
    invalid_format: "Invalid format.",
    unrecognized_keys: "Unknown field.",
    invalid_union: "Invalid value.",
    custom: "Invalid value.",
    ...benefitsFields("en"),
  },
};

export const hasMessage = (key: string): boolean => key in catalogs.fr;

export const translate = (locale: Locale, key: string): string => catalogs[locale][key] ?? catalogs[locale].custom;

/** The request's language: the Accept-Language header's first supported tag, French by default. */
export const localeFromHeader = (header: string | undefined): Locale => {
  if (!header) return "fr";
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    if (tag.startsWith("fr")) return "fr";
    if (tag.startsWith("en")) return "en";
  }
  return "fr";
};
