<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>about</name>
    <message>
        <source>An offline kit for trainers of the OHCHR course &lt;i&gt;Towards a Human Rights-Based Approach to Migration&lt;/i&gt;.</source>
        <translation>Un kit sin conexión para formadores del curso del ACNUDH &lt;i&gt;Hacia un enfoque de la migración basado en los derechos humanos&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>accessibility_panel</name>
    <message>
        <source>Errors: some participants cannot read this</source>
        <translation>Errores: algunos participantes no pueden leer esto</translation>
    </message>
    <message>
        <source>Warnings: worth fixing</source>
        <translation>Advertencias: conviene corregirlas</translation>
    </message>
    <message>
        <source>Accessibility check</source>
        <translation>Comprobación de accesibilidad</translation>
    </message>
    <message>
        <source>&amp;Check accessibility</source>
        <translation>&amp;Comprobar la accesibilidad</translation>
    </message>
    <message>
        <source>Include handout &amp;PDFs (slower)</source>
        <translation>Incluir los &amp;PDF del material de apoyo (más lento)</translation>
    </message>
    <message>
        <source>Titles, alternative text, reading order, contrast, text size, table headers.</source>
        <translation>Títulos, texto alternativo, orden de lectura, contraste, tamaño del texto, encabezados de tabla.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Accessibility findings</source>
        <translation>Hallazgos de accesibilidad</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>Abra primero un curso.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>checking accessibility</source>
        <translation>la comprobación de accesibilidad</translation>
    </message>
    <message>
        <source>Checking: {label}…</source>
        <translation>Comprobando: {label}…</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Qué hacer: {fix}</translation>
    </message>
    <message>
        <source>Click to go there.</source>
        <translation>Haga clic para ir allí.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nada que señalar.</translation>
    </message>
    <message>
        <source> and {count} handout PDFs</source>
        <translation> y {count} PDF de material de apoyo</translation>
    </message>
    <message>
        <source>{slides_checked} slides{pdfs} checked: {errors} errors, {warnings} warnings.</source>
        <translation>{slides_checked} diapositivas{pdfs} comprobadas: {errors} errores, {warnings} advertencias.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; {fix}</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; {fix}</translation>
    </message>
</context>
<context>
    <name>agenda_editor</name>
    <message>
        <source>The guide's sample agenda. Create a course to arrange your own (read-only here).</source>
        <translation>El programa de ejemplo de la guía. Cree un curso para organizar el suyo (aquí solo lectura).</translation>
    </message>
    <message>
        <source>Move slot &amp;up</source>
        <translation>&amp;Subir el bloque</translation>
    </message>
    <message>
        <source>Move slot &amp;down</source>
        <translation>Bajar el &amp;bloque</translation>
    </message>
    <message>
        <source>Move slot to the day &amp;before</source>
        <translation>Mover el bloque al día &amp;anterior</translation>
    </message>
    <message>
        <source>Move slot to the day &amp;after</source>
        <translation>Mover el bloque al día &amp;siguiente</translation>
    </message>
    <message>
        <source>Day {day_1} time slots</source>
        <translation>Bloques horarios del día {day_1}</translation>
    </message>
    <message>
        <source>Sessions and breaks to place</source>
        <translation>Sesiones y pausas por colocar</translation>
    </message>
    <message>
        <source>Session {number}: {title} (Plan {plan_text})</source>
        <translation>Sesión {number}: {title} (plan {plan_text})</translation>
    </message>
    <message>
        <source>Guide {guide_text} · Plan {plan_text}. Drag onto a day: the new slot gets {duration}.</source>
        <translation>Guía {guide_text} · Plan {plan_text}. Arrastre a un día: el nuevo bloque dura {duration}.</translation>
    </message>
    <message>
        <source>&amp;Longer (+15 min)</source>
        <translation>Más &amp;largo (+15 min)</translation>
    </message>
    <message>
        <source>S&amp;horter (-15 min)</source>
        <translation>Más &amp;corto (-15 min)</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>&amp;Quitar el bloque</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>Añadir &amp;día</translation>
    </message>
    <message>
        <source>Back to the &amp;guide's agenda</source>
        <translation>Volver al programa de la &amp;guía</translation>
    </message>
    <message>
        <source>Agenda warnings</source>
        <translation>Advertencias sobre el programa</translation>
    </message>
    <message>
        <source>Agenda totals</source>
        <translation>Totales del programa</translation>
    </message>
    <message>
        <source>Drag onto a day, or select and press Enter to add to the selected (or last) day:</source>
        <translation>Arrastre a un día, o seleccione y pulse Intro para añadir al día seleccionado (o al último):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Day {day_day}&lt;/b&gt; &amp;nbsp; {day_start}–{day_end}&lt;br/&gt;Sessions: {duration}</source>
        <translation>&lt;b&gt;Día {day_day}&lt;/b&gt; &amp;nbsp; {day_start}–{day_end}&lt;br/&gt;Sesiones: {duration}</translation>
    </message>
    <message>
        <source>Day {day_day} summary</source>
        <translation>Resumen del día {day_day}</translation>
    </message>
    <message>
        <source>Day {day_day} start time</source>
        <translation>Hora de inicio del día {day_day}</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <source>{days} days; sessions: </source>
        <translation>{days} días; sesiones: </translation>
    </message>
    <message>
        <source>Every session gets at least the time the guide plans.</source>
        <translation>Cada sesión tiene al menos el tiempo previsto por la guía.</translation>
    </message>
    <message>
        <source>saving the agenda</source>
        <translation>el guardado del programa</translation>
    </message>
    <message>
        <source>Drop steps of session {number}</source>
        <translation>Quitar pasos de la sesión {number}</translation>
    </message>
    <message>
        <source>The agenda gives session {number} {given}; its plan needs {planned}. Tick the steps to leave out:</source>
        <translation>La agenda da {given} a la sesión {number}; su plan necesita {planned}. Marque los pasos que se quitan:</translation>
    </message>
    <message>
        <source>Time the plan still needs</source>
        <translation>Tiempo que el plan aún necesita</translation>
    </message>
    <message>
        <source>&amp;Drop the ticked steps</source>
        <translation>&amp;Quitar los pasos marcados</translation>
    </message>
    <message>
        <source>The rest needs {need}: it fits in {given}.</source>
        <translation>El resto necesita {need}: cabe en {given}.</translation>
    </message>
    <message>
        <source>The rest needs {need}: still {over} more than {given}.</source>
        <translation>El resto necesita {need}: todavía {over} más que {given}.</translation>
    </message>
    <message>
        <source>Day {day_day} date</source>
        <translation>Fecha del día {day_day}</translation>
    </message>
    <message>
        <source>your choice: every step rescaled</source>
        <translation>su elección: cada paso acortado en proporción</translation>
    </message>
    <message>
        <source>your choice: steps {steps} dropped</source>
        <translation>su elección: pasos {steps} quitados</translation>
    </message>
    <message>
        <source>choose how its plan fits</source>
        <translation>elija cómo se ajusta su plan</translation>
    </message>
    <message>
        <source>Session {number}: agenda {given}, plan {planned}; {choice}.</source>
        <translation>Sesión {number}: agenda {given}, plan {planned}; {choice}.</translation>
    </message>
    <message>
        <source>Rescale the plan</source>
        <translation>Reescalar el plan</translation>
    </message>
    <message>
        <source>Drop steps…</source>
        <translation>Quitar pasos…</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Como está previsto</translation>
    </message>
    <message>
        <source>Shorten every step in proportion, to fit the agenda's time.</source>
        <translation>Acortar cada paso en proporción, para caber en el tiempo de la agenda.</translation>
    </message>
    <message>
        <source>fitting a plan to the agenda</source>
        <translation>el ajuste de un plan a la agenda</translation>
    </message>
    <message>
        <source>Sess&amp;ions to teach…</source>
        <translation>Ses&amp;iones que se imparten…</translation>
    </message>
