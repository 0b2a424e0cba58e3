import type { GuideContent } from "./guide.contract";

/*
 * The IMPE manual ("manuel IMPE pour les spécialistes de l'emploi", Erasmus+ project IMPE) as the team's practice
 * guide. The text is the manual's French wording; only line breaks of the print edition were joined and a few
 * obvious typing slips corrected (e.g. "J'ai maintenu plus conscience" -> "maintenant"). No translation: the UI
 * around it says so in English.
 *
 * Versioning: `version` changes whenever a text changes. Item ids ("2.1") never change meaning; a new item gets a new
 * id, so answers given on an earlier version stay readable.
 *
 * Where a chapter has no section named "points d'action pratique" (chapters 1 and 4), the key points are the
 * manual's own list nearest to it: chapter 1's "avant de la mettre en pratique, vous devriez envisager de", chapter
 * 4's goals and its brainstorming method.
 */
export const impeGuide: GuideContent = {
  version: "impe-fr-1",
  language: "fr",
  source: "Manuel IMPE (Individual Placement and Support for People with Mental Health issues), programme Erasmus+",
  principlesIntro:
    "La philosophie dominante de la méthode IPS est que toute personne peut prétendre à un emploi rémunéré sur le marché de l'emploi classique, si le type d'emploi et d'environnement de travail adéquats sont trouvés et le bon soutien fourni. Huit points essentiels constituent les principes clés du modèle IPS :",
  principles: [
    {
      number: 1,
      title: "Se concentrer sur un emploi « classique »",
      text: "Les agences pour l'emploi proposant la méthode IPS considèrent que décrocher un emploi « classique » est un objectif réalisable pour les personnes ayant des problèmes de santé induisant des troubles du comportement. Les cursus traditionnels et la formation spécialisée peuvent constituer un atout pour une carrière. L'emploi « classique » désigne des emplois où tout le monde peut postuler, normalement rémunérés quel que soit le statut d'invalidité.",
    },
    {
      number: 2,
      title: "L'admissibilité selon le choix du patient",
      text: "Les personnes ne sont pas exclues en fonction de critères comme leur disponibilité, leurs diagnostics, leurs symptômes, leurs antécédents de toxicomanie, leurs hospitalisations psychiatriques, leur mode de vie, leur niveau d'invalidité ou leur casier judiciaire. La méthode IPS utilise une approche se basant sur les forces des patients. Les praticiens aident les gens à trouver des emplois où leurs atouts (liés à la personnalité, aux valeurs, aux ressources, à l'expérience, à la formation et aux compétences) sont valorisés et leurs faiblesses éventuelles sont travaillées.",
    },
    {
      number: 3,
      title: "Intégration de la méthode au sein des services pour l'emploi et de santé mentale",
      text: "Les programmes IPS sont intégrés aux programmes de traitement de santé mentale. Les spécialistes de l'insertion professionnelle demandent aux professionnels de la santé mentale de partager les informations dont ils disposent sur la maladie ou les traitements qui peuvent s'appliquer dans le cadre du travail. Les membres de l'équipe réfléchissent à des stratégies qui peuvent être proposées pour aider la personne à atteindre ses objectifs. Habituellement, les spécialistes de l'insertion professionnelle et les professionnels du secteur de la santé mentale se réunissent chaque semaine.",
    },
    {
      number: 4,
      title: "Attention portée sur les préférences des travailleurs",
      text: "Les services fournis sont basés sur les préférences et les choix de chaque personne, plutôt que sur les jugements des spécialistes. Les préférences peuvent être liées au type d'emploi, aux heures de travail, au lieu de travail, etc. Les spécialistes de l'insertion professionnelle s'efforcent de comprendre quelles sont les préférences des demandeurs d'emploi. Les membres de la famille peuvent ajouter des informations précieuses sur les qualités professionnelles ou les conditions qui peuvent contribuer à la réussite de la personne.",
    },
    {
      number: 5,
      title: "Conseils personnalisés",
      text: "Les spécialistes de l'insertion professionnelle aident les patients à obtenir des informations personnalisées, compréhensibles et précises sur leur sécurité sociale, et tous leurs autres droits. Les gens ont l'occasion de rencontrer un conseiller qui les renseignera sur leurs avantages sociaux avant de se rendre au travail et d'envisager des changements professionnels. Les spécialistes de l'insertion professionnelle ou les membres de l'équipe de santé mentale peuvent également proposer une aide afin que les bénéficiaires sachent gérer leur salaire et le déclarer à l'administration fiscale.",
    },
    {
      number: 6,
      title: "Recherche d'emploi rapide",
      text: "Les programmes IPS utilisent une approche de recherche d'emploi rapide pour aider les chercheurs d'emploi à obtenir des emplois directement, plutôt que de fournir une longue évaluation préalable à l'emploi, une formation et des conseils. Si la formation continue fait partie de leur plan, les spécialistes de l'approche IPS proposent de l'aide pour ces activités selon les besoins. Le spécialiste de l'insertion professionnelle et le demandeur d'emploi commencent à chercher du travail tout de suite car c'est ce que désirent les bénéficiaires de l'approche IPS.",
    },
    {
      number: 7,
      title: "Développement d'emploi systématique",
      text: "Les spécialistes de l'insertion professionnelle consultent systématiquement les employeurs, sélectionnés en fonction des préférences des demandeurs d'emploi, pour connaître leurs types d'emplois recherchés et leurs préférences en matière d'embauche. Les spécialistes de l'insertion professionnelle ne tiennent pas compte des recherches d'emploi sur internet. Ils préfèrent rencontrer les employeurs pour en apprendre davantage sur le flux de travail de chaque entreprise et les préférences d'embauche. Ils ont pour objectif de fournir un bon travail qui profite à la fois à l'employeur et au demandeur d'emploi.",
    },
    {
      number: 8,
      title: "Support illimité et individualisé",
      text: "Les soutiens à l'emploi sont individualisés et se poursuivent aussi longtemps que chaque travailleur le désire et a besoin de soutien. Les soutiens à l'emploi sont fournis aussi longtemps que la personne en ressent le besoin et souhaite recevoir des services IPS, généralement environ un an. Le type et l'intensité des mesures de soutien à l'emploi varient selon les personnes. Voici quelques exemples de soutien de l'emploi : rencontrer quelqu'un après le travail, accorder des phases d'essai au travail pour la première semaine ou la deuxième, organiser des réunions avec ses proches pour parler de la façon dont se déroule le travail, faire des rappels afin de faciliter la prise de fonction de la PMH, changements de traitement pharmaceutiques, réunions avec les supérieurs pour avoir des retours sur le travail fourni, coaching sur le lieu de travail, aider à trouver des vêtements ou des outils appropriés pour sa mission, aider à remplir la déclaration des revenus à l'administration fiscale et toute autre démarche administrative, etc.",
    },
  ],
  caseStudy: {
    title: "Étude de cas : David",
    paragraphs: [
      "David est âgé de 22 ans et a une situation familiale compliquée. Il vit avec sa mère qui a des troubles mentaux et sa grand-mère, qui est de moins en moins indépendante. Leur situation est considérablement instable, car ils doivent souvent se rendre à l'hôpital. Sa situation s'est détériorée lorsque sa grande sœur, jusque-là son seul modèle, est décédée, après deux ans de dépression. David veut aider sa famille, mais il veut aussi être indépendant et vivre une vie plus stable et autonome.",
      "En termes d'expérience professionnelle, David a travaillé comme serveur, distributeur de prospectus et magasinier ; David suivait également une formation afin de développer des compétences commerciales. Il était donc en mesure de chercher un emploi compétitif rapidement. David a cherché du soutien à l'emploi près de la fondation INTRAS, partenaire espagnol du projet IMPE, et il a immédiatement intégré un processus de recrutement pour une importante chaîne de magasins de sport en tant que magasinier. Au cours de cette sélection, David a demandé l'aide de son conseiller d'insertion professionnelle pour éclaircir sa situation personnelle et pouvoir décrire ses compétences lors de l'entretien. Après une formation pratique, il a réussi son deuxième entretien un mois plus tard.",
      "En termes de compétences sociales, David est un garçon plutôt renfermé et a un réseau social limité. Il passe encore trop de temps à dormir et a des difficultés à acquérir une méthodologie de travail. Pour gérer ce problème, il reçoit un soutien professionnel continu : son conseiller en insertion professionnelle l'a rencontré deux fois par semaine pour parler du travail et de l'environnement professionnel. Son conseiller a également appelé David sur son téléphone le matin, afin de l'aider à se réveiller et être à l'heure. David commence à travailler quand il lui reste encore quelques semaines de formation à effectuer, il a été encouragé à combiner les deux activités, puisque les cours ont lieu le matin et que son employeur s'est montré flexible sur les horaires, lui donnant la possibilité de terminer sa formation. Cependant, David a l'impression que les deux activités étaient trop difficiles pour lui et il a commencé à être stressé et à être en retard au travail. Son conseiller en insertion professionnelle a remarqué ce malaise et, après avoir discuté avec lui et son superviseur, ils sont tous d'accord pour dire que David quittera la formation et se concentrera uniquement sur le travail. Un suivi plus étroit a été effectué pour l'aider à mener à bien ses tâches et à envisager le type de soutien / formation dont il a besoin. Le soutien individualisé continu l'a certainement empêché de prendre des décisions impulsives telles que quitter son travail ou d'être viré à cause d'absences répétées ou d'autres fautes.",
    ],
    questionsIntro: "Questions pour réfléchir à l'étude de cas :",
    questions: [
      "Comment considérez-vous la proposition de quitter la formation une fois que David aura obtenu le poste ?",
      "Supposons qu'après la consultation entre David, son supérieur et le conseiller en insertion professionnelle, en raison des avantages de la formation, il ait été décidé que David doive continuer à y assister. Diriez-vous à David de continuer sa formation, même s'il ne semble pas convaincu ?",
      "Que feriez-vous si, après quelques semaines, David avait encore des difficultés à acquérir une organisation et méthode de travail ?",
      "Que feriez-vous si, après un certain temps, David semble prêt et désireux de reprendre sa formation ?",
    ],
  },
  agreementScale: [
    { value: 1, label: "Pas d'accord" },
    { value: 2, label: "Plutôt en désaccord" },
    { value: 3, label: "Intermédiaire" },
    { value: 4, label: "Plutôt d'accord" },
    { value: 5, label: "D'accord" },
  ],
  chapters: [
    {
      number: 1,
      title: "Le modèle de l'Individual Placement and Support (IPS)",
      objectives: [
        "En parcourant ce chapitre, les lecteurs seront en mesure de mieux comprendre le modèle de l'Individual Placement and Support (IPS) ou « Placement et de Soutien Individuels » et ses huit principes.",
      ],
      actionPointsHeading: "Avant de mettre en pratique l'approche IPS",
      actionPoints: [
        {
          intro: "Adopter l'approche IPS peut être difficile, donc avant de la mettre en pratique, vous devriez envisager de :",
          points: [
            { text: "Construire un environnement propice au changement et établir un consensus fort avant la mise en œuvre du programme." },
            {
              title: "Accroître les connaissances du modèle IPS",
              text: "Diffuser l'information aux membres de l'équipe motivés et aux intervenants clés. Toutes les personnes concernées devraient se familiariser avec les principes de base de l'approche IPS.",
            },
            {
              title: "Obtenir l'approbation de la direction",
              text: "Un leadership fort et une approbation de la part des supérieurs sont essentiels à l'adoption du modèle IPS. La direction doit être impliquée dans la planification, la mise en œuvre et le suivi du programme.",
            },
            {
              title: "Identifier un coordinateur IPS",
              text: "Cette personne renforcera continuellement les avantages des démarches de recherche d'emploi ; les bénéficiaires resteront au courant des recherches et de la documentation disponible sur l'approche IPS, et se familiariseront avec les initiatives internationales de cette méthode. Le coordonnateur jouera un rôle essentiel dans la conduite des activités clés pendant la mise en œuvre et veillera à ce que le suivi et l'évaluation se déroulent au niveau du comité de pilotage.",
            },
            {
              title: "Auto-évaluation des services de santé mentale",
              text: "Les services de santé mentale ont leur propre portée et capacité d'action, identifient avec le personnel quelles équipes de santé mentale ont la capacité de mettre en œuvre et d'accueillir un spécialiste de l'insertion professionnelle IPS.",
            },
            { text: "Identifier tous les prestataires de services et services existants dans le secteur de la santé mentale dans votre région." },
            {
              text: "Les orientations de bénéficiaires vers les spécialistes de l'insertion professionnelle adoptant la méthode IPS peuvent être impulsées par les équipes de professionnels de la santé mentale, mais peuvent également être effectuées par l'entremise des services de soutien à la santé mentale, par les employeurs, ou les structures éducatives.",
            },
            { title: "Organiser un forum interne IPS", text: "Demander à un cadre supérieur de lancer le forum et de le présenter à l'équipe." },
            {
              text: "Et rappelez-vous que le modèle IPS a non seulement contribué à l'insertion professionnelle de personnes ayant de graves problèmes de santé mentale, mais a également été appliqué à d'autres groupes cibles dans le monde et à des personnes souffrant de problèmes psychologiques, d'anxiété, de dépression, d'addiction aux drogues ou à l'alcool ou encore à des anciens combattants ayant des troubles post-traumatiques.",
            },
          ],
        },
      ],
      evaluation: {
        heading: "Grille d'évaluation",
        items: [
          { id: "1.1", kind: "check", text: "De manière générale j'ai compris en quoi consistait le modèle IPS" },
          { id: "1.2", kind: "check", text: "J'ai appris les principes clefs du modèle IPS" },
          { id: "1.3", kind: "check", text: "J'ai compris plus clairement comment mettre en œuvre le modèle IPS" },
        ],
      },
    },
    {
      number: 2,
      title: "Comment faire face à la routine quotidienne",
      objectivesIntro: "Après avoir parcouru cette section, les lecteurs :",
      objectives: [
        "Acquerront les outils nécessaires pour soutenir les PMH dans leurs tâches et structurer leur routine quotidienne en fonction de leurs préférences.",
        "Seront capables d'entraîner les PMH à prendre conscience de la signification de la routine quotidienne et de sa fonctionnalité.",
        "Seront capables d'aider les patients à limiter les aspects négatifs et à exploiter les aspects positifs de la routine quotidienne, avec l'objectif à long terme d'augmenter les niveaux de fonctionnalité.",
      ],
      actionPointsHeading: "Points d'action pratique",
      actionPoints: [
        {
          points: [
            { text: "Identifier le moindre changement." },
            { text: "Planifier des objectifs à réaliser selon le modèle SMART (spécifique, mesurable, orienté vers l'action, réaliste, opportun)." },
            { text: "Permettre à la personne d'expérimenter, d'évaluer et de tirer des conclusions par elle-même." },
            { text: "Les différences individuelles sont très importantes. Chaque individu est unique et commence à partir d'un point différent." },
            { text: "Mettre l'accent sur la solution et les aspects positifs." },
          ],
        },
      ],
      evaluation: {
        heading: "Grille d'évaluation",
        intro: "Après avoir parcouru ce chapitre, selon votre opinion, ce dernier…",
        items: [
          { id: "2.1", kind: "agree_1_5", text: "Fournit les outils nécessaires pour structurer la routine quotidienne en fonction de ses propres préférences" },
          { id: "2.2", kind: "agree_1_5", text: "Coache les PMH à prendre conscience de la signification de la routine quotidienne" },
          {
            id: "2.3",
            kind: "agree_1_5",
            text: "Aide les bénéficiaires à réduire les routines quotidiennes négatives et à renforcer les routines positives, avec un objectif à long terme",
          },
        ],
      },
    },
    {
      number: 3,
      title: "Autonomisation et réduction du stress",
      objectives: [
        "Après avoir parcouru ce chapitre, le lecteur sera en mesure d'autonomiser les PMH et de les aider à gérer les situations de stress selon le modèle IPS.",
        "Plus particulièrement, le lecteur aura connaissance de l'attitude, des méthodes et des techniques internes nécessaires que les spécialistes de l'insertion professionnelle peuvent utiliser lorsqu'ils travaillent avec leurs bénéficiaires.",
      ],
      actionPointsHeading: "Points d'action pratique",
      actionPoints: [
        {
          heading: "1. Les changements positifs",
          intro:
            "La première étape de l'autonomisation sera de passer d'un point de vue négatif au positif. Les conseils suivants aideront le professionnel de l'insertion professionnelle à enclencher ce processus de changement :",
          points: [
            {
              title: "Passer d'une perspective axée sur le déficit à une solution orientée vers l'action !",
              text: "Ne pas se focaliser sur les difficultés et se concentrer sur les solutions possibles et atteignables.",
            },
            {
              title: "Ne plus se focaliser sur le problème mais penser au mode de résolution de problèmes !",
              text: "Autoriser l'analyse des problèmes uniquement dans le cadre d'une solution dédiée.",
            },
            {
              title: "Reconnaître les pensées négatives et les transformer en croyances positives !",
              text: "Travailler avec des prophéties que l'on va réaliser : reconnaître les prophéties négatives et les transformer en prophéties positives. Il peut être utile de développer des phrases positives avec votre bénéficiaire.",
            },
            {
              title: "Promouvoir des expériences de résilience et d'auto-efficacité !",
              text: "Réfléchissez aux situations de stress avec votre bénéficiaire et développez des stratégies pour y faire face. Discutez avec votre bénéficiaire des situations difficiles qu'il a déjà gérées avec succès par le passé.",
            },
            {
              title: "Sensibiliser les gens aux comportements, développer des alternatives et promouvoir la flexibilité !",
              text: "Réfléchissez avec votre bénéficiaire et utilisez des exemples de comportements menant à des résultats négatifs. Trouvez et discutez de solutions alternatives.",
            },
            { title: "Les attentes conduisent à des prophéties auto-réalisatrices !", text: "Montrer l'interdépendance entre l'attente et les résultats." },
            {
              title: "Apprenez de nouvelles stratégies d'organisation parce que vous ne pouvez pas changer le passé, mais vous pouvez construire l'avenir !",
              text: "Développez avec votre bénéficiaire de nouvelles stratégies (visions) de sa vie future.",
            },
            {
              title: "Faire de la perception négative de soi une vue appréciative de sa propre personnalité !",
              text: "Parlez des aspects positifs de la personnalité de votre bénéficiaire. Reconstruire avec lui la perception de soi.",
            },
          ],
        },
        {
          heading: "2. Approche axée sur la cible et activation ciblée au sein de l'organisation (employeur, centre de formation...)",
          intro: "Le deuxième point concernant l'insertion professionnelle concerne le travail à réaliser avec les employeurs :",
          points: [
            {
              text: "Comprendre les responsabilités, les devoirs, les exigences, les structures et préparer votre bénéficiaire à son processus d'employabilité pour avoir une attitude positive et valoriser ses compétences.",
            },
          ],
        },
        {
          heading: "3. Activation et formation au comportement favorisant l'action",
          intro:
            "Ce troisième point met à disposition du spécialiste de l'emploi une boîte à outils pour initier et promouvoir un processus d'accompagnement vers l'autonomisation. Chaque élément ci-dessous ouvre des portes d'entrée pour réaliser un accompagnement vers l'emploi basé sur le modèle IPS :",
          points: [
            { text: "Pratiquer la gestion du temps et l'autonomie pour réaliser des tâches ou répondre à des demandes individuelles dans un milieu professionnel" },
            { text: "Pratiquer et apprendre à s'adapter aux critiques" },
            {
              text: "Ne pas se dérober de ses tâches contraignantes telles que les finances, les problèmes psychologiques et familiaux, mais systématiquement rechercher des solutions et résoudre ces problèmes étape par étape",
            },
            { text: "Mobiliser la motivation et la participation active" },
            { text: "Demander de l'aide et résoudre des problèmes urgents" },
            { text: "Développer des visions et faire de ses vœux une réalité pour provoquer des changements positifs" },
            { text: "Développer une recherche active d'emplois réalistes répondant à ses ambitions, en se basant sur les compétences et les intérêts individuels" },
            { text: "Consolider une stratégie de résolution de problèmes axée sur des solutions à appliquer dans des situations similaires" },
          ],
        },
      ],
      evaluation: {
        heading: "Évaluation",
        intro: "Est-ce que tout est clair ? Nous souhaiterions que le lecteur réponde aux 4 questions suivantes",
        items: [
          { id: "3.1", kind: "open", text: "Quel est le principe de base de l'accompagnement vers l'autonomisation ?" },
          { id: "3.2", kind: "open", text: "Qu'entendons-nous par autonomisation et comment développons-nous cette approche ?" },
          {
            id: "3.3",
            kind: "open",
            text: "Quels sont les 3 principaux champs sur lesquels l'accompagnement vers l'autonomisation doit être efficace pour rendre les PMH plus autonomes ?",
          },
          { id: "3.4", kind: "open", text: "Quels sont les effets de la « question miracle » dans le suivi d'un bénéficiaire ?" },
        ],
      },
    },
    {
      number: 4,
      title: "La créativité et la santé mentale",
      objectives: [
        "Cette section a pour but de soutenir les spécialistes de l'emploi dans la mise en œuvre d'activités créatives pour les PMH. Le lecteur aura accès à un aperçu pratique et des conseils pour stimuler la créativité au cours des différentes phases du modèle IPS.",
      ],
      actionPointsHeading: "Points clés",
      actionPoints: [
        {
          intro:
            "L'objectif principal dans le cadre professionnel sera de prévoir et d'anticiper les situations difficiles : les crises potentielles, les changements de contexte, etc. ; et de :",
          points: [
            { text: "Modifier l'attitude du bénéficiaire pour une situation donnée" },
            { text: "Comprendre un ensemble de concepts et d'outils opérationnels" },
            { text: "Amener le bénéficiaire à changer sa vision sur une situation donnée, le soutenir et le préparer pour les défis à venir" },
          ],
        },
        {
          heading: "« Penser autrement » en utilisant la méthode du brainstorming",
          intro:
            "Penser autrement requiert la créativité et le courage de prendre des risques. L'une des tâches les plus importantes pour les spécialistes de l'emploi est de mobiliser la capacité des PMH à être à la fois « rêveur », réaliste et critique. Exemple : Quel serait votre lieu de travail parfait ?",
          points: [
            { text: "Le sujet est introduit par le spécialiste de l'emploi." },
            {
              text: "Chaque participant note une idée sur un post-it de manière anonyme, le spécialiste de l'emploi les collecte et les mélange. Puis, les participants en piochent une au hasard et la lisent à voix haute pour en discuter et échanger leurs points de vue.",
            },
            {
              text: "Le spécialiste de l'emploi accroche des feuilles au mur, sur lesquelles sont inscrites les 3 grandes thématiques : Rêve, Réaliste, (esprit) critique. Puis, les bénéficiaires réfléchissent et accrochent un à un les idées qu'ils ont piochées sur les feuilles qui leur semblent correspondre. Chaque participant doit expliquer son choix. Entre temps, de nouvelles idées peuvent venir s'ajouter au mur. Chaque post-it peut aussi être déplacé d'une thématique à une autre.",
            },
            { text: "Toutes les idées doivent être lues par un modérateur. Les participants échangent sur les idées qu'ils ont collectées et en génèrent de nouvelles." },
            {
              text: "Cette technique est utile pour générer de nouvelles idées connectées aux idées initiales. Celle-ci ne laisse pas de place aux jugements puisque ces idées restent anonymes. Cela permet aussi de minimiser l'inhibition et de commencer à travailler.",
            },
          ],
        },
      ],
      evaluation: {
        heading: "Évaluation",
        items: [
          { id: "4.1", kind: "check", text: "J'ai désormais plus conscience du rôle de la créativité pour garder un emploi" },
          { id: "4.2", kind: "check", text: "J'ai trouvé ici des informations utiles pour renforcer la créativité de mes bénéficiaires" },
          {
            id: "4.3",
            kind: "check",
            text: "J'ai une meilleure idée de la manière dont je pourrai animer des ateliers sur la créativité et comment l'appliquer dans mon travail quotidien pour soutenir les PMH",
          },
        ],
      },
    },
    {
      number: 5,
      title: "La méthode du Social Skills Training (SST)",
      objectives: [
        "Cette section a pour but d'aider les spécialistes de l'emploi à mettre en œuvre la méthode du Social Skills Training (SST) ou « Formation aux compétences sociales » à destination des PMH. Le lecteur aura accès à un aperçu pratique et des conseils pour améliorer les compétences sociales et la confiance de leurs bénéficiaires, à travers le suivi individuel et des activités de groupe.",
      ],
      actionPointsHeading: "Les points d'action pratique",
      actionPoints: [
        {
          intro: "Les 7 étapes du spécialiste de l'emploi pour réaliser un processus SST :",
          points: [
            {
              title: "Étape 1 : Identifier la situation sociale pour l'intervention",
              subpoints: [
                "Faire référence au plan pédagogique du bénéficiaire (s'il y en a un) pour identifier les cibles d'intervention potentielles.",
                "Évoquer les objectifs avec les membres de l'équipe, composée du bénéficiaire et des membres de sa famille.",
                "Sélectionner un comportement social qui résultera en une interaction sociale positive, un environnement plus rassurant et/ou d'autres opportunités d'apprentissage social.",
              ],
            },
            {
              title: "Étape 2 : Définir le comportement ou les compétences ciblées",
              text: "Définir clairement les comportements ou les compétences de manière à ce que la progression soit mesurable.",
            },
            {
              title: "Étape 3 : Collecte de données initiales",
              subpoints: [
                "Déterminer le type de données (ex. produit permanent, évaluation) nécessaires pour évaluer les compétences ciblées.",
                "Collecte de données à trois occasions distinctes sur les 3 ou 5 dernières années pour évaluer les compétences du bénéficiaire avant l'intervention.",
              ],
            },
            {
              title: "Étape 4 : Mettre en œuvre la Social Skills Training (SST)",
              text: "Déterminer les techniques d'instruction à utiliser en SST. Ces techniques peuvent inclure (mais ne se limitent pas à) la modélisation, le jeu de rôles, la mise en forme, le retour d'information et le renforcement.",
            },
            {
              title: "Étape 5 : Piloter la progression du bénéficiaire",
              subpoints: [
                "Collecte de données pour mesurer l'efficacité de l'intervention sur les compétences sociales portant sur les comportements ciblés sur une période minimum de deux semaines.",
                "Demander aux autres qui travaillent ou vivent avec le bénéficiaire de collecter des données sur le comportement ciblé dans différents contextes.",
              ],
            },
            {
              title: "Étape 6 : Analyse des données collectées et ajustement de la SST si nécessaire",
              subpoints: [
                "Continuer à adapter la SST en fonction des résultats de l'intervention.",
                "Changer une variable à la fois lorsque la procédure SST est altérée (modification de la narration ou de la fréquence).",
                "Collecte et analyse des données suivant chaque adaptation ou changement.",
              ],
            },
            {
              title: "Étape 7 : Aborder la généralisation et maintenir les comportements ou compétences acquises",
              subpoints: [
                "Promouvoir la généralisation des compétences ciblées en incluant plusieurs collègues et/ou adultes dans le processus SST.",
                "Promouvoir le maintien des compétences ciblées en atténuant peu à peu le processus SST engagé.",
              ],
            },
          ],
        },
      ],
      evaluation: {
        heading: "Évaluation",
        items: [
          { id: "5.1", kind: "check", text: "J'ai maintenant plus conscience de l'importance des compétences sociales pour trouver un emploi" },
          { id: "5.2", kind: "check", text: "J'ai trouvé ici des informations utiles pour utiliser la méthode SST" },
          { id: "5.3", kind: "check", text: "J'ai une meilleure idée de la manière dont je pourrais mettre en œuvre un processus SST" },
        ],
      },
    },
    {
      number: 6,
      title: "La mise en réseau",
      objectivesIntro: "À la fin de ce chapitre, le lecteur saura :",
      objectives: [
        "Ce qu'est un réseau",
        "Quelle est la différence entre « réseaux organisationnels » et « réseaux sociaux »",
        "Qu'il y a différents champs de recherche",
        "Comment promouvoir et renforcer les réseaux sociaux",
        "Comment le spécialiste de l'emploi peut être considéré comme un « coach relationnel », capable d'autonomiser un PMH ainsi que ses proches, augmenter la résistance et la capacité à faire face dans le cadre d'un placement et d'un soutien individuel IPS.",
      ],
      actionPointsHeading: "Points d'action pratiques",
      actionPoints: [
        {
          heading: "Quel est le rôle du spécialiste de l'emploi en termes de Travail Social Relationnel ?",
          intro:
            "D'après le cadre du Travail Social Relationnel, la mise en réseau est une approche intégrée et systémique pour faire face à la complexité, qui combine étude de cas, travail de groupe et travail social local. Dans ce contexte, le spécialiste de l'emploi joue un rôle important :",
          points: [
            { text: "Il est un guide vers l'insertion" },
            { text: "Il est l'organisateur et l'activateur du projet IPS" },
            { text: "Il est le facilitateur et « l'agent fixant » les relations de groupes" },
            { text: "Il est celui qui épaule dans les situations pour vivre, comprendre et coordonner" },
            { text: "Il est l'accompagnateur dans l'environnement d'apprentissage et de travail" },
            { text: "Il est le garant du développement du projet d'insertion" },
          ],
        },
        {
          intro: "Ainsi, le spécialiste de l'emploi :",
          points: [
            { text: "Insère le groupe ou le PMH dans un réseau" },
            { text: "Sait comment gérer les relations" },
            { text: "Gère les phases de travail" },
            { text: "Aide les acteurs du processus dans la réalisation du projet d'insertion professionnelle" },
            { text: "Promeut l'échange d'idées" },
            { text: "Résume les expériences et les contributions" },
            { text: "Assure le flux d'informations" },
            {
              text: "Le réseau devient un espace où les relations gagnent en importance, où les personnes souffrant de handicap mental sont les bienvenues et sont soutenues de différentes manières.",
            },
          ],
        },
      ],
      evaluation: {
        heading: "Évaluation",
        intro: "Après avoir parcouru ce court chapitre, pensez-vous avoir compris…",
        items: [
          { id: "6.1", kind: "agree_1_5", text: "…l'importance des réseaux (formels et informels) dans le travail social ?" },
          {
            id: "6.2",
            kind: "agree_1_5",
            text: "…la perspective du travail Social Relationnel pour promouvoir et soutenir l'insertion des personnes souffrant de handicap mental ?",
          },
          { id: "6.3", kind: "agree_1_5", text: "…comment utiliser les réseaux sociaux dans le cadre du modèle IPS ?" },
          { id: "6.4", kind: "agree_1_5", text: "…la différence entre réseaux sociaux et organisationnels ?" },
          { id: "6.5", kind: "agree_1_5", text: "…le rôle d'un coach relationnel ?" },
        ],
      },
    },
  ],
};

/** The chapter of the guide with this number (1-6). */
export const guideChapter = (chapter: number): GuideContent["chapters"][number] | undefined => impeGuide.chapters.find((c) => c.number === chapter);
