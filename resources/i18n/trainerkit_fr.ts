<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>about</name>
    <message>
        <source>An offline kit for trainers of the OHCHR course &lt;i&gt;Towards a Human Rights-Based Approach to Migration&lt;/i&gt;.</source>
        <translation>Une trousse hors ligne pour les formateurs du cours du HCDH &lt;i&gt;Vers une approche de la migration fondée sur les droits de l'homme&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>À propos de {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>accessibility_panel</name>
    <message>
        <source>Errors: some participants cannot read this</source>
        <translation>Erreurs : certains participants ne peuvent pas lire ceci</translation>
    </message>
    <message>
        <source>Warnings: worth fixing</source>
        <translation>Avertissements : à corriger si possible</translation>
    </message>
    <message>
        <source>Accessibility check</source>
        <translation>Vérification de l'accessibilité</translation>
    </message>
    <message>
        <source>&amp;Check accessibility</source>
        <translation>&amp;Vérifier l'accessibilité</translation>
    </message>
    <message>
        <source>Include handout &amp;PDFs (slower)</source>
        <translation>Inclure les &amp;PDF des documents à distribuer (plus lent)</translation>
    </message>
    <message>
        <source>Titles, alternative text, reading order, contrast, text size, table headers.</source>
        <translation>Titres, texte de remplacement, ordre de lecture, contraste, taille du texte, en-têtes de tableau.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Accessibility findings</source>
        <translation>Constats d'accessibilité</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>Ouvrez d'abord un cours.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>checking accessibility</source>
        <translation>la vérification de l'accessibilité</translation>
    </message>
    <message>
        <source>Checking: {label}…</source>
        <translation>Vérification : {label}…</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Que faire : {fix}</translation>
    </message>
    <message>
        <source>Click to go there.</source>
        <translation>Cliquez pour y aller.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source> and {count} handout PDFs</source>
        <translation> et {count} PDF de documents à distribuer</translation>
    </message>
    <message>
        <source>{slides_checked} slides{pdfs} checked: {errors} errors, {warnings} warnings.</source>
        <translation>{slides_checked} diapositives{pdfs} vérifiées : {errors} erreurs, {warnings} avertissements.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; {fix}</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt; : {message}&lt;br/&gt;&lt;b&gt;Que faire :&lt;/b&gt; {fix}</translation>
    </message>
</context>
<context>
    <name>agenda_editor</name>
    <message>
        <source>The guide's sample agenda. Create a course to arrange your own (read-only here).</source>
        <translation>Le programme type du guide. Créez un cours pour organiser le vôtre (ici en lecture seule).</translation>
    </message>
    <message>
        <source>Move slot &amp;up</source>
        <translation>&amp;Monter le créneau</translation>
    </message>
    <message>
        <source>Move slot &amp;down</source>
        <translation>Descendre le &amp;créneau</translation>
    </message>
    <message>
        <source>Move slot to the day &amp;before</source>
        <translation>Déplacer le créneau au jour &amp;précédent</translation>
    </message>
    <message>
        <source>Move slot to the day &amp;after</source>
        <translation>Déplacer le créneau au jour &amp;suivant</translation>
    </message>
    <message>
        <source>Day {day_1} time slots</source>
        <translation>Créneaux du jour {day_1}</translation>
    </message>
    <message>
        <source>Sessions and breaks to place</source>
        <translation>Séances et pauses à placer</translation>
    </message>
    <message>
        <source>Session {number}: {title} (Plan {plan_text})</source>
        <translation>Séance {number} : {title} (prévu {plan_text})</translation>
    </message>
    <message>
        <source>Guide {guide_text} · Plan {plan_text}. Drag onto a day: the new slot gets {duration}.</source>
        <translation>Guide {guide_text} · Prévu {plan_text}. Faites glisser sur un jour : le nouveau créneau dure {duration}.</translation>
    </message>
    <message>
        <source>&amp;Longer (+15 min)</source>
        <translation>Plus &amp;long (+15 min)</translation>
    </message>
    <message>
        <source>S&amp;horter (-15 min)</source>
        <translation>Plus &amp;court (-15 min)</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>&amp;Retirer le créneau</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>Ajouter un &amp;jour</translation>
    </message>
    <message>
        <source>Back to the &amp;guide's agenda</source>
        <translation>Revenir au programme du &amp;guide</translation>
    </message>
    <message>
        <source>Agenda warnings</source>
        <translation>Avertissements sur le programme</translation>
    </message>
    <message>
        <source>Agenda totals</source>
        <translation>Totaux du programme</translation>
    </message>
    <message>
        <source>Drag onto a day, or select and press Enter to add to the selected (or last) day:</source>
        <translation>Faites glisser sur un jour, ou sélectionnez et appuyez sur Entrée pour ajouter au jour sélectionné (ou au dernier) :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Day {day_day}&lt;/b&gt; &amp;nbsp; {day_start}–{day_end}&lt;br/&gt;Sessions: {duration}</source>
        <translation>&lt;b&gt;Jour {day_day}&lt;/b&gt; &amp;nbsp; {day_start}–{day_end}&lt;br/&gt;Séances : {duration}</translation>
    </message>
    <message>
        <source>Day {day_day} summary</source>
        <translation>Résumé du jour {day_day}</translation>
    </message>
    <message>
        <source>Day {day_day} start time</source>
        <translation>Heure de début du jour {day_day}</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>{days} days; sessions: </source>
        <translation>{days} jours ; séances : </translation>
    </message>
    <message>
        <source>Every session gets at least the time the guide plans.</source>
        <translation>Chaque séance a au moins le temps prévu par le guide.</translation>
    </message>
    <message>
        <source>saving the agenda</source>
        <translation>l'enregistrement du programme</translation>
    </message>
    <message>
        <source>Drop steps of session {number}</source>
        <translation>Supprimer des étapes de la séance {number}</translation>
    </message>
    <message>
        <source>The agenda gives session {number} {given}; its plan needs {planned}. Tick the steps to leave out:</source>
        <translation>Le programme donne {given} à la séance {number} ; son plan demande {planned}. Cochez les étapes à supprimer :</translation>
    </message>
    <message>
        <source>Time the plan still needs</source>
        <translation>Temps que le plan demande encore</translation>
    </message>
    <message>
        <source>&amp;Drop the ticked steps</source>
        <translation>&amp;Supprimer les étapes cochées</translation>
    </message>
    <message>
        <source>The rest needs {need}: it fits in {given}.</source>
        <translation>Le reste demande {need} : il tient en {given}.</translation>
    </message>
    <message>
        <source>The rest needs {need}: still {over} more than {given}.</source>
        <translation>Le reste demande {need} : encore {over} de plus que {given}.</translation>
    </message>
    <message>
        <source>Day {day_day} date</source>
        <translation>Date du jour {day_day}</translation>
    </message>
    <message>
        <source>your choice: every step rescaled</source>
        <translation>votre choix : chaque étape raccourcie en proportion</translation>
    </message>
    <message>
        <source>your choice: steps {steps} dropped</source>
        <translation>votre choix : étapes {steps} supprimées</translation>
    </message>
    <message>
        <source>choose how its plan fits</source>
        <translation>choisissez comment son plan s'y adapte</translation>
    </message>
    <message>
        <source>Session {number}: agenda {given}, plan {planned}; {choice}.</source>
        <translation>Séance {number} : programme {given}, plan {planned} ; {choice}.</translation>
    </message>
    <message>
        <source>Rescale the plan</source>
        <translation>Raccourcir le plan</translation>
    </message>
    <message>
        <source>Drop steps…</source>
        <translation>Supprimer des étapes…</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Comme prévu</translation>
    </message>
    <message>
        <source>Shorten every step in proportion, to fit the agenda's time.</source>
        <translation>Raccourcir chaque étape en proportion, pour tenir dans le temps du programme.</translation>
    </message>
    <message>
        <source>fitting a plan to the agenda</source>
        <translation>l'ajustement d'un plan au programme</translation>
    </message>
    <message>
        <source>Sess&amp;ions to teach…</source>
        <translation>Séan&amp;ces à donner…</translation>
    </message>