</context>
<context>
    <name>bundle_actions</name>
    <message>
        <source>Course: {course}</source>
        <translation>Curso: {course}</translation>
    </message>
    <message>
        <source>1 change to the bundled course (version {version})</source>
        <translation>1 cambio en el curso incluido (versión {version})</translation>
    </message>
    <message>
        <source>{changes} changes to the bundled course (version {version})</source>
        <translation>{changes} cambios en el curso incluido (versión {version})</translation>
    </message>
    <message>
        <source>1 own example</source>
        <translation>1 ejemplo propio</translation>
    </message>
    <message>
        <source>{count} own examples</source>
        <translation>{count} ejemplos propios</translation>
    </message>
    <message>
        <source>1 file (pictures, imported presentations)</source>
        <translation>1 archivo (imágenes, presentaciones importadas)</translation>
    </message>
    <message>
        <source>{count} files (pictures, imported presentations)</source>
        <translation>{count} archivos (imágenes, presentaciones importadas)</translation>
    </message>
    <message>
        <source>Made with {s_made_with}</source>
        <translation>Creado con {s_made_with}</translation>
    </message>
    <message>
        <source>Share course as bundle</source>
        <translation>Compartir el curso como lote</translation>
    </message>
    <message>
        <source>TrainerKit course (*{SUFFIX})</source>
        <translation>Curso de TrainerKit (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Escribiendo {name}</translation>
    </message>
    <message>
        <source>sharing the course {name}</source>
        <translation>el uso compartido del curso {name}</translation>
    </message>
    <message>
        <source>Course shared as {path}. Copy this file to the other computer and import it there.</source>
        <translation>Curso compartido como {path}. Copie este archivo en el otro ordenador e impórtelo allí.</translation>
    </message>
    <message>
        <source>Import course bundle</source>
        <translation>Importar un lote de curso</translation>
    </message>
    <message>
        <source>TrainerKit course (*{SUFFIX});;All files (*)</source>
        <translation>Curso de TrainerKit (*{SUFFIX});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Comprobando {name}</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>la lectura de {name}</translation>
    </message>
    <message>
        <source>Import the course in {name}?</source>
        <translation>¿Importar el curso de {name}?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>You already have a course named '{name}'.</source>
        <translation>Ya tiene un curso llamado «{name}».</translation>
    </message>
    <message>
        <source>Import the bundle as a new course under another name, or replace your course with it (your course's changes are then lost)?</source>
        <translation>¿Importar el lote como un nuevo curso con otro nombre, o reemplazar su curso con él (los cambios de su curso se pierden)?</translation>
    </message>
    <message>
        <source>Import as a &amp;new course…</source>
        <translation>Importar como &amp;nuevo curso…</translation>
    </message>
    <message>
        <source>&amp;Replace my course</source>
        <translation>&amp;Reemplazar mi curso</translation>
    </message>
    <message>
        <source>Name of the new course:</source>
        <translation>Nombre del nuevo curso:</translation>
    </message>
    <message>
        <source>importing {name}</source>
        <translation>la importación de {name}</translation>
    </message>
    <message>
        <source>opening the course {name}</source>
        <translation>la apertura del curso {name}</translation>
    </message>
    <message>
        <source>Examples renamed because you had different ones with the same ids: {count}.</source>
        <translation>Ejemplos renombrados porque usted tenía otros con los mismos identificadores: {count}.</translation>
    </message>
    <message>
        <source>Imported '{name}'{replacing}: {changes} changes, {examples} examples, {files} files.{renamed}</source>
        <translation>«{name}» importado{replacing}: {changes} cambios, {examples} ejemplos, {files} archivos.{renamed}</translation>
    </message>
    <message>
        <source> (replacing yours)</source>
        <translation> (reemplazando el suyo)</translation>
    </message>
</context>
<context>
    <name>course_picker</name>
    <message>
        <source>New course message</source>
        <translation>Mensaje sobre el nuevo curso</translation>
    </message>
    <message>
        <source>Give the new course a name (for example the place and month of the training).</source>
        <translation>Dé un nombre al nuevo curso (por ejemplo el lugar y el mes de la formación).</translation>
    </message>
    <message>
        <source>Open or create a course</source>
        <translation>Abrir o crear un curso</translation>
    </message>
    <message>
        <source>Your courses, most recent first</source>
        <translation>Sus cursos, los más recientes primero</translation>
    </message>
    <message>
        <source>{name}  ({country}, {count} changes)</source>
        <translation>{name}  ({country}, {count} cambios)</translation>
    </message>
    <message>
        <source>&amp;Your courses</source>
        <translation>&amp;Sus cursos</translation>
    </message>
    <message>
        <source>No courses yet: create one below.</source>
        <translation>Todavía no hay cursos: cree uno abajo.</translation>
    </message>
    <message>
        <source>New course name</source>
        <translation>Nombre del nuevo curso</translation>
    </message>
    <message>
        <source>e.g. Nairobi, May 2025</source>
        <translation>p. ej. Nairobi, mayo de 2025</translation>
    </message>
    <message>
        <source>Country of the new course</source>
        <translation>País del nuevo curso</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;New course from the bundled course ({short_title})</source>
        <translation>&amp;Nuevo curso a partir del curso incluido ({short_title})</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>creating the course</source>
        <translation>la creación del curso</translation>
    </message>
</context>
<context>
    <name>examples_page</name>
    <message>
        <source>Case: the title and the text as short lines</source>
        <translation>Caso: el título y el texto en líneas cortas</translation>
    </message>
    <message>
        <source>Statistic: the figure as the title</source>
        <translation>Estadística: la cifra como título</translation>
    </message>
    <message>
        <source>Quote: the text, attributed to its source</source>
        <translation>Cita: el texto, atribuido a su fuente</translation>
    </message>
    <message>
        <source>Picture: your picture with a caption</source>
        <translation>Imagen: su imagen con un pie de foto</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(todos)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>your own example</source>
        <translation>su propio ejemplo</translation>
    </message>
    <message>
        <source>from the bundled library</source>
        <translation>de la biblioteca incluida</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; {source}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fuente:&lt;/b&gt; {source}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Themes: </source>
        <translation>Temas: </translation>
    </message>
    <message>
        <source>Sessions: </source>
        <translation>Sesiones: </translation>
    </message>
    <message>
        <source>Regions: </source>
        <translation>Regiones: </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Our summary of the source: check the figures against it (and newer data) before presenting.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Nuestro resumen de la fuente: compruebe las cifras con ella (y con datos más recientes) antes de presentar.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suggested examples for {place}</source>
        <translation>Ejemplos sugeridos para {place}</translation>
    </message>
    <message>
        <source>The library has no entry filed under this session yet.</source>
        <translation>La biblioteca aún no tiene ninguna entrada para esta sesión.</translation>
    </message>
    <message>
        <source>Insert…</source>
        <translation>Insertar…</translation>
    </message>
    <message>
        <source>More examples for session {session} in the library…</source>
        <translation>Más ejemplos para la sesión {session} en la biblioteca…</translation>
    </message>
    <message>
        <source>your course</source>
        <translation>su curso</translation>
    </message>
    <message>
        <source>Insert an example into a session</source>
        <translation>Insertar un ejemplo en una sesión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Sesión {number}: {title}</translation>
    </message>
    <message>
        <source>Insert after</source>
        <translation>Insertar después de</translation>
    </message>
    <message>
        <source>Slide layout</source>
        <translation>Diseño de la diapositiva</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>Vista previa de la diapositiva</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;After slide:</source>
        <translation>&amp;Después de la diapositiva:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>The slide (the source is on it and in the speaker notes):</source>
        <translation>La diapositiva (la fuente figura en ella y en las notas del orador):</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>  (oculta)</translation>
    </message>
    <message>
        <source>At the end of the session</source>
        <translation>Al final de la sesión</translation>
    </message>
    <message>
        <source>&lt;i&gt;“{text}”&lt;/i&gt;&lt;br/&gt;— {by}</source>
        <translation>&lt;i&gt;«{text}»&lt;/i&gt;&lt;br/&gt;— {by}</translation>
    </message>
    <message>
        <source>[picture: {alt}]&lt;br/&gt;{caption}</source>
        <translation>[imagen: {alt}]&lt;br/&gt;{caption}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Source: {source}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Fuente: {source}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Edit my example</source>
        <translation>Editar mi ejemplo</translation>
    </message>
    <message>
        <source>Add my example</source>
        <translation>Añadir mi ejemplo</translation>
    </message>
    <message>
        <source>Example (a case, a practice, a story)</source>
        <translation>Ejemplo (un caso, una práctica, una historia)</translation>
    </message>
    <message>
        <source>Fact (a figure with its source)</source>
        <translation>Dato (una cifra con su fuente)</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>What happened, in a few sentences (at most 1500 characters).</source>
        <translation>Lo que ocurrió, en unas pocas frases (1500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>e.g. 1 in 4 migrant workers… (for a statistic slide)</source>
        <translation>p. ej. 1 de cada 4 trabajadores migrantes… (para una diapositiva estadística)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Where this comes from: a report, an interview, a court decision…</source>
        <translation>De dónde procede: un informe, una entrevista, una decisión judicial…</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Referencia de la fuente</translation>
    </message>
    <message>
        <source>A link, page or document number (optional)</source>
        <translation>Un enlace, una página o un número de documento (opcional)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Kenya; Uganda</source>
        <translation>Kenia; Uganda</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Eastern Africa (countries add their regions themselves)</source>
        <translation>África Oriental (los países añaden sus propias regiones)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sesión {number}</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>A PNG, JPEG or GIF picture (optional; large ones are made smaller)</source>
        <translation>Una imagen PNG, JPEG o GIF (opcional; las grandes se reducen)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Quitar la imagen</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>Descripción de la imagen</translation>
    </message>
    <message>
        <source>What the picture shows, for people who cannot see it</source>
        <translation>Lo que muestra la imagen, para las personas que no pueden verla</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Cifra:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>&amp;Referencia de la fuente:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;giones:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;emas:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Imagen:</translation>
    </message>
    <message>
        <source>Picture &amp;description:</source>
        <translation>&amp;Descripción de la imagen:</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>saving your example</source>
        <translation>el guardado de su ejemplo</translation>
    </message>
    <message>
        <source>Examples library</source>
        <translation>Biblioteca de ejemplos</translation>
    </message>
    <message>
        <source>Search the examples</source>
        <translation>Buscar en los ejemplos</translation>
    </message>
    <message>
        <source>Search words in the title, text, place and source (e.g. domestic workers)</source>
        <translation>Busque palabras en el título, el texto, el lugar y la fuente (p. ej. trabajadoras domésticas)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>&amp;Solo los míos</translation>
    </message>
    <message>
        <source>Only my own examples</source>
        <translation>Solo mis propios ejemplos</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Sesi&amp;ón:</translation>
    </message>
    <message>
        <source>Examples found</source>
        <translation>Ejemplos encontrados</translation>
    </message>
    <message>
        <source>Number of examples found</source>
        <translation>Número de ejemplos encontrados</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Ejemplo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Insert into session…</source>
        <translation>&amp;Insertar en la sesión…</translation>
    </message>
    <message>
        <source>&amp;Add my example…</source>
        <translation>&amp;Añadir mi ejemplo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>E&amp;xport my examples…</source>
        <translation>E&amp;xportar mis ejemplos…</translation>
    </message>
    <message>
        <source>Im&amp;port examples…</source>
        <translation>Im&amp;portar ejemplos…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filtro: {name}</translation>
    </message>
    <message>
        <source> (best first)</source>
        <translation> (los más pertinentes primero)</translation>
    </message>
    <message>
        <source>1 entry found{best}</source>
        <translation>1 entrada encontrada{best}</translation>
    </message>
    <message>
        <source>{n} entries found{best}</source>
        <translation>{n} entradas encontradas{best}</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mío</translation>
    </message>
    <message>
        <source>Choose an entry to read it.</source>
        <translation>Elija una entrada para leerla.</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>Abra primero un curso.</translation>
    </message>
    <message>
        <source>Delete example</source>
        <translation>Eliminar el ejemplo</translation>
    </message>
    <message>
        <source>Delete your example '{title}'? Slides already made from it keep their text.</source>
        <translation>¿Eliminar su ejemplo «{title}»? Las diapositivas ya creadas a partir de él conservan su texto.</translation>
    </message>
    <message>
        <source>deleting your example</source>
        <translation>la eliminación de su ejemplo</translation>
    </message>
    <message>
        <source>Export my examples</source>
        <translation>Exportar mis ejemplos</translation>
    </message>
    <message>
        <source>my-examples.csv</source>
        <translation>mis-ejemplos.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Hoja de cálculo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>exporting your examples</source>
        <translation>la exportación de sus ejemplos</translation>
    </message>
    <message>
        <source>{count} of your examples written to {name}.</source>
        <translation>{count} de sus ejemplos escritos en {name}.</translation>
    </message>
    <message>
        <source>Import examples</source>
        <translation>Importar ejemplos</translation>
    </message>
    <message>
        <source>Spreadsheet or JSON (*.csv *.json)</source>
        <translation>Hoja de cálculo o JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>importing examples from {name}</source>
        <translation>la importación de ejemplos desde {name}</translation>
    </message>
    <message>
        <source>From {name}: {added} added, {updated} updated, {skipped} already in the library.</source>
        <translation>Desde {name}: {added} añadidos, {updated} actualizados, {skipped} ya en la biblioteca.</translation>
    </message>
    <message>
        <source>inserting an example</source>
        <translation>la inserción de un ejemplo</translation>
    </message>
    <message>
        <source>reading the example</source>
        <translation>la lectura del ejemplo</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>&amp;Name tags (Word and PDF, from the participants list)</source>
        <translation>&amp;Credenciales con nombre (Word y PDF, a partir de la lista de participantes)</translation>
    </message>
    <message>
        <source>Certi&amp;ficates (one per participant, Word and PDF)</source>
        <translation>Certi&amp;ficados (uno por participante, Word y PDF)</translation>
    </message>
    <message>
        <source>Atte&amp;ndance sheets (one per training day, Word and PDF)</source>
        <translation>Hojas de a&amp;sistencia (una por día de formación, Word y PDF)</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>Exportar {name}</translation>
    </message>
    <message>
        <source>Session &amp;decks (one PowerPoint file per session)</source>
        <translation>Presentaciones por &amp;sesión (un archivo de PowerPoint por sesión)</translation>
    </message>
    <message>
        <source>&amp;Combined daily decks (one file per training day, in agenda order)</source>
        <translation>Presentaciones &amp;diarias combinadas (un archivo por día de formación, en el orden del programa)</translation>
    </message>
    <message>
        <source>Leave &amp;hidden slides out (by default they stay in the file, hidden)</source>
        <translation>Excluir las diapositivas &amp;ocultas (por defecto permanecen en el archivo, ocultas)</translation>
    </message>
    <message>
        <source>Handouts (coming)</source>
        <translation>Material de apoyo (próximamente)</translation>
    </message>
    <message>
        <source>H&amp;andouts (Word and PDF, in a Handouts folder)</source>
        <translation>&amp;Material de apoyo (Word y PDF, en una carpeta Handouts)</translation>
    </message>
    <message>
        <source>&amp;Participant pack (one PDF: cover, contents, the handouts in order)</source>
        <translation>Carpeta del &amp;participante (un PDF: portada, índice, el material de apoyo en orden)</translation>
    </message>
    <message>
        <source>&amp;Trainer pack (PDF: plans with clock times, checklists, speaker notes)</source>
        <translation>Carpeta del &amp;formador (PDF: planes con horarios, listas de verificación, notas del orador)</translation>
    </message>
    <message>
        <source>&amp;Slide handouts (PDF, 3 slides a page with lines for notes)</source>
        <translation>&amp;Diapositivas como material de apoyo (PDF, 3 diapositivas por página con líneas para notas)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Resumen de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>exporting the course</source>
        <translation>la exportación del curso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export cancelled. Files already written are complete; nothing is half-written.</source>
        <translation>Exportación cancelada. Los archivos ya escritos están completos; nada queda a medio escribir.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>Exported {count} file: {slides} slides, {hidden} hidden.</source>
        <translation>{count} archivo exportado: {slides} diapositivas, {hidden} ocultas.</translation>
    </message>
    <message>
        <source>Exported {count} files: {slides} slides, {hidden} hidden.</source>
        <translation>{count} archivos exportados: {slides} diapositivas, {hidden} ocultas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notas sobre el material de apoyo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes that could not be applied&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cambios que no se pudieron aplicar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens without a value&lt;/b&gt; (fill them in the country profile)</source>
        <translation>&lt;b&gt;Marcadores sin valor&lt;/b&gt; (complételos en el perfil del país)</translation>
    </message>
    <message>
        <source>Session {number}: {tokens}</source>
        <translation>Sesión {number}: {tokens}</translation>
    </message>
    <message>
        <source>Leave the orange 'To adapt' &amp;labels out (decks meant for the room)</source>
        <translation>Quitar las &amp;etiquetas naranjas «Por adaptar» (presentaciones para la sala)</translation>
    </message>
    <message>
        <source>The labels remind you what is left to adapt; the text on the slides stays as it is. The checks above list what is left.</source>
        <translation>Las etiquetas recuerdan lo que queda por adaptar; el texto de las diapositivas queda igual. Las comprobaciones de arriba enumeran lo que queda.</translation>
    </message>
    <message>
        <source>Before you export: checks</source>
        <translation>Antes de exportar: comprobaciones</translation>
    </message>
    <message>
        <source>Checks found</source>
        <translation>Resultados de las comprobaciones</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Compro&amp;bar de nuevo</translation>
    </message>
    <message>
        <source>Before you export</source>
        <translation>Antes de exportar</translation>
    </message>
    <message>
        <source>Checking the course before export…</source>
        <translation>Comprobando el curso antes de exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>checking the course</source>
        <translation>la comprobación del curso</translation>
    </message>
    <message>
        <source>Checks not run: export when ready.</source>
        <translation>Comprobaciones no hechas: exporte cuando esté listo.</translation>
    </message>
    <message>
        <source>The checks failed: {error}</source>
        <translation>Las comprobaciones fallaron: {error}</translation>
    </message>
    <message>
        <source>Nothing to report: the course is ready.</source>
        <translation>Nada que señalar: el curso está listo.</translation>
    </message>
    <message>
        <source>{count} slides still show placeholder text: the room would see it.</source>
        <translation>{count} diapositivas aún muestran texto provisional: la sala lo vería.</translation>
    </message>
    <message>
        <source>Checked. Read the lines above, then Export.</source>
        <translation>Comprobado. Lea las líneas de arriba y luego Exportar.</translation>
    </message>
</context>
<context>
    <name>facts_panel</name>
    <message>
        <source>ratified</source>
        <translation>ratificado</translation>
    </message>
    <message>
        <source>acceded</source>
        <translation>adhesión</translation>
    </message>
    <message>
        <source>succession</source>
        <translation>sucesión</translation>
    </message>
    <message>
        <source>signed only</source>
        <translation>solo firmado</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>ninguna acción</translation>
    </message>
    <message>
        <source>Country facts</source>
        <translation>Datos del país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Source of the facts</source>
        <translation>Fuente de los datos</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Treaty ratifications</source>
        <translation>Ratificaciones de tratados</translation>
    </message>
    <message>
        <source>Corrected status</source>
        <translation>Estado corregido</translation>
    </message>
    <message>
        <source>Year of ratification</source>
        <translation>Año de ratificación</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>Back to the &amp;data</source>
        <translation>Volver a los &amp;datos</translation>
    </message>
    <message>
        <source>Export writes these into the Session 3 slide 'Treaties ratified by …', the Session 4 ratification table and the ratified-treaties handout. A correction is one change: Undo takes it back.</source>
        <translation>La exportación los escribe en la diapositiva «Tratados ratificados por …» de la sesión 3, la tabla de ratificaciones de la sesión 4 y el material sobre los tratados ratificados. Una corrección es un cambio: Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>Abra primero un curso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state} ({code})&lt;/b&gt;: UN human rights treaties</source>
        <translation>&lt;b&gt;{state} ({code})&lt;/b&gt;: tratados de derechos humanos de las Naciones Unidas</translation>
    </message>
    <message>
        <source> (your correction)</source>
        <translation> (su corrección)</translation>
    </message>
    <message>
        <source>Correct &lt;b&gt;{instrument}&lt;/b&gt; (a change since June 2022, or an error):</source>
        <translation>Corregir &lt;b&gt;{instrument}&lt;/b&gt; (un cambio desde junio de 2022, o un error):</translation>
    </message>
    <message>
        <source>correcting a country fact</source>
        <translation>la corrección de un dato del país</translation>
    </message>
    <message>
        <source>This course has no country: choose one on the Country profile tab.</source>
        <translation>Este curso no tiene país: elija uno en la pestaña Perfil del país.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Fill its placeholders in Adapt &gt; Gaps to adapt (Ctrl+Shift+G), or click this line and double-click the slide to edit its text; or hide the slide (H).</source>
        <translation>Rellene sus marcadores en Adaptar &gt; Puntos por adaptar (Ctrl+Mayús+G), o haga clic en esta línea y doble clic en la diapositiva para editar su texto; o bien oculte la diapositiva (H).</translation>
    </message>
    <message>
        <source>Click this line to go to the slide: double-click it to edit its text or notes, insert your own slide after it, or hide it (H). Adapt &gt; Gaps to adapt can mark it adapted.</source>
        <translation>Haga clic en esta línea para ir a la diapositiva: doble clic para editar su texto o sus notas, inserte su propia diapositiva después, u ocúltela (H). Adaptar &gt; Puntos por adaptar puede marcarla como adaptada.</translation>
    </message>
    <message>
        <source>Fill it in on the Country profile tab (click this line), or in Adapt &gt; Gaps to adapt.</source>
        <translation>Rellénelo en la pestaña Perfil del país (haga clic en esta línea), o en Adaptar &gt; Puntos por adaptar.</translation>
    </message>
    <message>
        <source>Give it a value under Custom tokens on the Country profile tab, or edit the slide's text.</source>
        <translation>Dele un valor en Marcadores personalizados, en la pestaña Perfil del país, o edite el texto de la diapositiva.</translation>
    </message>
    <message>
        <source>Click this line to go to the slide: redo the change, or Slides &gt; Reset to the original.</source>
        <translation>Haga clic en esta línea para ir a la diapositiva: rehaga el cambio, o Diapositivas &gt; Restablecer el original.</translation>
    </message>
    <message>
        <source>Add a slot for it on the Agenda tab, or untick it in Agenda &gt; Sessions to teach.</source>
        <translation>Añádale una franja en la pestaña Programa, o desmárquela en Programa &gt; Sesiones que se imparten.</translation>
    </message>
    <message>
        <source>Nothing to do; to change it, use the Agenda tab's buttons for Session {number}.</source>
        <translation>Nada que hacer; para cambiarlo, use los botones de la sesión {number} en la pestaña Programa.</translation>
    </message>
    <message>
        <source>On the Agenda tab: 'Rescale the plan' or 'Drop steps…' for Session {number}, or lengthen its slot.</source>
        <translation>En la pestaña Programa: «Reescalar el plan» o «Quitar pasos…» para la sesión {number}, o alargue su franja.</translation>
    </message>
    <message>
        <source>On the Agenda tab: lengthen its slot, or choose 'Rescale the plan' or 'Drop steps…' for Session {number}.</source>
        <translation>En la pestaña Programa: alargue su franja, o elija «Reescalar el plan» o «Quitar pasos…» para la sesión {number}.</translation>
    </message>
</context>
<context>
    <name>gaps_panel</name>
    <message>
        <source>Text for the room, in place of the brackets</source>
        <translation>Texto para la sala, en lugar de los corchetes</translation>
    </message>
    <message>
        <source>Replace {text}</source>
        <translation>Reemplazar {text}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Mark adapted</source>
        <translation>Marcar como adaptada</translation>
    </message>
    <message>
        <source>You adapted it (or it fits as it is): its 'To adapt' label leaves the export.</source>
        <translation>La adaptó (o sirve tal cual): su etiqueta «Por adaptar» sale de la exportación.</translation>
    </message>
    <message>
        <source>Hide slide</source>
        <translation>Ocultar la diapositiva</translation>
    </message>
    <message>
        <source>Gaps to adapt</source>
        <translation>Puntos por adaptar</translation>
    </message>
    <message>
        <source>Adaptation points done</source>
        <translation>Puntos de adaptación hechos</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>Avance de la adaptación</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Type in place of each placeholder, fill the profile, or mark a slide adapted. A slide keeps its orange 'To adapt' label while bracket text remains on it.</source>
        <translation>Escriba en lugar de cada texto entre corchetes, complete el perfil o marque una diapositiva como adaptada. Una diapositiva conserva su etiqueta naranja «Por adaptar» mientras le quede texto entre corchetes.</translation>
    </message>
    <message>
        <source>Gaps still to adapt</source>
        <translation>Puntos aún por adaptar</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>Abra primero un curso.</translation>
    </message>
    <message>
        <source>listing the gaps</source>
        <translation>la lista de puntos por adaptar</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} hechos</translation>
    </message>
    <message>
        <source>Nothing left to adapt in the chosen sessions.</source>
        <translation>No queda nada por adaptar en las sesiones elegidas.</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Ir a la diapositiva</translation>
    </message>
    <message>
        <source>Go to profile</source>
        <translation>Ir al perfil</translation>
    </message>
    <message>
        <source>replacing a placeholder</source>
        <translation>el reemplazo de un texto entre corchetes</translation>
    </message>
    <message>
        <source>setting a profile field</source>
        <translation>el registro de un campo del perfil</translation>
    </message>
    <message>
        <source>marking a slide adapted</source>
        <translation>el marcado de una diapositiva como adaptada</translation>
    </message>
    <message>
        <source>hiding a slide</source>
        <translation>la ocultación de una diapositiva</translation>
    </message>
    <message>
        <source>Type the text for the room and press Enter; the slide editor (double-click the slide) edits the rest.</source>
        <translation>Escriba el texto para la sala y pulse Intro; el editor de diapositivas (doble clic en la diapositiva) edita el resto.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Country of the new course</source>
        <translation>País del nuevo curso</translation>
    </message>
    <message>
        <source>New course name</source>
        <translation>Nombre del nuevo curso</translation>
    </message>
    <message>
        <source>e.g. Amman, May 2025</source>
        <translation>p. ej. Amán, mayo de 2025</translation>
    </message>
    <message>
        <source>&amp;Create a course for a country</source>
        <translation>&amp;Crear un curso para un país</translation>
    </message>
    <message>
        <source>New course message</source>
        <translation>Mensaje sobre el nuevo curso</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Course &amp;name:</source>
        <translation>&amp;Nombre del curso:</translation>
    </message>
    <message>
        <source>Create a course for a country</source>
        <translation>Crear un curso para un país</translation>
    </message>
    <message>
        <source>&amp;Browse the bundled course</source>
        <translation>&amp;Explorar el curso incluido</translation>
    </message>
    <message>
        <source>Slides with pictures, speaker notes and handouts as bundled; read-only, no course.</source>
        <translation>Diapositivas con imágenes, notas del orador y materiales de apoyo tal como se incluyen; solo lectura, sin curso.</translation>
    </message>
    <message>
        <source>Give the course a name (for example the place and month of the training).</source>
        <translation>Dé un nombre al curso (por ejemplo el lugar y el mes de la formación).</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>Pe&amp;rsonas</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>Pro&amp;grama</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to {APP_NAME}&lt;/h2&gt;&lt;p&gt;Make the OHCHR course your own: a course keeps your country profile, your slide changes and your agenda. Create one for the country you will train in, or open one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a {APP_NAME}&lt;/h2&gt;&lt;p&gt;Haga suyo el curso del ACNUDH: un curso guarda su perfil del país, sus cambios en las diapositivas y su programa. Cree uno para el país donde impartirá la formación, o abra uno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent courses</source>
        <translation>Cursos recientes</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nuevo curso…</translation>
    </message>
    <message>
        <source>&amp;Open course…</source>
        <translation>&amp;Abrir un curso…</translation>
    </message>
    <message>
        <source>Recent courses (Enter opens):</source>
        <translation>Cursos recientes (Intro para abrir):</translation>
    </message>
    <message>
        <source>Course modules and sessions</source>
        <translation>Módulos y sesiones del curso</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Vista general</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Diapositivas</translation>
    </message>
    <message>
        <source>Country &amp;profile</source>
        <translation>&amp;Perfil del país</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Pro&amp;grama</translation>
    </message>
    <message>
        <source>Slide picture engine</source>
        <translation>Motor de imágenes de las diapositivas</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Pack for venue…</source>
        <translation>&amp;Empaquetar para la sede…</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>&amp;Verificar un paquete…</translation>
    </message>
    <message>
        <source>&amp;Translate course…</source>
        <translation>&amp;Traducir el curso…</translation>
    </message>
    <message>
        <source>&amp;Share course as bundle…</source>
        <translation>&amp;Compartir el curso como lote…</translation>
    </message>
    <message>
        <source>&amp;Import course bundle…</source>
        <translation>&amp;Importar un lote de curso…</translation>
    </message>
    <message>
        <source>&amp;Accessibility check</source>
        <translation>Comprobación de &amp;accesibilidad</translation>
    </message>
    <message>
        <source>Examples &amp;library…</source>
        <translation>&amp;Biblioteca de ejemplos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation>D&amp;iapositivas</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;jemplos</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>Course tree</source>
        <translation>Árbol del curso</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Perfil del país</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Pack for venue</source>
        <translation>Empaquetar para la sede</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>saving the language</source>
        <translation>el guardado del idioma</translation>
    </message>
    <message>
        <source>{language} will be used from the next start of {APP_NAME}.</source>
        <translation>Se usará {language} a partir del próximo inicio de {APP_NAME}.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Module {number}: {title}</source>
        <translation>Módulo {number}: {title}</translation>
    </message>
    <message>
        <source> (forthcoming)</source>
        <translation> (próximamente)</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Sesión {number}: {title}</translation>
    </message>
    <message>
        <source>Forthcoming: the guide announces this session but has no content yet.</source>
        <translation>Próximamente: la guía anuncia esta sesión pero aún no tiene contenido.</translation>
    </message>
    <message>
        <source>Forthcoming. {text}</source>
        <translation>Próximamente. {text}</translation>
    </message>
    <message>
        <source>Verify a package (or a stick with packages)</source>
        <translation>Verificar un paquete (o una memoria USB con paquetes)</translation>
    </message>
    <message>
        <source>opening the course {name}</source>
        <translation>la apertura del curso {name}</translation>
    </message>
    <message>
        <source>creating a course</source>
        <translation>la creación de un curso</translation>
    </message>
    <message>
        <source>Course {name} open. Ctrl+Z undoes any change, even after a restart.</source>
        <translation>Curso {name} abierto. Ctrl+Z deshace cualquier cambio, incluso después de reiniciar.</translation>
    </message>
    <message>
        <source>{short_title}: {sessions} sessions, bundled course {version}</source>
        <translation>{short_title}: {sessions} sesiones, curso incluido {version}</translation>
    </message>
    <message>
        <source>showing the course</source>
        <translation>la visualización del curso</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Deshacer: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rehacer: {change}</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Deshacer: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Shift+Z)</source>
        <translation>Rehacer: {change} (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>undoing</source>
        <translation>la acción de deshacer</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Deshecho: {change}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>redoing</source>
        <translation>la acción de rehacer</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Rehecho: {change}</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada que rehacer.</translation>
    </message>
    <message>
        <source>&amp;Gaps to adapt</source>
        <translation>&amp;Puntos por adaptar</translation>
    </message>
    <message>
        <source>Country &amp;facts</source>
        <translation>&amp;Datos del país</translation>
    </message>
    <message>
        <source>Ada&amp;pt</source>
        <translation>Ada&amp;ptar</translation>
    </message>
    <message>
        <source>&amp;Sessions to teach…</source>
        <translation>&amp;Sesiones que se imparten…</translation>
    </message>
    <message>
        <source>Create or open a course first.</source>
        <translation>Cree o abra primero un curso.</translation>
    </message>
    <message>
        <source>choosing the sessions</source>
        <translation>la elección de las sesiones</translation>
    </message>
    <message>
        <source>The agenda still has slots for sessions you do not teach ({sessions}). Take them out of the agenda? The days keep their breaks; Undo puts them back.</source>
        <translation>El programa aún tiene franjas para sesiones que no imparte ({sessions}). ¿Quitarlas del programa? Los días conservan sus pausas; Deshacer las devuelve.</translation>
    </message>
    <message>
        <source>Sessions to teach</source>
        <translation>Sesiones que se imparten</translation>
    </message>
    <message>
        <source>&amp;Take them out</source>
        <translation>&amp;Quitarlas</translation>
    </message>
    <message>
        <source>&amp;Keep the agenda</source>
        <translation>&amp;Mantener el programa</translation>
    </message>
</context>
<context>
    <name>pack_dialog</name>
    <message>
        <source>Errors: packing cannot go on</source>
        <extracomment>Location kinds the main window can show (``MainWindow.go_to_location``).</extracomment>
        <translation>Errores: el empaquetado no puede continuar</translation>
    </message>
    <message>
        <source>Warnings: visible at the venue</source>
        <translation>Advertencias: visibles en la sede</translation>
    </message>
    <message>
        <source>Notes: worth a look</source>
        <translation>Notas: vale la pena revisarlas</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>advertencias</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>Unidad extraíble</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} libres</translation>
    </message>
    <message>
        <source>Pack {name} for the venue</source>
        <translation>Empaquetar {name} para la sede</translation>
    </message>
    <message>
        <source>Where to pack</source>
        <translation>Dónde empaquetar</translation>
    </message>
    <message>
        <source>&amp;Refresh drives</source>
        <translation>&amp;Actualizar las unidades</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Put a portable copy of TrainerKit on the stick</source>
        <translation>Poner una copia portátil de TrainerKit en la memoria USB</translation>
    </message>
    <message>
        <source>Put a portable copy of TrainerKit on the stick (no portable build on this computer)</source>
        <translation>Poner una copia portátil de TrainerKit en la memoria USB (no hay versión portátil en este ordenador)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Before you go: preflight report</source>
        <translation>Antes de salir: informe de verificación</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>Antes de salir</translation>
    </message>
    <message>
        <source>Packing progress</source>
        <translation>Progreso del empaquetado</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Packing status</source>
        <translation>Estado del empaquetado</translation>
    </message>
    <message>
        <source>Packing summary</source>
        <translation>Resumen del empaquetado</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Empaquetar</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>No removable drive found: plug in a stick and refresh, or choose a folder.</source>
        <translation>No se encontró ninguna unidad extraíble: conecte una memoria USB y actualice, o elija una carpeta.</translation>
    </message>
    <message>
        <source>Pack into folder</source>
        <translation>Empaquetar en la carpeta</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>No se puede usar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Checking the course…</source>
        <translation>Comprobando el curso…</translation>
    </message>
    <message>
        <source>checking the course</source>
        <translation>la comprobación del curso</translation>
    </message>
    <message>
        <source>Checked. Choose where to pack, then Pack.</source>
        <translation>Comprobado. Elija dónde empaquetar y luego Empaquetar.</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>Comprobado.</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Qué hacer: {fix}</translation>
    </message>
    <message>
        <source>Click to go there.</source>
        <translation>Haga clic para ir allí.</translation>
    </message>
    <message>
        <source>Nothing to report: the course is ready for the venue.</source>
        <translation>Nada que señalar: el curso está listo para la sede.</translation>
    </message>
    <message>
        <source>Package: {size}.</source>
        <translation>Paquete: {size}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; {fix}</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; {fix}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>packing the course into {target}</source>
        <translation>el empaquetado del curso en {target}</translation>
    </message>
    <message>
        <source>Cancelled. Files already copied are verified and stay; packing again to the same place goes on from there.</source>
        <translation>Cancelado. Los archivos ya copiados están verificados y se conservan; empaquetar de nuevo en el mismo lugar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Packing stopped.</source>
        <translation>Empaquetado detenido.</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>No terminado.</translation>
    </message>
    <message>
        <source>Packing failed.</source>
        <translation>El empaquetado falló.</translation>
    </message>
    <message>
        <source>packing the course</source>
        <translation>el empaquetado del curso</translation>
    </message>
    <message>
        <source>Done: every file was read back from the target and checked.</source>
        <translation>Hecho: cada archivo se volvió a leer en el destino y se comprobó.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{message}&lt;/b&gt;&lt;br/&gt;{package}&lt;br/&gt;{size}; {copied} written, {skipped} already there and verified ({files} in all).{notes}</source>
        <translation>&lt;b&gt;{message}&lt;/b&gt;&lt;br/&gt;{package}&lt;br/&gt;{size}; {copied} escritos, {skipped} ya presentes y verificados ({files} en total).{notes}</translation>
    </message>
    <message>
        <source>Package complete and verified: {count} files</source>
        <translation>Paquete completo y verificado: {count} archivos</translation>
    </message>
