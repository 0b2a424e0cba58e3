/** Fictional people for the demo dataset. Any resemblance to real persons is coincidental. */
export const demoFirstNames = [
  "Camille", "Julien", "Sarah", "Mehdi", "Léa", "Thomas", "Aïcha", "Nicolas", "Manon", "Karim",
  "Élodie", "Hugo", "Fatou", "Maxime", "Inès", "Romain", "Chloé", "Yanis", "Pauline", "Antoine",
  "Nadia", "Bastien", "Amandine", "Sofiane", "Justine", "Loïc", "Mélanie", "Rachid", "Océane", "Damien",
  "Lucie", "Mathis", "Samira", "Kevin", "Anaïs", "Jérôme", "Clara", "Bilal", "Margaux", "Olivier",
];
export const demoLastNames = [
  "Martin", "Bernard", "Dubois", "Haddad", "Petit", "Durand", "Diallo", "Leroy", "Moreau", "Benali",
  "Simon", "Laurent", "Traoré", "Michel", "Garcia", "Fournier", "Girard", "Mercier", "Lambert", "Bonnet",
  "Rousseau", "Vincent", "Muller", "Chevalier", "Fontaine", "Blanc", "Guerin", "Mansouri", "Faure", "André",
  "Lemaire", "Dupont", "Renard", "Colin", "Marchand", "Picard", "Gauthier", "Perrin", "Roux", "Morel",
];
export const demoGoals = [
  { dreamJob: "Cuisinier dans un restaurant", shortTermGoal: "Commis de cuisine à temps partiel", jobTypes: ["Commis de cuisine", "Plonge"] },
  { dreamJob: "Travailler avec les animaux", shortTermGoal: "Agent d'entretien en animalerie", jobTypes: ["Animalerie", "Entretien"] },
  { dreamJob: "Graphiste", shortTermGoal: "Opérateur de reprographie", jobTypes: ["Reprographie", "Infographie"] },
  { dreamJob: "Magasinier cariste", shortTermGoal: "Préparateur de commandes", jobTypes: ["Logistique", "Préparation de commandes"] },
  { dreamJob: "Aide à domicile", shortTermGoal: "Agent de service en EHPAD", jobTypes: ["Aide à domicile", "Agent de service"] },
  { dreamJob: "Jardinier paysagiste", shortTermGoal: "Ouvrier des espaces verts", jobTypes: ["Espaces verts"] },
  { dreamJob: "Vendeur en librairie", shortTermGoal: "Employé de mise en rayon", jobTypes: ["Vente", "Mise en rayon"] },
  { dreamJob: "Technicien informatique", shortTermGoal: "Assistant support informatique", jobTypes: ["Support informatique"] },
];
export const demoStrengths = [
  "Ponctuel·le, aime le travail bien fait, bon contact avec les collègues.",
  "Patient·e, méthodique, très bonne mémoire des procédures.",
  "Créatif·ve, curieux·se, apprend vite en observant.",
  "Endurant·e physiquement, fiable, aime le travail en équipe.",
];
export const demoWhatHelps = [
  "Des consignes écrites, un planning fixe, un point hebdomadaire avec le responsable.",
  "Commencer après 10 h à cause du traitement du matin ; pauses régulières.",
  "Un environnement calme, un seul interlocuteur, des tâches variées.",
  "Savoir à l'avance les changements d'horaires ; pouvoir appeler la conseillère.",
];
export const demoCommunes = [
  { name: "Lyon", inseeCode: "69123", postalCode: "69003" },
  { name: "Villeurbanne", inseeCode: "69266", postalCode: "69100" },
  { name: "Vénissieux", inseeCode: "69259", postalCode: "69200" },
  { name: "Bron", inseeCode: "69029", postalCode: "69500" },
];
export const demoBelgianTowns = [{ name: "Liège" }, { name: "Seraing" }, { name: "Herstal" }];
export const demoContactNotes = [
  "Point sur les envies de travail, la personne souhaite reprendre rapidement.",
  "Travail sur le CV et les expériences passées.",
  "Visite d'une entreprise ensemble, bonne impression.",
  "Préparation de l'entretien d'embauche : jeu de rôle.",
  "Échange avec l'infirmier référent sur les horaires du traitement.",
  "Premier jour de travail : accompagnement sur site le matin.",
  "Point avec le tuteur en entreprise, tout se passe bien.",
  "Appel de suivi : fatigue en fin de semaine, on ajuste le planning.",
];