</context>
<context>
    <name>bundle_actions</name>
    <message>
        <source>Course: {course}</source>
        <translation>Cours : {course}</translation>
    </message>
    <message>
        <source>1 change to the bundled course (version {version})</source>
        <translation>1 modification du cours fourni (version {version})</translation>
    </message>
    <message>
        <source>{changes} changes to the bundled course (version {version})</source>
        <translation>{changes} modifications du cours fourni (version {version})</translation>
    </message>
    <message>
        <source>1 own example</source>
        <translation>1 exemple personnel</translation>
    </message>
    <message>
        <source>{count} own examples</source>
        <translation>{count} exemples personnels</translation>
    </message>
    <message>
        <source>1 file (pictures, imported presentations)</source>
        <translation>1 fichier (images, présentations importées)</translation>
    </message>
    <message>
        <source>{count} files (pictures, imported presentations)</source>
        <translation>{count} fichiers (images, présentations importées)</translation>
    </message>
    <message>
        <source>Made with {s_made_with}</source>
        <translation>Créé avec {s_made_with}</translation>
    </message>
    <message>
        <source>Share course as bundle</source>
        <translation>Partager le cours en archive</translation>
    </message>
    <message>
        <source>TrainerKit course (*{SUFFIX})</source>
        <translation>Cours TrainerKit (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Écriture de {name}</translation>
    </message>
    <message>
        <source>sharing the course {name}</source>
        <translation>le partage du cours {name}</translation>
    </message>
    <message>
        <source>Course shared as {path}. Copy this file to the other computer and import it there.</source>
        <translation>Cours partagé sous {path}. Copiez ce fichier sur l'autre ordinateur et importez-le là-bas.</translation>
    </message>
    <message>
        <source>Import course bundle</source>
        <translation>Importer une archive de cours</translation>
    </message>
    <message>
        <source>TrainerKit course (*{SUFFIX});;All files (*)</source>
        <translation>Cours TrainerKit (*{SUFFIX});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Vérification de {name}</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>la lecture de {name}</translation>
    </message>
    <message>
        <source>Import the course in {name}?</source>
        <translation>Importer le cours contenu dans {name} ?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>You already have a course named '{name}'.</source>
        <translation>Vous avez déjà un cours nommé « {name} ».</translation>
    </message>
    <message>
        <source>Import the bundle as a new course under another name, or replace your course with it (your course's changes are then lost)?</source>
        <translation>Importer l'archive comme nouveau cours sous un autre nom, ou remplacer votre cours par elle (les modifications de votre cours sont alors perdues) ?</translation>
    </message>
    <message>
        <source>Import as a &amp;new course…</source>
        <translation>Importer comme &amp;nouveau cours…</translation>
    </message>
    <message>
        <source>&amp;Replace my course</source>
        <translation>&amp;Remplacer mon cours</translation>
    </message>
    <message>
        <source>Name of the new course:</source>
        <translation>Nom du nouveau cours :</translation>
    </message>
    <message>
        <source>importing {name}</source>
        <translation>l'importation de {name}</translation>
    </message>
    <message>
        <source>opening the course {name}</source>
        <translation>l'ouverture du cours {name}</translation>
    </message>
    <message>
        <source>Examples renamed because you had different ones with the same ids: {count}.</source>
        <translation>Exemples renommés parce que vous en aviez d'autres avec les mêmes identifiants : {count}.</translation>
    </message>
    <message>
        <source>Imported '{name}'{replacing}: {changes} changes, {examples} examples, {files} files.{renamed}</source>
        <translation>« {name} » importé{replacing} : {changes} modifications, {examples} exemples, {files} fichiers.{renamed}</translation>
    </message>
    <message>
        <source> (replacing yours)</source>
        <translation> (en remplaçant le vôtre)</translation>
    </message>
</context>
<context>
    <name>course_picker</name>
    <message>
        <source>New course message</source>
        <translation>Message sur le nouveau cours</translation>
    </message>
    <message>
        <source>Give the new course a name (for example the place and month of the training).</source>
        <translation>Donnez un nom au nouveau cours (par exemple le lieu et le mois de la formation).</translation>
    </message>
    <message>
        <source>Open or create a course</source>
        <translation>Ouvrir ou créer un cours</translation>
    </message>
    <message>
        <source>Your courses, most recent first</source>
        <translation>Vos cours, les plus récents d'abord</translation>
    </message>
    <message>
        <source>{name}  ({country}, {count} changes)</source>
        <translation>{name}  ({country}, {count} modifications)</translation>
    </message>
    <message>
        <source>&amp;Your courses</source>
        <translation>&amp;Vos cours</translation>
    </message>
    <message>
        <source>No courses yet: create one below.</source>
        <translation>Pas encore de cours : créez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>New course name</source>
        <translation>Nom du nouveau cours</translation>
    </message>
    <message>
        <source>e.g. Nairobi, May 2025</source>
        <translation>p. ex. Nairobi, mai 2025</translation>
    </message>
    <message>
        <source>Country of the new course</source>
        <translation>Pays du nouveau cours</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;New course from the bundled course ({short_title})</source>
        <translation>&amp;Nouveau cours à partir du cours fourni ({short_title})</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>creating the course</source>
        <translation>la création du cours</translation>
    </message>
</context>
<context>
    <name>examples_page</name>
    <message>
        <source>Case: the title and the text as short lines</source>
        <translation>Cas : le titre et le texte en lignes courtes</translation>
    </message>
    <message>
        <source>Statistic: the figure as the title</source>
        <translation>Statistique : le chiffre comme titre</translation>
    </message>
    <message>
        <source>Quote: the text, attributed to its source</source>
        <translation>Citation : le texte, attribué à sa source</translation>
    </message>
    <message>
        <source>Picture: your picture with a caption</source>
        <translation>Image : votre image avec une légende</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>your own example</source>
        <translation>votre propre exemple</translation>
    </message>
    <message>
        <source>from the bundled library</source>
        <translation>de la bibliothèque fournie</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; {source}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Source :&lt;/b&gt; {source}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Themes: </source>
        <translation>Thèmes : </translation>
    </message>
    <message>
        <source>Sessions: </source>
        <translation>Séances : </translation>
    </message>
    <message>
        <source>Regions: </source>
        <translation>Régions : </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Our summary of the source: check the figures against it (and newer data) before presenting.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Notre résumé de la source : vérifiez les chiffres auprès d'elle (et de données plus récentes) avant de présenter.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suggested examples for {place}</source>
        <translation>Exemples suggérés pour {place}</translation>
    </message>
    <message>
        <source>The library has no entry filed under this session yet.</source>
        <translation>La bibliothèque n'a encore aucune entrée classée sous cette séance.</translation>
    </message>
    <message>
        <source>Insert…</source>
        <translation>Insérer…</translation>
    </message>
    <message>
        <source>More examples for session {session} in the library…</source>
        <translation>Plus d'exemples pour la séance {session} dans la bibliothèque…</translation>
    </message>
    <message>
        <source>your course</source>
        <translation>votre cours</translation>
    </message>
    <message>
        <source>Insert an example into a session</source>
        <translation>Insérer un exemple dans une séance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Séance {number} : {title}</translation>
    </message>
    <message>
        <source>Insert after</source>
        <translation>Insérer après</translation>
    </message>
    <message>
        <source>Slide layout</source>
        <translation>Mise en page de la diapositive</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>Aperçu de la diapositive</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>&amp;After slide:</source>
        <translation>&amp;Après la diapositive :</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Mise en page :</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>The slide (the source is on it and in the speaker notes):</source>
        <translation>La diapositive (la source figure dessus et dans les notes de l'intervenant) :</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>  (masquée)</translation>
    </message>
    <message>
        <source>At the end of the session</source>
        <translation>À la fin de la séance</translation>
    </message>
    <message>
        <source>&lt;i&gt;“{text}”&lt;/i&gt;&lt;br/&gt;— {by}</source>
        <translation>&lt;i&gt;« {text} »&lt;/i&gt;&lt;br/&gt;— {by}</translation>
    </message>
    <message>
        <source>[picture: {alt}]&lt;br/&gt;{caption}</source>
        <translation>[image : {alt}]&lt;br/&gt;{caption}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Source: {source}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Source : {source}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Edit my example</source>
        <translation>Modifier mon exemple</translation>
    </message>
    <message>
        <source>Add my example</source>
        <translation>Ajouter mon exemple</translation>
    </message>
    <message>
        <source>Example (a case, a practice, a story)</source>
        <translation>Exemple (un cas, une pratique, un témoignage)</translation>
    </message>
    <message>
        <source>Fact (a figure with its source)</source>
        <translation>Fait (un chiffre avec sa source)</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Type d'entrée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>What happened, in a few sentences (at most 1500 characters).</source>
        <translation>Ce qui s'est passé, en quelques phrases (1 500 caractères au plus).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>e.g. 1 in 4 migrant workers… (for a statistic slide)</source>
        <translation>p. ex. 1 travailleur migrant sur 4… (pour une diapositive statistique)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where this comes from: a report, an interview, a court decision…</source>
        <translation>D'où cela vient : un rapport, un entretien, une décision de justice…</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Référence de la source</translation>
    </message>
    <message>
        <source>A link, page or document number (optional)</source>
        <translation>Un lien, une page ou un numéro de document (facultatif)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Kenya; Uganda</source>
        <translation>Kenya ; Ouganda</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Eastern Africa (countries add their regions themselves)</source>
        <translation>Afrique de l'Est (les pays ajoutent eux-mêmes leurs régions)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Séance {number}</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>A PNG, JPEG or GIF picture (optional; large ones are made smaller)</source>
        <translation>Une image PNG, JPEG ou GIF (facultative ; les grandes sont réduites)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Retirer l'image</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>Description de l'image</translation>
    </message>
    <message>
        <source>What the picture shows, for people who cannot see it</source>
        <translation>Ce que montre l'image, pour les personnes qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Chiffre :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>&amp;Référence de la source :</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Ré&amp;gions :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Séances :</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>Picture &amp;description:</source>
        <translation>&amp;Description de l'image :</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>saving your example</source>
        <translation>l'enregistrement de votre exemple</translation>
    </message>
    <message>
        <source>Examples library</source>
        <translation>Bibliothèque d'exemples</translation>
    </message>
    <message>
        <source>Search the examples</source>
        <translation>Rechercher dans les exemples</translation>
    </message>
    <message>
        <source>Search words in the title, text, place and source (e.g. domestic workers)</source>
        <translation>Cherchez des mots dans le titre, le texte, le lieu et la source (p. ex. travailleurs domestiques)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>&amp;Seulement les miens</translation>
    </message>
    <message>
        <source>Only my own examples</source>
        <translation>Seulement mes propres exemples</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Séan&amp;ce :</translation>
    </message>
    <message>
        <source>Examples found</source>
        <translation>Exemples trouvés</translation>
    </message>
    <message>
        <source>Number of examples found</source>
        <translation>Nombre d'exemples trouvés</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Exemple sélectionné</translation>
    </message>
    <message>
        <source>&amp;Insert into session…</source>
        <translation>&amp;Insérer dans la séance…</translation>
    </message>
    <message>
        <source>&amp;Add my example…</source>
        <translation>&amp;Ajouter mon exemple…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>E&amp;xport my examples…</source>
        <translation>E&amp;xporter mes exemples…</translation>
    </message>
    <message>
        <source>Im&amp;port examples…</source>
        <translation>Im&amp;porter des exemples…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filtre : {name}</translation>
    </message>
    <message>
        <source> (best first)</source>
        <translation> (les plus pertinents d'abord)</translation>
    </message>
    <message>
        <source>1 entry found{best}</source>
        <translation>1 entrée trouvée{best}</translation>
    </message>
    <message>
        <source>{n} entries found{best}</source>
        <translation>{n} entrées trouvées{best}</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>le mien</translation>
    </message>
    <message>
        <source>Choose an entry to read it.</source>
        <translation>Choisissez une entrée pour la lire.</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>Ouvrez d'abord un cours.</translation>
    </message>
    <message>
        <source>Delete example</source>
        <translation>Supprimer l'exemple</translation>
    </message>
    <message>
        <source>Delete your example '{title}'? Slides already made from it keep their text.</source>
        <translation>Supprimer votre exemple « {title} » ? Les diapositives déjà faites à partir de lui gardent leur texte.</translation>
    </message>
    <message>
        <source>deleting your example</source>
        <translation>la suppression de votre exemple</translation>
    </message>
    <message>
        <source>Export my examples</source>
        <translation>Exporter mes exemples</translation>
    </message>
    <message>
        <source>my-examples.csv</source>
        <translation>mes-exemples.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Tableur (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>exporting your examples</source>
        <translation>l'exportation de vos exemples</translation>
    </message>
    <message>
        <source>{count} of your examples written to {name}.</source>
        <translation>{count} de vos exemples écrits dans {name}.</translation>
    </message>
    <message>
        <source>Import examples</source>
        <translation>Importer des exemples</translation>
    </message>
    <message>
        <source>Spreadsheet or JSON (*.csv *.json)</source>
        <translation>Tableur ou JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>importing examples from {name}</source>
        <translation>l'importation d'exemples depuis {name}</translation>
    </message>
    <message>
        <source>From {name}: {added} added, {updated} updated, {skipped} already in the library.</source>
        <translation>Depuis {name} : {added} ajoutés, {updated} mis à jour, {skipped} déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>inserting an example</source>
        <translation>l'insertion d'un exemple</translation>
    </message>
    <message>
        <source>reading the example</source>
        <translation>la lecture de l'exemple</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>&amp;Name tags (Word and PDF, from the participants list)</source>
        <translation>&amp;Badges nominatifs (Word et PDF, d'après la liste des participants)</translation>
    </message>
    <message>
        <source>Certi&amp;ficates (one per participant, Word and PDF)</source>
        <translation>Attes&amp;tations (une par participant, Word et PDF)</translation>
    </message>
    <message>
        <source>Atte&amp;ndance sheets (one per training day, Word and PDF)</source>
        <translation>Feuilles de &amp;présence (une par jour de formation, Word et PDF)</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>Exporter {name}</translation>
    </message>
    <message>
        <source>Session &amp;decks (one PowerPoint file per session)</source>
        <translation>Présentations par &amp;séance (un fichier PowerPoint par séance)</translation>
    </message>
    <message>
        <source>&amp;Combined daily decks (one file per training day, in agenda order)</source>
        <translation>Présentations &amp;quotidiennes combinées (un fichier par journée de formation, dans l'ordre du programme)</translation>
    </message>
    <message>
        <source>Leave &amp;hidden slides out (by default they stay in the file, hidden)</source>
        <translation>Laisser de côté les diapositives &amp;masquées (par défaut elles restent dans le fichier, masquées)</translation>
    </message>
    <message>
        <source>Handouts (coming)</source>
        <translation>Documents à distribuer (à venir)</translation>
    </message>
    <message>
        <source>H&amp;andouts (Word and PDF, in a Handouts folder)</source>
        <translation>&amp;Documents à distribuer (Word et PDF, dans un dossier Handouts)</translation>
    </message>
    <message>
        <source>&amp;Participant pack (one PDF: cover, contents, the handouts in order)</source>
        <translation>Dossier du &amp;participant (un PDF : couverture, sommaire, les documents à distribuer dans l'ordre)</translation>
    </message>
    <message>
        <source>&amp;Trainer pack (PDF: plans with clock times, checklists, speaker notes)</source>
        <translation>Dossier du &amp;formateur (PDF : plans avec horaires, listes de contrôle, notes de l'intervenant)</translation>
    </message>
    <message>
        <source>&amp;Slide handouts (PDF, 3 slides a page with lines for notes)</source>
        <translation>&amp;Diapositives à distribuer (PDF, 3 diapositives par page avec des lignes pour les notes)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d'exportation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l'exportation</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l'exportation</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Résumé de l'exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>exporting the course</source>
        <translation>l'exportation du cours</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export cancelled. Files already written are complete; nothing is half-written.</source>
        <translation>Exportation annulée. Les fichiers déjà écrits sont complets ; rien n'est écrit à moitié.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>L'exportation a échoué.</translation>
    </message>
    <message>
        <source>Exported {count} file: {slides} slides, {hidden} hidden.</source>
        <translation>{count} fichier exporté : {slides} diapositives, dont {hidden} masquées.</translation>
    </message>
    <message>
        <source>Exported {count} files: {slides} slides, {hidden} hidden.</source>
        <translation>{count} fichiers exportés : {slides} diapositives, dont {hidden} masquées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Remarques sur les documents à distribuer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes that could not be applied&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifications qui n'ont pas pu être appliquées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens without a value&lt;/b&gt; (fill them in the country profile)</source>
        <translation>&lt;b&gt;Balises sans valeur&lt;/b&gt; (à remplir dans le profil du pays)</translation>
    </message>
    <message>
        <source>Session {number}: {tokens}</source>
        <translation>Séance {number} : {tokens}</translation>
    </message>
    <message>
        <source>Leave the orange 'To adapt' &amp;labels out (decks meant for the room)</source>
        <translation>Retirer les &amp;étiquettes orange « À adapter » (présentations pour la salle)</translation>
    </message>
    <message>
        <source>The labels remind you what is left to adapt; the text on the slides stays as it is. The checks above list what is left.</source>
        <translation>Les étiquettes rappellent ce qui reste à adapter ; le texte des diapositives reste tel quel. Les vérifications ci-dessus listent ce qui reste.</translation>
    </message>
    <message>
        <source>Before you export: checks</source>
        <translation>Avant d'exporter : vérifications</translation>
    </message>
    <message>
        <source>Checks found</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Before you export</source>
        <translation>Avant d'exporter</translation>
    </message>
    <message>
        <source>Checking the course before export…</source>
        <translation>Vérification du cours avant l'exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>checking the course</source>
        <translation>la vérification du cours</translation>
    </message>
    <message>
        <source>Checks not run: export when ready.</source>
        <translation>Vérifications non faites : exportez quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>The checks failed: {error}</source>
        <translation>Les vérifications ont échoué : {error}</translation>
    </message>
    <message>
        <source>Nothing to report: the course is ready.</source>
        <translation>Rien à signaler : le cours est prêt.</translation>
    </message>
    <message>
        <source>{count} slides still show placeholder text: the room would see it.</source>
        <translation>{count} diapositives montrent encore du texte à remplacer : la salle le verrait.</translation>
    </message>
    <message>
        <source>Checked. Read the lines above, then Export.</source>
        <translation>Vérifié. Lisez les lignes ci-dessus, puis Exporter.</translation>
    </message>
</context>
<context>
    <name>facts_panel</name>
    <message>
        <source>ratified</source>
        <translation>ratifié</translation>
    </message>
    <message>
        <source>acceded</source>
        <translation>adhésion</translation>
    </message>
    <message>
        <source>succession</source>
        <translation>succession</translation>
    </message>
    <message>
        <source>signed only</source>
        <translation>signé seulement</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>aucune action</translation>
    </message>
    <message>
        <source>Country facts</source>
        <translation>Données du pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Source of the facts</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Treaty ratifications</source>
        <translation>Ratifications des traités</translation>
    </message>
    <message>
        <source>Corrected status</source>
        <translation>Statut corrigé</translation>
    </message>
    <message>
        <source>Year of ratification</source>
        <translation>Année de ratification</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Back to the &amp;data</source>
        <translation>Revenir aux &amp;données</translation>
    </message>
    <message>
        <source>Export writes these into the Session 3 slide 'Treaties ratified by …', the Session 4 ratification table and the ratified-treaties handout. A correction is one change: Undo takes it back.</source>
        <translation>L'exportation les écrit dans la diapositive « Traités ratifiés par … » de la séance 3, le tableau des ratifications de la séance 4 et le document sur les traités ratifiés. Une correction est une modification : Annuler la reprend.</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>Ouvrez d'abord un cours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state} ({code})&lt;/b&gt;: UN human rights treaties</source>
        <translation>&lt;b&gt;{state} ({code})&lt;/b&gt; : traités des Nations Unies relatifs aux droits de l'homme</translation>
    </message>
    <message>
        <source> (your correction)</source>
        <translation> (votre correction)</translation>
    </message>
    <message>
        <source>Correct &lt;b&gt;{instrument}&lt;/b&gt; (a change since June 2022, or an error):</source>
        <translation>Corriger &lt;b&gt;{instrument}&lt;/b&gt; (un changement depuis juin 2022, ou une erreur) :</translation>
    </message>
    <message>
        <source>correcting a country fact</source>
        <translation>la correction d'une donnée du pays</translation>
    </message>
    <message>
        <source>This course has no country: choose one on the Country profile tab.</source>
        <translation>Ce cours n'a pas de pays : choisissez-en un dans l'onglet Profil du pays.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Fill its placeholders in Adapt &gt; Gaps to adapt (Ctrl+Shift+G), or click this line and double-click the slide to edit its text; or hide the slide (H).</source>
        <translation>Remplissez ses espaces réservés dans Adapter &gt; Points à adapter (Ctrl+Maj+G), ou cliquez sur cette ligne puis double-cliquez sur la diapositive pour modifier son texte ; ou masquez la diapositive (H).</translation>
    </message>
    <message>
        <source>Click this line to go to the slide: double-click it to edit its text or notes, insert your own slide after it, or hide it (H). Adapt &gt; Gaps to adapt can mark it adapted.</source>
        <translation>Cliquez sur cette ligne pour aller à la diapositive : double-cliquez dessus pour modifier son texte ou ses notes, insérez votre propre diapositive après elle, ou masquez-la (H). Adapter &gt; Points à adapter peut la marquer comme adaptée.</translation>
    </message>
    <message>
        <source>Fill it in on the Country profile tab (click this line), or in Adapt &gt; Gaps to adapt.</source>
        <translation>Remplissez-le dans l'onglet Profil du pays (cliquez sur cette ligne), ou dans Adapter &gt; Points à adapter.</translation>
    </message>
    <message>
        <source>Give it a value under Custom tokens on the Country profile tab, or edit the slide's text.</source>
        <translation>Donnez-lui une valeur sous Balises personnalisées dans l'onglet Profil du pays, ou modifiez le texte de la diapositive.</translation>
    </message>
    <message>
        <source>Click this line to go to the slide: redo the change, or Slides &gt; Reset to the original.</source>
        <translation>Cliquez sur cette ligne pour aller à la diapositive : refaites la modification, ou Diapositives &gt; Rétablir l'original.</translation>
    </message>
    <message>
        <source>Add a slot for it on the Agenda tab, or untick it in Agenda &gt; Sessions to teach.</source>
        <translation>Ajoutez-lui un créneau dans l'onglet Programme, ou décochez-la dans Programme &gt; Séances à donner.</translation>
    </message>
    <message>
        <source>Nothing to do; to change it, use the Agenda tab's buttons for Session {number}.</source>
        <translation>Rien à faire ; pour changer, utilisez les boutons de la séance {number} dans l'onglet Programme.</translation>
    </message>
    <message>
        <source>On the Agenda tab: 'Rescale the plan' or 'Drop steps…' for Session {number}, or lengthen its slot.</source>
        <translation>Dans l'onglet Programme : « Raccourcir le plan » ou « Supprimer des étapes… » pour la séance {number}, ou allongez son créneau.</translation>
    </message>
    <message>
        <source>On the Agenda tab: lengthen its slot, or choose 'Rescale the plan' or 'Drop steps…' for Session {number}.</source>
        <translation>Dans l'onglet Programme : allongez son créneau, ou choisissez « Raccourcir le plan » ou « Supprimer des étapes… » pour la séance {number}.</translation>
    </message>
</context>
<context>
    <name>gaps_panel</name>
    <message>
        <source>Text for the room, in place of the brackets</source>
        <translation>Texte pour la salle, à la place des crochets</translation>
    </message>
    <message>
        <source>Replace {text}</source>
        <translation>Remplacer {text}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Mark adapted</source>
        <translation>Marquer comme adaptée</translation>
    </message>
    <message>
        <source>You adapted it (or it fits as it is): its 'To adapt' label leaves the export.</source>
        <translation>Vous l'avez adaptée (ou elle convient telle quelle) : son étiquette « À adapter » quitte l'exportation.</translation>
    </message>
    <message>
        <source>Hide slide</source>
        <translation>Masquer la diapositive</translation>
    </message>
    <message>
        <source>Gaps to adapt</source>
        <translation>Points à adapter</translation>
    </message>
    <message>
        <source>Adaptation points done</source>
        <translation>Points d'adaptation faits</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>Avancement de l'adaptation</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Type in place of each placeholder, fill the profile, or mark a slide adapted. A slide keeps its orange 'To adapt' label while bracket text remains on it.</source>
        <translation>Tapez à la place de chaque texte entre crochets, remplissez le profil ou marquez une diapositive comme adaptée. Une diapositive garde son étiquette orange « À adapter » tant qu'il y reste du texte entre crochets.</translation>
    </message>
    <message>
        <source>Gaps still to adapt</source>
        <translation>Points encore à adapter</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>Ouvrez d'abord un cours.</translation>
    </message>
    <message>
        <source>listing the gaps</source>
        <translation>la liste des points à adapter</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} sur {total} faits</translation>
    </message>
    <message>
        <source>Nothing left to adapt in the chosen sessions.</source>
        <translation>Plus rien à adapter dans les séances choisies.</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Aller à la diapositive</translation>
    </message>
    <message>
        <source>Go to profile</source>
        <translation>Aller au profil</translation>
    </message>
    <message>
        <source>replacing a placeholder</source>
        <translation>le remplacement d'un texte entre crochets</translation>
    </message>
    <message>
        <source>setting a profile field</source>
        <translation>l'enregistrement d'un champ du profil</translation>
    </message>
    <message>
        <source>marking a slide adapted</source>
        <translation>le marquage d'une diapositive comme adaptée</translation>
    </message>
    <message>
        <source>hiding a slide</source>
        <translation>le masquage d'une diapositive</translation>
    </message>
    <message>
        <source>Type the text for the room and press Enter; the slide editor (double-click the slide) edits the rest.</source>
        <translation>Tapez le texte pour la salle et appuyez sur Entrée ; l'éditeur de diapositive (double-clic sur la diapositive) modifie le reste.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Country of the new course</source>
        <translation>Pays du nouveau cours</translation>
    </message>
    <message>
        <source>New course name</source>
        <translation>Nom du nouveau cours</translation>
    </message>
    <message>
        <source>e.g. Amman, May 2025</source>
        <translation>p. ex. Amman, mai 2025</translation>
    </message>
    <message>
        <source>&amp;Create a course for a country</source>
        <translation>&amp;Créer un cours pour un pays</translation>
    </message>
    <message>
        <source>New course message</source>
        <translation>Message sur le nouveau cours</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Course &amp;name:</source>
        <translation>&amp;Nom du cours :</translation>
    </message>
    <message>
        <source>Create a course for a country</source>
        <translation>Créer un cours pour un pays</translation>
    </message>
    <message>
        <source>&amp;Browse the bundled course</source>
        <translation>&amp;Parcourir le cours fourni</translation>
    </message>
    <message>
        <source>Slides with pictures, speaker notes and handouts as bundled; read-only, no course.</source>
        <translation>Diapositives avec images, notes de l'intervenant et documents à distribuer tels que fournis ; lecture seule, sans cours.</translation>
    </message>
    <message>
        <source>Give the course a name (for example the place and month of the training).</source>
        <translation>Donnez un nom au cours (par exemple le lieu et le mois de la formation).</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>Pe&amp;rsonnes</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to {APP_NAME}&lt;/h2&gt;&lt;p&gt;Make the OHCHR course your own: a course keeps your country profile, your slide changes and your agenda. Create one for the country you will train in, or open one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans {APP_NAME}&lt;/h2&gt;&lt;p&gt;Faites vôtre le cours du HCDH : un cours garde votre profil du pays, vos modifications de diapositives et votre programme. Créez-en un pour le pays où vous allez former, ou ouvrez-en un.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent courses</source>
        <translation>Cours récents</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nouveau cours…</translation>
    </message>
    <message>
        <source>&amp;Open course…</source>
        <translation>&amp;Ouvrir un cours…</translation>
    </message>
    <message>
        <source>Recent courses (Enter opens):</source>
        <translation>Cours récents (Entrée pour ouvrir) :</translation>
    </message>
    <message>
        <source>Course modules and sessions</source>
        <translation>Modules et séances du cours</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Vue d'ensemble</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Diapositives</translation>
    </message>
    <message>
        <source>Country &amp;profile</source>
        <translation>&amp;Profil du pays</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>Slide picture engine</source>
        <translation>Moteur d'images des diapositives</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Pack for venue…</source>
        <translation>&amp;Préparer pour le lieu de formation…</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>&amp;Vérifier un paquet…</translation>
    </message>
    <message>
        <source>&amp;Translate course…</source>
        <translation>&amp;Traduire le cours…</translation>
    </message>
    <message>
        <source>&amp;Share course as bundle…</source>
        <translation>&amp;Partager le cours en archive…</translation>
    </message>
    <message>
        <source>&amp;Import course bundle…</source>
        <translation>&amp;Importer une archive de cours…</translation>
    </message>
    <message>
        <source>&amp;Accessibility check</source>
        <translation>Vérification de l'&amp;accessibilité</translation>
    </message>
    <message>
        <source>Examples &amp;library…</source>
        <translation>&amp;Bibliothèque d'exemples…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un cours &amp;récent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation>D&amp;iapositives</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Course tree</source>
        <translation>Arborescence du cours</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Profil du pays</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>À &amp;propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Pack for venue</source>
        <translation>Préparer pour le lieu</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>saving the language</source>
        <translation>l'enregistrement de la langue</translation>
    </message>
    <message>
        <source>{language} will be used from the next start of {APP_NAME}.</source>
        <translation>{language} sera utilisé au prochain démarrage de {APP_NAME}.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l'instant)</translation>
    </message>
    <message>
        <source>Module {number}: {title}</source>
        <translation>Module {number} : {title}</translation>
    </message>
    <message>
        <source> (forthcoming)</source>
        <translation> (à venir)</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Séance {number} : {title}</translation>
    </message>
    <message>
        <source>Forthcoming: the guide announces this session but has no content yet.</source>
        <translation>À venir : le guide annonce cette séance mais n'a pas encore de contenu.</translation>
    </message>
    <message>
        <source>Forthcoming. {text}</source>
        <translation>À venir. {text}</translation>
    </message>
    <message>
        <source>Verify a package (or a stick with packages)</source>
        <translation>Vérifier un paquet (ou une clé contenant des paquets)</translation>
    </message>
    <message>
        <source>opening the course {name}</source>
        <translation>l'ouverture du cours {name}</translation>
    </message>
    <message>
        <source>creating a course</source>
        <translation>la création d'un cours</translation>
    </message>
    <message>
        <source>Course {name} open. Ctrl+Z undoes any change, even after a restart.</source>
        <translation>Cours {name} ouvert. Ctrl+Z annule toute modification, même après un redémarrage.</translation>
    </message>
    <message>
        <source>{short_title}: {sessions} sessions, bundled course {version}</source>
        <translation>{short_title} : {sessions} séances, cours fourni {version}</translation>
    </message>
    <message>
        <source>showing the course</source>
        <translation>l'affichage du cours</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annuler : {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rétablir : {change}</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Annuler : {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Shift+Z)</source>
        <translation>Rétablir : {change} (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>undoing</source>
        <translation>l'annulation</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Annulé : {change}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>redoing</source>
        <translation>le rétablissement</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Rétabli : {change}</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>&amp;Gaps to adapt</source>
        <translation>&amp;Points à adapter</translation>
    </message>
    <message>
        <source>Country &amp;facts</source>
        <translation>&amp;Données du pays</translation>
    </message>
    <message>
        <source>Ada&amp;pt</source>
        <translation>Ada&amp;pter</translation>
    </message>
    <message>
        <source>&amp;Sessions to teach…</source>
        <translation>&amp;Séances à donner…</translation>
    </message>
    <message>
        <source>Create or open a course first.</source>
        <translation>Créez ou ouvrez d'abord un cours.</translation>
    </message>
    <message>
        <source>choosing the sessions</source>
        <translation>le choix des séances</translation>
    </message>
    <message>
        <source>The agenda still has slots for sessions you do not teach ({sessions}). Take them out of the agenda? The days keep their breaks; Undo puts them back.</source>
        <translation>Le programme a encore des créneaux pour des séances que vous ne donnez pas ({sessions}). Les retirer du programme ? Les journées gardent leurs pauses ; Annuler les remet.</translation>
    </message>
    <message>
        <source>Sessions to teach</source>
        <translation>Séances à donner</translation>
    </message>
    <message>
        <source>&amp;Take them out</source>
        <translation>&amp;Les retirer</translation>
    </message>
    <message>
        <source>&amp;Keep the agenda</source>
        <translation>&amp;Garder le programme</translation>
    </message>
</context>
<context>
    <name>pack_dialog</name>
    <message>
        <source>Errors: packing cannot go on</source>
        <extracomment>Location kinds the main window can show (``MainWindow.go_to_location``).</extracomment>
        <translation>Erreurs : la préparation ne peut pas continuer</translation>
    </message>
    <message>
        <source>Warnings: visible at the venue</source>
        <translation>Avertissements : visibles sur le lieu de formation</translation>
    </message>
    <message>
        <source>Notes: worth a look</source>
        <translation>Remarques : à regarder</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>Lecteur amovible</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} libres</translation>
    </message>
    <message>
        <source>Pack {name} for the venue</source>
        <translation>Préparer {name} pour le lieu de formation</translation>
    </message>
    <message>
        <source>Where to pack</source>
        <translation>Où préparer le paquet</translation>
    </message>
    <message>
        <source>&amp;Refresh drives</source>
        <translation>&amp;Actualiser les lecteurs</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Put a portable copy of TrainerKit on the stick</source>
        <translation>Mettre une copie portable de TrainerKit sur la clé</translation>
    </message>
    <message>
        <source>Put a portable copy of TrainerKit on the stick (no portable build on this computer)</source>
        <translation>Mettre une copie portable de TrainerKit sur la clé (pas de version portable sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Before you go: preflight report</source>
        <translation>Avant de partir : rapport de vérification</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>Avant de partir</translation>
    </message>
    <message>
        <source>Packing progress</source>
        <translation>Progression de la préparation</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>Packing status</source>
        <translation>État de la préparation</translation>
    </message>
    <message>
        <source>Packing summary</source>
        <translation>Résumé de la préparation</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>No removable drive found: plug in a stick and refresh, or choose a folder.</source>
        <translation>Aucun lecteur amovible trouvé : branchez une clé et actualisez, ou choisissez un dossier.</translation>
    </message>
    <message>
        <source>Pack into folder</source>
        <translation>Préparer dans le dossier</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Impossible d'utiliser {path} : {reason}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking the course…</source>
        <translation>Vérification du cours…</translation>
    </message>
    <message>
        <source>checking the course</source>
        <translation>la vérification du cours</translation>
    </message>
    <message>
        <source>Checked. Choose where to pack, then Pack.</source>
        <translation>Vérifié. Choisissez où préparer le paquet, puis Préparer.</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>Vérifié.</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Que faire : {fix}</translation>
    </message>
    <message>
        <source>Click to go there.</source>
        <translation>Cliquez pour y aller.</translation>
    </message>
    <message>
        <source>Nothing to report: the course is ready for the venue.</source>
        <translation>Rien à signaler : le cours est prêt pour le lieu de formation.</translation>
    </message>
    <message>
        <source>Package: {size}.</source>
        <translation>Paquet : {size}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; {fix}</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt; : {message}&lt;br/&gt;&lt;b&gt;Que faire :&lt;/b&gt; {fix}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>packing the course into {target}</source>
        <translation>la préparation du cours dans {target}</translation>
    </message>
    <message>
        <source>Cancelled. Files already copied are verified and stay; packing again to the same place goes on from there.</source>
        <translation>Annulé. Les fichiers déjà copiés sont vérifiés et restent ; une nouvelle préparation au même endroit reprend à partir de là.</translation>
    </message>
    <message>
        <source>Packing stopped.</source>
        <translation>Préparation arrêtée.</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>Non terminé.</translation>
    </message>
    <message>
        <source>Packing failed.</source>
        <translation>La préparation a échoué.</translation>
    </message>
    <message>
        <source>packing the course</source>
        <translation>la préparation du cours</translation>
    </message>
    <message>
        <source>Done: every file was read back from the target and checked.</source>
        <translation>Terminé : chaque fichier a été relu sur la destination et vérifié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{message}&lt;/b&gt;&lt;br/&gt;{package}&lt;br/&gt;{size}; {copied} written, {skipped} already there and verified ({files} in all).{notes}</source>
        <translation>&lt;b&gt;{message}&lt;/b&gt;&lt;br/&gt;{package}&lt;br/&gt;{size} ; {copied} écrits, {skipped} déjà présents et vérifiés ({files} au total).{notes}</translation>
    </message>
    <message>
        <source>Package complete and verified: {count} files</source>
        <translation>Paquet complet et vérifié : {count} fichiers</translation>
    </message>
</context>
<context>
    <name>profile_form</name>
    <message>
        <source>Country</source>
        <extracomment>the core's ``PROFILE_LABELS`` marked for translation here (the core does not speak Qt)</extracomment>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Course profile</source>
        <translation>Profil du cours</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Custom tokens</source>
        <translation>Balises personnalisées</translation>
    </message>
    <message>
        <source>&amp;Add token</source>
        <translation>&amp;Ajouter une balise</translation>
    </message>
    <message>
        <source>Add a custom token</source>
        <translation>Ajouter une balise personnalisée</translation>
    </message>
    <message>
        <source>&amp;Remove token</source>
        <translation>&amp;Retirer la balise</translation>
    </message>
    <message>
        <source>Remove the selected custom token</source>
        <translation>Retirer la balise personnalisée sélectionnée</translation>
    </message>
    <message>
        <source>Your own {{tokens}} for slides you add: a name (letters, digits, _) and its value.</source>
        <translation>Vos propres {{balises}} pour les diapositives que vous ajoutez : un nom (lettres, chiffres, _) et sa valeur.</translation>
    </message>
    <message>
        <source>These values replace the {{tokens}} on slides and in speaker notes; the slide previews show them at once.</source>
        <translation>Ces valeurs remplacent les {{balises}} sur les diapositives et dans les notes de l'intervenant ; les aperçus des diapositives les montrent aussitôt.</translation>
    </message>
    <message>
        <source>Open or create a course to edit its profile.</source>
        <translation>Ouvrez ou créez un cours pour modifier son profil.</translation>
    </message>
    <message>
        <source>saving the course profile</source>
        <translation>l'enregistrement du profil du cours</translation>
    </message>
</context>
<context>
    <name>sessions_dialog</name>
    <message>
        <source>Sessions to teach</source>
        <translation>Séances à donner</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Séance {number} : {title}</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>Sessions chosen</source>
        <translation>Séances choisies</translation>
    </message>
    <message>
        <source>Export, Pack for venue, the gaps list and the trainer pack cover the ticked sessions. Space ticks the current one.</source>
        <translation>L'export, la préparation pour le lieu, la liste des points à adapter et le dossier du formateur couvrent les séances cochées. Espace coche la séance courante.</translation>
    </message>
    <message>
        <source>{count} of {total} sessions chosen.</source>
        <translation>{count} séances choisies sur {total}.</translation>
    </message>
    <message>
        <source>Tick at least one session.</source>
        <translation>Cochez au moins une séance.</translation>
    </message>
</context>
<context>
    <name>slide_dialogs</name>
    <message>
        <source>• Slide {slide}: {note}</source>
        <translation>• Diapositive {slide} : {note}</translation>
    </message>
    <message>
        <source>1 slide was inserted. Not everything came with it:</source>
        <translation>1 diapositive a été insérée. Tout n'a pas suivi :</translation>
    </message>
    <message>
        <source>{count} slides were inserted. Not everything came with it:</source>
        <translation>{count} diapositives ont été insérées. Tout n'a pas suivi :</translation>
    </message>
    <message>
        <source>Slides inserted</source>
        <translation>Diapositives insérées</translation>
    </message>
    <message>
        <source>Insert slides from {name}</source>
        <translation>Insérer des diapositives depuis {name}</translation>
    </message>
    <message>
        <source>Slides to insert</source>
        <translation>Diapositives à insérer</translation>
    </message>
    <message>
        <source>Tick the slides to insert after the selected slide (Space ticks):</source>
        <translation>Cochez les diapositives à insérer après la diapositive sélectionnée (Espace pour cocher) :</translation>
    </message>
    <message>
        <source>Speaker notes: {title}</source>
        <translation>Notes de l'intervenant : {title}</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l'intervenant</translation>
    </message>
    <message>
        <source>Tokens such as {{country}} are filled from the country profile at export.</source>
        <translation>Les balises comme {{country}} sont remplies à partir du profil du pays lors de l'exportation.</translation>
    </message>
    <message>
        <source>To &amp;position</source>
        <translation>À la &amp;position</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Nouvelle position</translation>
    </message>
    <message>
        <source>&amp;After slide</source>
        <translation>&amp;Après la diapositive</translation>
    </message>
    <message>
        <source>Slide to put it after</source>
        <translation>Diapositive après laquelle la placer</translation>
    </message>
    <message>
        <source>Where should the slide go in its session?</source>
        <translation>Où placer la diapositive dans sa session ?</translation>
    </message>
    <message>
        <source>Move slide {position}: {title}</source>
        <translation>Déplacer la diapositive {position} : {title}</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> sur {count}</translation>
    </message>
</context>
<context>
    <name>slide_editor</name>
    <message>
        <source>Edit slide text</source>
        <translation>Modifier le texte de la diapositive</translation>
    </message>
    <message>
        <source>Slide picture</source>
        <translation>Image de la diapositive</translation>
    </message>
    <message>
        <source>Picture status</source>
        <translation>État de l'image</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <source>Each field is one paragraph of the slide; Enter makes a line break. Tokens such as {{country}} are filled from the country profile at export. The formatting stays.</source>
        <translation>Chaque champ est un paragraphe de la diapositive ; Entrée fait un saut de ligne. Les balises comme {{country}} sont remplies à l'export à partir du profil du pays. La mise en forme est conservée.</translation>
    </message>
    <message>
        <source>Texts of the slide</source>
        <translation>Textes de la diapositive</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l'orateur</translation>
    </message>
    <message>
        <source>&amp;Speaker notes</source>
        <translation>&amp;Notes de l'orateur</translation>
    </message>
    <message>
        <source>◀ &amp;Previous slide</source>
        <translation>◀ Diapositive &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next slide ▶</source>
        <translation>Diapositive &amp;suivante ▶</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Not applied yet: the picture shows your draft.</source>
        <translation>Pas encore appliqué : l'image montre votre brouillon.</translation>
    </message>
    <message>
        <source>Applied as one undo step (Undo here, or Ctrl+Z in the main window).</source>
        <translation>Appliqué en une seule étape d'annulation (Annuler ici, ou Ctrl+Z dans la fenêtre principale).</translation>
    </message>
    <message>
        <source>undoing</source>
        <translation>l'annulation</translation>
    </message>
    <message>
        <source>redoing</source>
        <translation>le rétablissement</translation>
    </message>
    <message>
        <source>drawing the slide</source>
        <translation>le dessin de la diapositive</translation>
    </message>
    <message>
        <source>{where} (location {location})</source>
        <translation>{where} (emplacement {location})</translation>
    </message>
    <message>
        <source>Session {session}, slide {position}: {title}</source>
        <translation>Session {session}, diapositive {position} : {title}</translation>
    </message>
    <message>
        <source>Edit slide text: {title}</source>
        <translation>Modifier le texte : {title}</translation>
    </message>
    <message>
        <source>editing the slide's text</source>
        <translation>la modification du texte de la diapositive</translation>
    </message>
    <message>
        <source>Drawing the slide…</source>
        <translation>Dessin de la diapositive…</translation>
    </message>
</context>
<context>
    <name>slide_model</name>
    <message>
        <source>, hidden</source>
        <extracomment>the course's content language and its translations by source hash: the tooltip shows a slide's title as the export will write it in that language</extracomment>
        <translation>, masquée</translation>
    </message>
    <message>
        <source>, needs adapting</source>
        <translation>, à adapter</translation>
    </message>
    <message>
        <source>Slide {position}: {title}</source>
        <translation>Diapositive {position} : {title}</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Key: {key} · layout {layout} · {origin}</source>
        <translation>Clé : {key} · mise en page {layout} · {origin}</translation>
    </message>
    <message>
        <source>In {language}: {title}</source>
        <translation>En {language} : {title}</translation>
    </message>
    <message>
        <source>Title not translated yet</source>
        <translation>Titre pas encore traduit</translation>
    </message>
    <message>
        <source>Hidden in the slideshow (click the eye or press H to show it)</source>
        <translation>Masquée dans le diaporama (cliquez sur l'œil ou appuyez sur H pour l'afficher)</translation>
    </message>
    <message>
        <source>To adapt: {adapt}</source>
        <translation>À adapter : {adapt}</translation>
    </message>
</context>
<context>
    <name>sorter</name>
    <message>
        <source>ADAPT</source>
        <translation>ADAPTER</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>  (masquée)</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>Aperçu de la diapositive</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Titre de la diapositive</translation>
    </message>
    <message>
        <source>Slide status</source>
        <translation>État de la diapositive</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l'intervenant</translation>
    </message>
    <message>
        <source>No slide selected</source>
        <translation>Aucune diapositive sélectionnée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden&lt;/b&gt; in the slideshow (it stays in the file).</source>
        <translation>&lt;b&gt;Masquée&lt;/b&gt; dans le diaporama (elle reste dans le fichier).</translation>
    </message>
    <message>
        <source>&lt;span style='color:#A84B00'&gt;&lt;b&gt;To adapt:&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style='color:#A84B00'&gt;&lt;b&gt;À adapter :&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>No value yet for </source>
        <translation>Pas encore de valeur pour </translation>
    </message>
    <message>
        <source> (country profile).</source>
        <translation> (profil du pays).</translation>
    </message>
    <message>
        <source>(no speaker notes)</source>
        <translation>(pas de notes de l'intervenant)</translation>
    </message>
    <message>
        <source>Drawing the slide…</source>
        <translation>Dessin de la diapositive…</translation>
    </message>
    <message>
        <source>Slide sorter</source>
        <translation>Trieuse de diapositives</translation>
    </message>
    <message>
        <source>Slides of the session. H hides or shows, Ctrl+D duplicates, Delete deletes, Alt+Left and Alt+Right move the selected slides.</source>
        <translation>Diapositives de la séance. H masque ou affiche, Ctrl+D duplique, Suppr supprime, Alt+Gauche et Alt+Droite déplacent les diapositives sélectionnées.</translation>
    </message>
    <message>
        <source>Slide sorter status</source>
        <translation>État de la trieuse de diapositives</translation>
    </message>
    <message>
        <source>&amp;Hide or show</source>
        <translation>&amp;Masquer ou afficher</translation>
    </message>
    <message>
        <source>Hide or show</source>
        <translation>Masquer ou afficher</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Déplacer à &amp;gauche</translation>
    </message>
    <message>
        <source>Move &amp;right</source>
        <translation>Déplacer à &amp;droite</translation>
    </message>
    <message>
        <source>Insert an &amp;example from the library…</source>
        <translation>Insérer un &amp;exemple de la bibliothèque…</translation>
    </message>
    <message>
        <source>Insert slides from a &amp;file…</source>
        <translation>Insérer des diapositives depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Edit speaker &amp;notes…</source>
        <translation>Modifier les &amp;notes de l'intervenant…</translation>
    </message>
    <message>
        <source>&amp;Reset to the original</source>
        <translation>&amp;Rétablir l'original</translation>
    </message>
    <message>
        <source>Mark as &amp;adapted</source>
        <translation>Marquer comme &amp;adaptée</translation>
    </message>
    <message>
        <source>&amp;Hide in the slideshow</source>
        <translation>&amp;Masquer dans le diaporama</translation>
    </message>
    <message>
        <source>&amp;Show in the slideshow</source>
        <translation>&amp;Afficher dans le diaporama</translation>
    </message>
    <message>
        <source>Choose a session in the tree to see its slides.</source>
        <translation>Choisissez une séance dans l'arborescence pour voir ses diapositives.</translation>
    </message>
    <message>
        <source>Session {session}: {count} slides, {hidden} hidden, {adapt} to adapt. {engine}.</source>
        <translation>Séance {session} : {count} diapositives, {hidden} masquées, {adapt} à adapter. {engine}.</translation>
    </message>
    <message>
        <source>drawing the slides of session {session}</source>
        <translation>le dessin des diapositives de la séance {session}</translation>
    </message>
    <message>
        <source>hiding or showing a slide</source>
        <translation>le masquage ou l'affichage d'une diapositive</translation>
    </message>
    <message>
        <source>hiding or showing slides</source>
        <translation>le masquage ou l'affichage de diapositives</translation>
    </message>
    <message>
        <source>{verb} {count} slides</source>
        <translation>{verb} {count} diapositives</translation>
    </message>
    <message>
        <source>{verb} slide {key}</source>
        <translation>{verb} la diapositive {key}</translation>
    </message>
    <message>
        <source>changing slides</source>
        <translation>la modification des diapositives</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Mark as adapted</source>
        <translation>Marquer comme adaptée</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>moving slides</source>
        <translation>le déplacement des diapositives</translation>
    </message>
    <message>
        <source>inserting a slide</source>
        <translation>l'insertion d'une diapositive</translation>
    </message>
    <message>
        <source>inserting slides from a file</source>
        <translation>l'insertion de diapositives depuis un fichier</translation>
    </message>
    <message>
        <source>Insert slides from a presentation</source>
        <translation>Insérer des diapositives depuis une présentation</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>opening {name}</source>
        <translation>l'ouverture de {name}</translation>
    </message>
    <message>
        <source>editing speaker notes</source>
        <translation>la modification des notes de l'intervenant</translation>
    </message>
    <message>
        <source>Show the slide again at its place in the guide ({where})? It is now at position {now}.</source>
        <translation>Afficher de nouveau la diapositive à sa place dans le guide ({where}) ? Elle est maintenant en position {now}.</translation>
    </message>
    <message>
        <source>&amp;Edit slide text…</source>
        <translation>&amp;Modifier le texte de la diapositive…</translation>
    </message>
    <message>
        <source>Move to &amp;position…</source>
        <translation>Déplacer à la &amp;position…</translation>
    </message>
    <message>
        <source>position 1, the first slide</source>
        <translation>position 1, la première diapositive</translation>
    </message>
    <message>
        <source>Show slide</source>
        <translation>Afficher la diapositive</translation>
    </message>
    <message>
        <source>Put it &amp;back at its place</source>
        <translation>La &amp;remettre à sa place</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>La &amp;laisser ici</translation>
    </message>
    <message>
        <source>moving a slide</source>
        <translation>le déplacement d'une diapositive</translation>
    </message>
    <message>
        <source>showing a slide</source>
        <translation>l'affichage d'une diapositive</translation>
    </message>
    <message>
        <source>position {position}, after '{title}'</source>
        <translation>position {position}, après « {title} »</translation>
    </message>
    <message>
        <source>opening the slide editor</source>
        <translation>l'ouverture de l'éditeur de diapositive</translation>
    </message>
    <message>
        <source>Slide {key} keeps its 'To adapt' label while bracket text remains on it: fill it in Adapt &gt; Gaps to adapt.</source>
        <translation>La diapositive {key} garde son étiquette « À adapter » tant qu'il y reste du texte entre crochets : remplissez-le dans Adapter &gt; Points à adapter.</translation>
    </message>
</context>
<context>
    <name>translate_dialog</name>
    <message>
        <source>Translate course</source>
        <translation>Traduire le cours</translation>
    </message>
    <message>
        <source>Checking what is translated…</source>
        <translation>Vérification de ce qui est traduit…</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traduits</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Périmés</translation>
    </message>
    <message>
        <source>&amp;Export for translation…</source>
        <translation>&amp;Exporter pour traduction…</translation>
    </message>
    <message>
        <source>Write every text of the course to an XLIFF or PO file for a translator</source>
        <translation>Écrire tous les textes du cours dans un fichier XLIFF ou PO pour un traducteur</translation>
    </message>
    <message>
        <source>&amp;Import translation…</source>
        <translation>&amp;Importer une traduction…</translation>
    </message>
    <message>
        <source>Check a translated XLIFF or PO file and store it in the course</source>
        <translation>Vérifier un fichier XLIFF ou PO traduit et l'enregistrer dans le cours</translation>
    </message>
    <message>
        <source>Something went wrong; the log file has the details.</source>
        <translation>Un problème est survenu ; le fichier journal donne les détails.</translation>
    </message>
    <message>
        <source>checking what is translated</source>
        <translation>la vérification de ce qui est traduit</translation>
    </message>
    <message>
        <source>This course is in English. Choose its language on the course page (Language) to translate it.</source>
        <translation>Ce cours est en anglais. Choisissez sa langue sur la page du cours (Langue) pour le traduire.</translation>
    </message>
    <message>
        <source>Course content in {language}: what is translated, per part.</source>
        <translation>Contenu du cours en {language} : ce qui est traduit, par partie.</translation>
    </message>
    <message>
        <source>Export the course's texts</source>
        <translation>Exporter les textes du cours</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (*.xlf);;PO (*.po)</source>
        <translation>XLIFF 2.0 (*.xlf);;PO (*.po)</translation>
    </message>
    <message>
        <source>exporting the course's texts</source>
        <translation>l'exportation des textes du cours</translation>
    </message>
    <message>
        <source>Wrote {count} texts to {path} ({done} already translated, filled in).</source>
        <translation>{count} textes écrits dans {path} ({done} déjà traduits, remplis).</translation>
    </message>
    <message>
        <source>Import a translated file</source>
        <translation>Importer un fichier traduit</translation>
    </message>
    <message>
        <source>Translations (*.xlf *.xliff *.po)</source>
        <translation>Traductions (*.xlf *.xliff *.po)</translation>
    </message>
    <message>
        <source>importing the translation</source>
        <translation>l'importation de la traduction</translation>
    </message>
    <message>
        <source>Imported {count} translated texts; {empty} still untranslated.</source>
        <translation>{count} textes traduits importés ; {empty} encore non traduits.</translation>
    </message>
</context>
<context>
    <name>verify_dialog</name>
    <message>
        <source>Not complete.</source>
        <translation>Incomplet.</translation>
    </message>
    <message>
        <source>&lt;p style='color:#B00020'&gt;&lt;b&gt;This package is damaged.&lt;/b&gt; Pack the course again, or copy these files from another copy.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#B00020'&gt;&lt;b&gt;Ce paquet est endommagé.&lt;/b&gt; Préparez à nouveau le cours, ou copiez ces fichiers depuis une autre copie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Changed since packing</source>
        <translation>Modifiés depuis la préparation</translation>
    </message>
    <message>
        <source>Not in the manifest (added later?)</source>
        <translation>Absents du manifeste (ajoutés après ?)</translation>
    </message>
    <message>
        <source>All {count} files match.</source>
        <translation>Les {count} fichiers sont conformes.</translation>
    </message>
    <message>
        <source>Verify {name}</source>
        <translation>Vérifier {name}</translation>
    </message>
    <message>
        <source>Verifying progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Checking every file in {path}…</source>
        <translation>Vérification de chaque fichier dans {path}…</translation>
    </message>
    <message>
        <source>Verifying status</source>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <source>Verify result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>There is no TrainerKit package in {path}.</source>
        <translation>Il n'y a pas de paquet TrainerKit dans {path}.</translation>
    </message>
    <message>
        <source>Package {number} of {total}: </source>
        <translation>Paquet {number} sur {total} : </translation>
    </message>
    <message>
        <source>verifying {path}</source>
        <translation>la vérification de {path}</translation>
    </message>
    <message>
        <source>Checking {label}</source>
        <translation>Vérification : {label}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked to the end.</source>
        <translation>Annulé : rien n'a été vérifié jusqu'au bout.</translation>
    </message>
    <message>
        <source>Could not verify.</source>
        <translation>Vérification impossible.</translation>
    </message>
    <message>
        <source> ({count} packages)</source>
        <translation> ({count} paquets)</translation>
    </message>
    <message>
        <source>All {total} files match.{several}</source>
        <translation>Les {total} fichiers sont conformes.{several}</translation>
    </message>
    <message>
        <source>{bad} of {total} package need attention.</source>
        <translation>{bad} paquet sur {total} demande votre attention.</translation>
    </message>
    <message>
        <source>{bad} of {total} packages need attention.</source>
        <translation>{bad} paquets sur {total} demandent votre attention.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Something went wrong while {doing}. Nothing you did caused this; please try again.</source>
        <translation>Un problème est survenu pendant {doing}. Vous n'y êtes pour rien ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did caused this; please try again.</source>
        <translation>Un problème est survenu. Vous n'y êtes pour rien ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>What TrainerKit was doing: {doing}.</source>
        <translation>Ce que faisait TrainerKit : {doing}.</translation>
    </message>
    <message>
        <source>Error: {kind}: {exc}</source>
        <translation>Erreur : {kind} : {exc}</translation>
    </message>
    <message>
        <source>The full report is in the log file: {log_path}</source>
        <translation>Le rapport complet se trouve dans le journal : {log_path}</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d'erreur</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>bundled_browser</name>
    <message>
        <source>Bundled course, read-only</source>
        <translation>Cours fourni, en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Create a course for a country…</source>
        <translation>&amp;Créer un cours pour un pays…</translation>
    </message>
    <message>
        <source>Bundled slides (read-only)</source>
        <translation>Diapositives fournies (lecture seule)</translation>
    </message>
    <message>
        <source>Handouts of the session</source>
        <translation>Documents à distribuer de la séance</translation>
    </message>
    <message>
        <source>Handout text</source>
        <translation>Texte du document à distribuer</translation>
    </message>
    <message>
        <source>Slides and notes</source>
        <translation>Diapositives et notes</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Documents à distribuer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session {session}: {title}&lt;/b&gt; — {count} slides as bundled, &lt;i&gt;read-only&lt;/i&gt;. Create a course for a country to change slides, fill the country profile and plan the agenda.</source>
        <translation>&lt;b&gt;Séance {session} : {title}&lt;/b&gt; — {count} diapositives telles que fournies, &lt;i&gt;en lecture seule&lt;/i&gt;. Créez un cours pour un pays pour modifier les diapositives, remplir le profil du pays et établir le programme.</translation>
    </message>
    <message>
        <source>This session has no handouts.</source>
        <translation>Cette séance n'a pas de documents à distribuer.</translation>
    </message>
    <message>
        <source>drawing the bundled slides of session {session}</source>
        <translation>le dessin des diapositives fournies de la séance {session}</translation>
    </message>
</context>
<context>
    <name>people_page</name>
    <message>
        <source>Facilitator of each session</source>
        <translation>Animateur de chaque séance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>&amp;Facilitators: who leads each session (trainer pack, agenda)</source>
        <translation>&amp;Animateurs : qui anime chaque séance (dossier du formateur, programme)</translation>
    </message>
    <message>
        <source>Participants list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;Import from a file (CSV or Excel)…</source>
        <translation>&amp;Importer depuis un fichier (CSV ou Excel)…</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Participants list messages</source>
        <translation>Messages sur la liste des participants</translation>
    </message>
    <message>
        <source>P&amp;articipants: name tags, certificates, attendance sheets</source>
        <translation>P&amp;articipants : badges nominatifs, attestations, feuilles de présence</translation>
    </message>
    <message>
        <source>Type a name in the empty last row to add someone; export makes the papers from the list.</source>
        <translation>Tapez un nom dans la dernière ligne vide pour ajouter une personne ; l'exportation produit les documents d'après la liste.</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Séance {number} : {title}</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <source>setting the facilitator</source>
        <translation>la désignation de l'animateur</translation>
    </message>
    <message>
        <source>Add {name} to the participants</source>
        <translation>Ajouter {name} aux participants</translation>
    </message>
    <message>
        <source>changing the participants list</source>
        <translation>la modification de la liste des participants</translation>
    </message>
    <message>
        <source>Remove {count} participants</source>
        <translation>Retirer {count} participants</translation>
    </message>
    <message>
        <source>removing participants</source>
        <translation>le retrait de participants</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Participants lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Listes de participants (*.csv *.xlsx *.xlsm *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing imported: {error}</source>
        <translation>Rien n'a été importé : {error}</translation>
    </message>
    <message>
        <source>importing participants</source>
        <translation>l'importation des participants</translation>
    </message>
</context>
</TS>