</context>
<context>
    <name>profile_form</name>
    <message>
        <source>Country</source>
        <extracomment>the core's ``PROFILE_LABELS`` marked for translation here (the core does not speak Qt)</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Número de participantes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Course profile</source>
        <translation>Perfil del curso</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Custom tokens</source>
        <translation>Marcadores personalizados</translation>
    </message>
    <message>
        <source>&amp;Add token</source>
        <translation>&amp;Añadir marcador</translation>
    </message>
    <message>
        <source>Add a custom token</source>
        <translation>Añadir un marcador personalizado</translation>
    </message>
    <message>
        <source>&amp;Remove token</source>
        <translation>&amp;Quitar el marcador</translation>
    </message>
    <message>
        <source>Remove the selected custom token</source>
        <translation>Quitar el marcador personalizado seleccionado</translation>
    </message>
    <message>
        <source>Your own {{tokens}} for slides you add: a name (letters, digits, _) and its value.</source>
        <translation>Sus propios {{marcadores}} para las diapositivas que añada: un nombre (letras, dígitos, _) y su valor.</translation>
    </message>
    <message>
        <source>These values replace the {{tokens}} on slides and in speaker notes; the slide previews show them at once.</source>
        <translation>Estos valores reemplazan los {{marcadores}} en las diapositivas y en las notas del orador; las vistas previas los muestran al instante.</translation>
    </message>
    <message>
        <source>Open or create a course to edit its profile.</source>
        <translation>Abra o cree un curso para editar su perfil.</translation>
    </message>
    <message>
        <source>saving the course profile</source>
        <translation>el guardado del perfil del curso</translation>
    </message>
</context>
<context>
    <name>sessions_dialog</name>
    <message>
        <source>Sessions to teach</source>
        <translation>Sesiones que se imparten</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Sesión {number}: {title}</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <source>Sessions chosen</source>
        <translation>Sesiones elegidas</translation>
    </message>
    <message>
        <source>Export, Pack for venue, the gaps list and the trainer pack cover the ticked sessions. Space ticks the current one.</source>
        <translation>La exportación, el paquete para la sede, la lista de puntos por adaptar y el dossier del formador cubren las sesiones marcadas. Espacio marca la actual.</translation>
    </message>
    <message>
        <source>{count} of {total} sessions chosen.</source>
        <translation>{count} de {total} sesiones elegidas.</translation>
    </message>
    <message>
        <source>Tick at least one session.</source>
        <translation>Marque al menos una sesión.</translation>
    </message>
</context>
<context>
    <name>slide_dialogs</name>
    <message>
        <source>• Slide {slide}: {note}</source>
        <translation>• Diapositiva {slide}: {note}</translation>
    </message>
    <message>
        <source>1 slide was inserted. Not everything came with it:</source>
        <translation>Se insertó 1 diapositiva. No todo vino con ella:</translation>
    </message>
    <message>
        <source>{count} slides were inserted. Not everything came with it:</source>
        <translation>Se insertaron {count} diapositivas. No todo vino con ellas:</translation>
    </message>
    <message>
        <source>Slides inserted</source>
        <translation>Diapositivas insertadas</translation>
    </message>
    <message>
        <source>Insert slides from {name}</source>
        <translation>Insertar diapositivas desde {name}</translation>
    </message>
    <message>
        <source>Slides to insert</source>
        <translation>Diapositivas por insertar</translation>
    </message>
    <message>
        <source>Tick the slides to insert after the selected slide (Space ticks):</source>
        <translation>Marque las diapositivas que se insertarán después de la diapositiva seleccionada (Espacio para marcar):</translation>
    </message>
    <message>
        <source>Speaker notes: {title}</source>
        <translation>Notas del orador: {title}</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Tokens such as {{country}} are filled from the country profile at export.</source>
        <translation>Los marcadores como {{country}} se completan con el perfil del país al exportar.</translation>
    </message>
    <message>
        <source>To &amp;position</source>
        <translation>A la &amp;posición</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Nueva posición</translation>
    </message>
    <message>
        <source>&amp;After slide</source>
        <translation>&amp;Después de la diapositiva</translation>
    </message>
    <message>
        <source>Slide to put it after</source>
        <translation>Diapositiva tras la que colocarla</translation>
    </message>
    <message>
        <source>Where should the slide go in its session?</source>
        <translation>¿Dónde va la diapositiva en su sesión?</translation>
    </message>
    <message>
        <source>Move slide {position}: {title}</source>
        <translation>Mover la diapositiva {position}: {title}</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
</context>
<context>
    <name>slide_editor</name>
    <message>
        <source>Edit slide text</source>
        <translation>Editar el texto de la diapositiva</translation>
    </message>
    <message>
        <source>Slide picture</source>
        <translation>Imagen de la diapositiva</translation>
    </message>
    <message>
        <source>Picture status</source>
        <translation>Estado de la imagen</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <source>Each field is one paragraph of the slide; Enter makes a line break. Tokens such as {{country}} are filled from the country profile at export. The formatting stays.</source>
        <translation>Cada campo es un párrafo de la diapositiva; Intro inserta un salto de línea. Los marcadores como {{country}} se rellenan al exportar con el perfil del país. El formato se conserva.</translation>
    </message>
    <message>
        <source>Texts of the slide</source>
        <translation>Textos de la diapositiva</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>&amp;Speaker notes</source>
        <translation>&amp;Notas del orador</translation>
    </message>
    <message>
        <source>◀ &amp;Previous slide</source>
        <translation>◀ Diapositiva &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next slide ▶</source>
        <translation>Diapositiva &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Not applied yet: the picture shows your draft.</source>
        <translation>Aún no aplicado: la imagen muestra su borrador.</translation>
    </message>
    <message>
        <source>Applied as one undo step (Undo here, or Ctrl+Z in the main window).</source>
        <translation>Aplicado como un solo paso de deshacer (Deshacer aquí, o Ctrl+Z en la ventana principal).</translation>
    </message>
    <message>
        <source>undoing</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>redoing</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>drawing the slide</source>
        <translation>el dibujo de la diapositiva</translation>
    </message>
    <message>
        <source>{where} (location {location})</source>
        <translation>{where} (ubicación {location})</translation>
    </message>
    <message>
        <source>Session {session}, slide {position}: {title}</source>
        <translation>Sesión {session}, diapositiva {position}: {title}</translation>
    </message>
    <message>
        <source>Edit slide text: {title}</source>
        <translation>Editar el texto: {title}</translation>
    </message>
    <message>
        <source>editing the slide's text</source>
        <translation>la edición del texto de la diapositiva</translation>
    </message>
    <message>
        <source>Drawing the slide…</source>
        <translation>Dibujando la diapositiva…</translation>
    </message>
</context>
<context>
    <name>slide_model</name>
    <message>
        <source>, hidden</source>
        <extracomment>the course's content language and its translations by source hash: the tooltip shows a slide's title as the export will write it in that language</extracomment>
        <translation>, oculta</translation>
    </message>
    <message>
        <source>, needs adapting</source>
        <translation>, por adaptar</translation>
    </message>
    <message>
        <source>Slide {position}: {title}</source>
        <translation>Diapositiva {position}: {title}</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Key: {key} · layout {layout} · {origin}</source>
        <translation>Clave: {key} · diseño {layout} · {origin}</translation>
    </message>
    <message>
        <source>In {language}: {title}</source>
        <translation>En {language}: {title}</translation>
    </message>
    <message>
        <source>Title not translated yet</source>
        <translation>Título aún sin traducir</translation>
    </message>
    <message>
        <source>Hidden in the slideshow (click the eye or press H to show it)</source>
        <translation>Oculta en la presentación (haga clic en el ojo o pulse H para mostrarla)</translation>
    </message>
    <message>
        <source>To adapt: {adapt}</source>
        <translation>Por adaptar: {adapt}</translation>
    </message>
</context>
<context>
    <name>sorter</name>
    <message>
        <source>ADAPT</source>
        <translation>ADAPTAR</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>  (oculta)</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>Vista previa de la diapositiva</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Título de la diapositiva</translation>
    </message>
    <message>
        <source>Slide status</source>
        <translation>Estado de la diapositiva</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>No slide selected</source>
        <translation>Ninguna diapositiva seleccionada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden&lt;/b&gt; in the slideshow (it stays in the file).</source>
        <translation>&lt;b&gt;Oculta&lt;/b&gt; en la presentación (permanece en el archivo).</translation>
    </message>
    <message>
        <source>&lt;span style='color:#A84B00'&gt;&lt;b&gt;To adapt:&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style='color:#A84B00'&gt;&lt;b&gt;Por adaptar:&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>No value yet for </source>
        <translation>Todavía sin valor para </translation>
    </message>
    <message>
        <source> (country profile).</source>
        <translation> (perfil del país).</translation>
    </message>
    <message>
        <source>(no speaker notes)</source>
        <translation>(sin notas del orador)</translation>
    </message>
    <message>
        <source>Drawing the slide…</source>
        <translation>Dibujando la diapositiva…</translation>
    </message>
    <message>
        <source>Slide sorter</source>
        <translation>Clasificador de diapositivas</translation>
    </message>
    <message>
        <source>Slides of the session. H hides or shows, Ctrl+D duplicates, Delete deletes, Alt+Left and Alt+Right move the selected slides.</source>
        <translation>Diapositivas de la sesión. H oculta o muestra, Ctrl+D duplica, Supr elimina, Alt+Izquierda y Alt+Derecha mueven las diapositivas seleccionadas.</translation>
    </message>
    <message>
        <source>Slide sorter status</source>
        <translation>Estado del clasificador de diapositivas</translation>
    </message>
    <message>
        <source>&amp;Hide or show</source>
        <translation>&amp;Ocultar o mostrar</translation>
    </message>
    <message>
        <source>Hide or show</source>
        <translation>Ocultar o mostrar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Mover a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Move &amp;right</source>
        <translation>Mover a la &amp;derecha</translation>
    </message>
    <message>
        <source>Insert an &amp;example from the library…</source>
        <translation>Insertar un &amp;ejemplo de la biblioteca…</translation>
    </message>
    <message>
        <source>Insert slides from a &amp;file…</source>
        <translation>Insertar diapositivas desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>Edit speaker &amp;notes…</source>
        <translation>Editar las &amp;notas del orador…</translation>
    </message>
    <message>
        <source>&amp;Reset to the original</source>
        <translation>&amp;Restablecer el original</translation>
    </message>
    <message>
        <source>Mark as &amp;adapted</source>
        <translation>Marcar como &amp;adaptada</translation>
    </message>
    <message>
        <source>&amp;Hide in the slideshow</source>
        <translation>&amp;Ocultar en la presentación</translation>
    </message>
    <message>
        <source>&amp;Show in the slideshow</source>
        <translation>&amp;Mostrar en la presentación</translation>
    </message>
    <message>
        <source>Choose a session in the tree to see its slides.</source>
        <translation>Elija una sesión en el árbol para ver sus diapositivas.</translation>
    </message>
    <message>
        <source>Session {session}: {count} slides, {hidden} hidden, {adapt} to adapt. {engine}.</source>
        <translation>Sesión {session}: {count} diapositivas, {hidden} ocultas, {adapt} por adaptar. {engine}.</translation>
    </message>
    <message>
        <source>drawing the slides of session {session}</source>
        <translation>el dibujo de las diapositivas de la sesión {session}</translation>
    </message>
    <message>
        <source>hiding or showing a slide</source>
        <translation>la ocultación o visualización de una diapositiva</translation>
    </message>
    <message>
        <source>hiding or showing slides</source>
        <translation>la ocultación o visualización de diapositivas</translation>
    </message>
    <message>
        <source>{verb} {count} slides</source>
        <translation>{verb} {count} diapositivas</translation>
    </message>
    <message>
        <source>{verb} slide {key}</source>
        <translation>{verb} la diapositiva {key}</translation>
    </message>
    <message>
        <source>changing slides</source>
        <translation>la modificación de las diapositivas</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Mark as adapted</source>
        <translation>Marcar como adaptada</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>moving slides</source>
        <translation>el desplazamiento de las diapositivas</translation>
    </message>
    <message>
        <source>inserting a slide</source>
        <translation>la inserción de una diapositiva</translation>
    </message>
    <message>
        <source>inserting slides from a file</source>
        <translation>la inserción de diapositivas desde un archivo</translation>
    </message>
    <message>
        <source>Insert slides from a presentation</source>
        <translation>Insertar diapositivas desde una presentación</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Presentaciones de PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>opening {name}</source>
        <translation>la apertura de {name}</translation>
    </message>
    <message>
        <source>editing speaker notes</source>
        <translation>la edición de las notas del orador</translation>
    </message>
    <message>
        <source>Show the slide again at its place in the guide ({where})? It is now at position {now}.</source>
        <translation>¿Mostrar de nuevo la diapositiva en su lugar en la guía ({where})? Ahora está en la posición {now}.</translation>
    </message>
    <message>
        <source>&amp;Edit slide text…</source>
        <translation>&amp;Editar el texto de la diapositiva…</translation>
    </message>
    <message>
        <source>Move to &amp;position…</source>
        <translation>Mover a la &amp;posición…</translation>
    </message>
    <message>
        <source>position 1, the first slide</source>
        <translation>posición 1, la primera diapositiva</translation>
    </message>
    <message>
        <source>Show slide</source>
        <translation>Mostrar la diapositiva</translation>
    </message>
    <message>
        <source>Put it &amp;back at its place</source>
        <translation>&amp;Devolverla a su lugar</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>&amp;Dejarla aquí</translation>
    </message>
    <message>
        <source>moving a slide</source>
        <translation>mover una diapositiva</translation>
    </message>
    <message>
        <source>showing a slide</source>
        <translation>mostrar una diapositiva</translation>
    </message>
    <message>
        <source>position {position}, after '{title}'</source>
        <translation>posición {position}, después de «{title}»</translation>
    </message>
    <message>
        <source>opening the slide editor</source>
        <translation>abrir el editor de diapositivas</translation>
    </message>
    <message>
        <source>Slide {key} keeps its 'To adapt' label while bracket text remains on it: fill it in Adapt &gt; Gaps to adapt.</source>
        <translation>La diapositiva {key} conserva su etiqueta «Por adaptar» mientras le quede texto entre corchetes: complételo en Adaptar &gt; Puntos por adaptar.</translation>
    </message>
</context>
<context>
    <name>translate_dialog</name>
    <message>
        <source>Translate course</source>
        <translation>Traducir el curso</translation>
    </message>
    <message>
        <source>Checking what is translated…</source>
        <translation>Comprobando lo que está traducido…</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traducidos</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Desactualizados</translation>
    </message>
    <message>
        <source>&amp;Export for translation…</source>
        <translation>&amp;Exportar para traducir…</translation>
    </message>
    <message>
        <source>Write every text of the course to an XLIFF or PO file for a translator</source>
        <translation>Escribir todos los textos del curso en un archivo XLIFF o PO para un traductor</translation>
    </message>
    <message>
        <source>&amp;Import translation…</source>
        <translation>&amp;Importar una traducción…</translation>
    </message>
    <message>
        <source>Check a translated XLIFF or PO file and store it in the course</source>
        <translation>Comprobar un archivo XLIFF o PO traducido y guardarlo en el curso</translation>
    </message>
    <message>
        <source>Something went wrong; the log file has the details.</source>
        <translation>Algo salió mal; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <source>checking what is translated</source>
        <translation>la comprobación de lo traducido</translation>
    </message>
    <message>
        <source>This course is in English. Choose its language on the course page (Language) to translate it.</source>
        <translation>Este curso está en inglés. Elija su idioma en la página del curso (Idioma) para traducirlo.</translation>
    </message>
    <message>
        <source>Course content in {language}: what is translated, per part.</source>
        <translation>Contenido del curso en {language}: lo traducido, por parte.</translation>
    </message>
    <message>
        <source>Export the course's texts</source>
        <translation>Exportar los textos del curso</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (*.xlf);;PO (*.po)</source>
        <translation>XLIFF 2.0 (*.xlf);;PO (*.po)</translation>
    </message>
    <message>
        <source>exporting the course's texts</source>
        <translation>la exportación de los textos del curso</translation>
    </message>
    <message>
        <source>Wrote {count} texts to {path} ({done} already translated, filled in).</source>
        <translation>Se escribieron {count} textos en {path} ({done} ya traducidos, rellenados).</translation>
    </message>
    <message>
        <source>Import a translated file</source>
        <translation>Importar un archivo traducido</translation>
    </message>
    <message>
        <source>Translations (*.xlf *.xliff *.po)</source>
        <translation>Traducciones (*.xlf *.xliff *.po)</translation>
    </message>
    <message>
        <source>importing the translation</source>
        <translation>la importación de la traducción</translation>
    </message>
    <message>
        <source>Imported {count} translated texts; {empty} still untranslated.</source>
        <translation>Se importaron {count} textos traducidos; {empty} siguen sin traducir.</translation>
    </message>
</context>
<context>
    <name>verify_dialog</name>
    <message>
        <source>Not complete.</source>
        <translation>Incompleto.</translation>
    </message>
    <message>
        <source>&lt;p style='color:#B00020'&gt;&lt;b&gt;This package is damaged.&lt;/b&gt; Pack the course again, or copy these files from another copy.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#B00020'&gt;&lt;b&gt;Este paquete está dañado.&lt;/b&gt; Vuelva a empaquetar el curso o copie estos archivos de otra copia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Changed since packing</source>
        <translation>Modificados desde el empaquetado</translation>
    </message>
    <message>
        <source>Not in the manifest (added later?)</source>
        <translation>No están en el manifiesto (¿añadidos después?)</translation>
    </message>
    <message>
        <source>All {count} files match.</source>
        <translation>Los {count} archivos coinciden.</translation>
    </message>
    <message>
        <source>Verify {name}</source>
        <translation>Verificar {name}</translation>
    </message>
    <message>
        <source>Verifying progress</source>
        <translation>Progreso de la verificación</translation>
    </message>
    <message>
        <source>Checking every file in {path}…</source>
        <translation>Comprobando cada archivo en {path}…</translation>
    </message>
    <message>
        <source>Verifying status</source>
        <translation>Estado de la verificación</translation>
    </message>
    <message>
        <source>Verify result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>There is no TrainerKit package in {path}.</source>
        <translation>No hay ningún paquete de TrainerKit en {path}.</translation>
    </message>
    <message>
        <source>Package {number} of {total}: </source>
        <translation>Paquete {number} de {total}: </translation>
    </message>
    <message>
        <source>verifying {path}</source>
        <translation>la verificación de {path}</translation>
    </message>
    <message>
        <source>Checking {label}</source>
        <translation>Comprobando: {label}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked to the end.</source>
        <translation>Cancelado: no se comprobó nada hasta el final.</translation>
    </message>
    <message>
        <source>Could not verify.</source>
        <translation>No se pudo verificar.</translation>
    </message>
    <message>
        <source> ({count} packages)</source>
        <translation> ({count} paquetes)</translation>
    </message>
    <message>
        <source>All {total} files match.{several}</source>
        <translation>Los {total} archivos coinciden.{several}</translation>
    </message>
    <message>
        <source>{bad} of {total} package need attention.</source>
        <translation>{bad} de {total} paquete requiere atención.</translation>
    </message>
    <message>
        <source>{bad} of {total} packages need attention.</source>
        <translation>{bad} de {total} paquetes requieren atención.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Something went wrong while {doing}. Nothing you did caused this; please try again.</source>
        <translation>Algo salió mal durante {doing}. Usted no ha causado esto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did caused this; please try again.</source>
        <translation>Algo salió mal. Usted no ha causado esto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>What TrainerKit was doing: {doing}.</source>
        <translation>Lo que estaba haciendo TrainerKit: {doing}.</translation>
    </message>
    <message>
        <source>Error: {kind}: {exc}</source>
        <translation>Error: {kind}: {exc}</translation>
    </message>
    <message>
        <source>The full report is in the log file: {log_path}</source>
        <translation>El informe completo está en el archivo de registro: {log_path}</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>bundled_browser</name>
    <message>
        <source>Bundled course, read-only</source>
        <translation>Curso incluido, solo lectura</translation>
    </message>
    <message>
        <source>&amp;Create a course for a country…</source>
        <translation>&amp;Crear un curso para un país…</translation>
    </message>
    <message>
        <source>Bundled slides (read-only)</source>
        <translation>Diapositivas incluidas (solo lectura)</translation>
    </message>
    <message>
        <source>Handouts of the session</source>
        <translation>Materiales de apoyo de la sesión</translation>
    </message>
    <message>
        <source>Handout text</source>
        <translation>Texto del material de apoyo</translation>
    </message>
    <message>
        <source>Slides and notes</source>
        <translation>Diapositivas y notas</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Materiales de apoyo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session {session}: {title}&lt;/b&gt; — {count} slides as bundled, &lt;i&gt;read-only&lt;/i&gt;. Create a course for a country to change slides, fill the country profile and plan the agenda.</source>
        <translation>&lt;b&gt;Sesión {session}: {title}&lt;/b&gt; — {count} diapositivas tal como se incluyen, &lt;i&gt;solo lectura&lt;/i&gt;. Cree un curso para un país para cambiar diapositivas, completar el perfil del país y planificar el programa.</translation>
    </message>
    <message>
        <source>This session has no handouts.</source>
        <translation>Esta sesión no tiene materiales de apoyo.</translation>
    </message>
    <message>
        <source>drawing the bundled slides of session {session}</source>
        <translation>el dibujo de las diapositivas incluidas de la sesión {session}</translation>
    </message>
</context>
<context>
    <name>people_page</name>
    <message>
        <source>Facilitator of each session</source>
        <translation>Facilitador de cada sesión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>&amp;Facilitators: who leads each session (trainer pack, agenda)</source>
        <translation>&amp;Facilitadores: quién dirige cada sesión (carpeta del formador, programa)</translation>
    </message>
    <message>
        <source>Participants list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Import from a file (CSV or Excel)…</source>
        <translation>&amp;Importar desde un archivo (CSV o Excel)…</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Número de participantes</translation>
    </message>
    <message>
        <source>Participants list messages</source>
        <translation>Mensajes sobre la lista de participantes</translation>
    </message>
    <message>
        <source>P&amp;articipants: name tags, certificates, attendance sheets</source>
        <translation>P&amp;articipantes: credenciales con nombre, certificados, hojas de asistencia</translation>
    </message>
    <message>
        <source>Type a name in the empty last row to add someone; export makes the papers from the list.</source>
        <translation>Escriba un nombre en la última fila vacía para añadir a alguien; la exportación genera los documentos a partir de la lista.</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Sesión {number}: {title}</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} participantes</translation>
    </message>
    <message>
        <source>setting the facilitator</source>
        <translation>la designación del facilitador</translation>
    </message>
    <message>
        <source>Add {name} to the participants</source>
        <translation>Añadir a {name} a los participantes</translation>
    </message>
    <message>
        <source>changing the participants list</source>
        <translation>el cambio de la lista de participantes</translation>
    </message>
    <message>
        <source>Remove {count} participants</source>
        <translation>Quitar {count} participantes</translation>
    </message>
    <message>
        <source>removing participants</source>
        <translation>la eliminación de participantes</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Participants lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Listas de participantes (*.csv *.xlsx *.xlsm *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>importing participants</source>
        <translation>la importación de participantes</translation>
    </message>
</context>
</TS>
