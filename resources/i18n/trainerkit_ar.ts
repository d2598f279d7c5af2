<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>about</name>
    <message>
        <source>An offline kit for trainers of the OHCHR course &lt;i&gt;Towards a Human Rights-Based Approach to Migration&lt;/i&gt;.</source>
        <translation>مجموعة أدوات تعمل دون اتصال لمدربي دورة المفوضية السامية لحقوق الإنسان &lt;i&gt;نحو نهج قائم على حقوق الإنسان في الهجرة&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>حول {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>accessibility_panel</name>
    <message>
        <source>Errors: some participants cannot read this</source>
        <translation>أخطاء: لا يستطيع بعض المشاركين قراءة هذا</translation>
    </message>
    <message>
        <source>Warnings: worth fixing</source>
        <translation>تنبيهات: تستحق التصحيح</translation>
    </message>
    <message>
        <source>Accessibility check</source>
        <translation>فحص إمكانية الوصول</translation>
    </message>
    <message>
        <source>&amp;Check accessibility</source>
        <translation>فحص إمكانية الوصول</translation>
    </message>
    <message>
        <source>Include handout &amp;PDFs (slower)</source>
        <translation>تضمين ملفات PDF للمطبوعات (أبطأ)</translation>
    </message>
    <message>
        <source>Titles, alternative text, reading order, contrast, text size, table headers.</source>
        <translation>العناوين، النص البديل، ترتيب القراءة، التباين، حجم النص، رؤوس الجداول.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Accessibility findings</source>
        <translation>نتائج فحص إمكانية الوصول</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>افتح دورة أولاً.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>checking accessibility</source>
        <translation>فحص إمكانية الوصول</translation>
    </message>
    <message>
        <source>Checking: {label}…</source>
        <translation>جارٍ الفحص: {label}…</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>ما العمل: {fix}</translation>
    </message>
    <message>
        <source>Click to go there.</source>
        <translation>انقر للانتقال إليه.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>لا شيء للإبلاغ عنه.</translation>
    </message>
    <message>
        <source> and {count} handout PDFs</source>
        <translation> و{count} من ملفات PDF للمطبوعات</translation>
    </message>
    <message>
        <source>{slides_checked} slides{pdfs} checked: {errors} errors, {warnings} warnings.</source>
        <translation>فُحصت الشرائح ({slides_checked}){pdfs}: الأخطاء {errors}، التنبيهات {warnings}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; {fix}</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;ما العمل:&lt;/b&gt; {fix}</translation>
    </message>
</context>
<context>
    <name>agenda_editor</name>
    <message>
        <source>The guide's sample agenda. Create a course to arrange your own (read-only here).</source>
        <translation>البرنامج النموذجي للدليل. أنشئ دورة لتنظيم برنامجك (للقراءة فقط هنا).</translation>
    </message>
    <message>
        <source>Move slot &amp;up</source>
        <translation>ارفع الفترة إلى الأ&amp;على</translation>
    </message>
    <message>
        <source>Move slot &amp;down</source>
        <translation>أنزل الفترة إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <source>Move slot to the day &amp;before</source>
        <translation>انقل الفترة إلى اليوم ال&amp;سابق</translation>
    </message>
    <message>
        <source>Move slot to the day &amp;after</source>
        <translation>انقل الفترة إلى اليوم ال&amp;تالي</translation>
    </message>
    <message>
        <source>Day {day_1} time slots</source>
        <translation>فترات اليوم {day_1}</translation>
    </message>
    <message>
        <source>Sessions and breaks to place</source>
        <translation>جلسات واستراحات لوضعها</translation>
    </message>
    <message>
        <source>Session {number}: {title} (Plan {plan_text})</source>
        <translation>الجلسة {number}: {title} (الخطة {plan_text})</translation>
    </message>
    <message>
        <source>Guide {guide_text} · Plan {plan_text}. Drag onto a day: the new slot gets {duration}.</source>
        <translation>الدليل {guide_text} · الخطة {plan_text}. اسحب إلى يوم: تحصل الفترة الجديدة على {duration}.</translation>
    </message>
    <message>
        <source>&amp;Longer (+15 min)</source>
        <translation>أطول (+15 دقيقة)</translation>
    </message>
    <message>
        <source>S&amp;horter (-15 min)</source>
        <translation>أقصر (-15 دقيقة)</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>إزالة الفترة</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>إضافة يوم</translation>
    </message>
    <message>
        <source>Back to the &amp;guide's agenda</source>
        <translation>العودة إلى برنامج الدليل</translation>
    </message>
    <message>
        <source>Agenda warnings</source>
        <translation>تنبيهات البرنامج</translation>
    </message>
    <message>
        <source>Agenda totals</source>
        <translation>مجاميع البرنامج</translation>
    </message>
    <message>
        <source>Drag onto a day, or select and press Enter to add to the selected (or last) day:</source>
        <translation>اسحب إلى يوم، أو حدّد واضغط Enter للإضافة إلى اليوم المحدد (أو الأخير):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Day {day_day}&lt;/b&gt; &amp;nbsp; {day_start}–{day_end}&lt;br/&gt;Sessions: {duration}</source>
        <translation>&lt;b&gt;اليوم {day_day}&lt;/b&gt; &amp;nbsp; {day_start}–{day_end}&lt;br/&gt;الجلسات: {duration}</translation>
    </message>
    <message>
        <source>Day {day_day} summary</source>
        <translation>ملخص اليوم {day_day}</translation>
    </message>
    <message>
        <source>Day {day_day} start time</source>
        <translation>وقت بدء اليوم {day_day}</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>يبدأ في</translation>
    </message>
    <message>
        <source>{days} days; sessions: </source>
        <translation>الأيام: {days}؛ الجلسات: </translation>
    </message>
    <message>
        <source>Every session gets at least the time the guide plans.</source>
        <translation>تحصل كل جلسة على الوقت الذي يخططه الدليل على الأقل.</translation>
    </message>
    <message>
        <source>saving the agenda</source>
        <translation>حفظ البرنامج</translation>
    </message>
    <message>
        <source>Drop steps of session {number}</source>
        <translation>حذف خطوات من الجلسة {number}</translation>
    </message>
    <message>
        <source>The agenda gives session {number} {given}; its plan needs {planned}. Tick the steps to leave out:</source>
        <translation>يمنح البرنامج الجلسة {number} مدة {given}؛ وتحتاج خطتها إلى {planned}. حدّد الخطوات المراد حذفها:</translation>
    </message>
    <message>
        <source>Time the plan still needs</source>
        <translation>الوقت الذي لا تزال الخطة تحتاجه</translation>
    </message>
    <message>
        <source>&amp;Drop the ticked steps</source>
        <translation>&amp;حذف الخطوات المحددة</translation>
    </message>
    <message>
        <source>The rest needs {need}: it fits in {given}.</source>
        <translation>يحتاج الباقي إلى {need}: وهو يتسع في {given}.</translation>
    </message>
    <message>
        <source>The rest needs {need}: still {over} more than {given}.</source>
        <translation>يحتاج الباقي إلى {need}: أي {over} أكثر من {given}.</translation>
    </message>
    <message>
        <source>Day {day_day} date</source>
        <translation>تاريخ اليوم {day_day}</translation>
    </message>
    <message>
        <source>your choice: every step rescaled</source>
        <translation>اختيارك: تقصير كل خطوة بالتناسب</translation>
    </message>
    <message>
        <source>your choice: steps {steps} dropped</source>
        <translation>اختيارك: حذف الخطوات {steps}</translation>
    </message>
    <message>
        <source>choose how its plan fits</source>
        <translation>اختر كيف تتلاءم خطتها</translation>
    </message>
    <message>
        <source>Session {number}: agenda {given}, plan {planned}; {choice}.</source>
        <translation>الجلسة {number}: البرنامج {given}، الخطة {planned}؛ {choice}.</translation>
    </message>
    <message>
        <source>Rescale the plan</source>
        <translation>تقصير الخطة</translation>
    </message>
    <message>
        <source>Drop steps…</source>
        <translation>حذف خطوات…</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>كما هو مخطط</translation>
    </message>
    <message>
        <source>Shorten every step in proportion, to fit the agenda's time.</source>
        <translation>تقصير كل خطوة بالتناسب لتتسع في وقت البرنامج.</translation>
    </message>
    <message>
        <source>fitting a plan to the agenda</source>
        <translation>مواءمة خطة مع البرنامج</translation>
    </message>
    <message>
        <source>Sess&amp;ions to teach…</source>
        <translation>الجلسات التي &amp;ستُقدَّم…</translation>
    </message>
</context>
<context>
    <name>bundle_actions</name>
    <message>
        <source>Course: {course}</source>
        <translation>الدورة: {course}</translation>
    </message>
    <message>
        <source>1 change to the bundled course (version {version})</source>
        <translation>تعديل واحد على الدورة المرفقة (الإصدار {version})</translation>
    </message>
    <message>
        <source>{changes} changes to the bundled course (version {version})</source>
        <translation>التعديلات على الدورة المرفقة (الإصدار {version}): {changes}</translation>
    </message>
    <message>
        <source>1 own example</source>
        <translation>مثال خاص واحد</translation>
    </message>
    <message>
        <source>{count} own examples</source>
        <translation>الأمثلة الخاصة: {count}</translation>
    </message>
    <message>
        <source>1 file (pictures, imported presentations)</source>
        <translation>ملف واحد (صور، عروض مستوردة)</translation>
    </message>
    <message>
        <source>{count} files (pictures, imported presentations)</source>
        <translation>الملفات (صور، عروض مستوردة): {count}</translation>
    </message>
    <message>
        <source>Made with {s_made_with}</source>
        <translation>أُنشئ باستخدام {s_made_with}</translation>
    </message>
    <message>
        <source>Share course as bundle</source>
        <translation>مشاركة الدورة كأرشيف</translation>
    </message>
    <message>
        <source>TrainerKit course (*{SUFFIX})</source>
        <translation>دورة TrainerKit (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>جارٍ كتابة {name}</translation>
    </message>
    <message>
        <source>sharing the course {name}</source>
        <translation>مشاركة الدورة {name}</translation>
    </message>
    <message>
        <source>Course shared as {path}. Copy this file to the other computer and import it there.</source>
        <translation>تمت مشاركة الدورة في {path}. انسخ هذا الملف إلى الحاسوب الآخر واستورده هناك.</translation>
    </message>
    <message>
        <source>Import course bundle</source>
        <translation>استيراد أرشيف دورة</translation>
    </message>
    <message>
        <source>TrainerKit course (*{SUFFIX});;All files (*)</source>
        <translation>دورة TrainerKit (*{SUFFIX});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>جارٍ فحص {name}</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>قراءة {name}</translation>
    </message>
    <message>
        <source>Import the course in {name}?</source>
        <translation>هل تريد استيراد الدورة الموجودة في {name}؟</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>You already have a course named '{name}'.</source>
        <translation>لديك بالفعل دورة باسم «{name}».</translation>
    </message>
    <message>
        <source>Import the bundle as a new course under another name, or replace your course with it (your course's changes are then lost)?</source>
        <translation>هل تريد استيراد الأرشيف كدورة جديدة باسم آخر، أم استبدال دورتك به (وعندها تضيع تعديلات دورتك)؟</translation>
    </message>
    <message>
        <source>Import as a &amp;new course…</source>
        <translation>الاستيراد كدورة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Replace my course</source>
        <translation>استبدال دورتي</translation>
    </message>
    <message>
        <source>Name of the new course:</source>
        <translation>اسم الدورة الجديدة:</translation>
    </message>
    <message>
        <source>importing {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>opening the course {name}</source>
        <translation>فتح الدورة {name}</translation>
    </message>
    <message>
        <source>Examples renamed because you had different ones with the same ids: {count}.</source>
        <translation>أمثلة أُعيدت تسميتها لأن لديك أمثلة أخرى بالمعرّفات نفسها: {count}.</translation>
    </message>
    <message>
        <source>Imported '{name}'{replacing}: {changes} changes, {examples} examples, {files} files.{renamed}</source>
        <translation>استُوردت «{name}»{replacing}: التعديلات {changes}، الأمثلة {examples}، الملفات {files}.{renamed}</translation>
    </message>
    <message>
        <source> (replacing yours)</source>
        <translation> (بدلاً من دورتك)</translation>
    </message>
</context>
<context>
    <name>course_picker</name>
    <message>
        <source>New course message</source>
        <translation>رسالة عن الدورة الجديدة</translation>
    </message>
    <message>
        <source>Give the new course a name (for example the place and month of the training).</source>
        <translation>أعطِ الدورة الجديدة اسمًا (مثل مكان التدريب وشهره).</translation>
    </message>
    <message>
        <source>Open or create a course</source>
        <translation>فتح دورة أو إنشاؤها</translation>
    </message>
    <message>
        <source>Your courses, most recent first</source>
        <translation>دوراتك، الأحدث أولاً</translation>
    </message>
    <message>
        <source>{name}  ({country}, {count} changes)</source>
        <translation>{name}  ({country}، التعديلات: {count})</translation>
    </message>
    <message>
        <source>&amp;Your courses</source>
        <translation>دوراتك</translation>
    </message>
    <message>
        <source>No courses yet: create one below.</source>
        <translation>لا توجد دورات بعد: أنشئ واحدة أدناه.</translation>
    </message>
    <message>
        <source>New course name</source>
        <translation>اسم الدورة الجديدة</translation>
    </message>
    <message>
        <source>e.g. Nairobi, May 2025</source>
        <translation>مثلاً: نيروبي، أيار/مايو 2025</translation>
    </message>
    <message>
        <source>Country of the new course</source>
        <translation>بلد الدورة الجديدة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>&amp;New course from the bundled course ({short_title})</source>
        <translation>دورة جديدة من الدورة المرفقة ({short_title})</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>creating the course</source>
        <translation>إنشاء الدورة</translation>
    </message>
</context>
<context>
    <name>examples_page</name>
    <message>
        <source>Case: the title and the text as short lines</source>
        <translation>حالة: العنوان والنص في أسطر قصيرة</translation>
    </message>
    <message>
        <source>Statistic: the figure as the title</source>
        <translation>إحصاء: الرقم عنواناً</translation>
    </message>
    <message>
        <source>Quote: the text, attributed to its source</source>
        <translation>اقتباس: النص منسوباً إلى مصدره</translation>
    </message>
    <message>
        <source>Picture: your picture with a caption</source>
        <translation>صورة: صورتك مع تعليق</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(الكل)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>حقيقة</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>your own example</source>
        <translation>مثالك الخاص</translation>
    </message>
    <message>
        <source>from the bundled library</source>
        <translation>من المكتبة المرفقة</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; {source}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;المصدر:&lt;/b&gt; {source}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Themes: </source>
        <translation>المواضيع: </translation>
    </message>
    <message>
        <source>Sessions: </source>
        <translation>الجلسات: </translation>
    </message>
    <message>
        <source>Regions: </source>
        <translation>المناطق: </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Our summary of the source: check the figures against it (and newer data) before presenting.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;ملخصنا للمصدر: تحقق من الأرقام بالرجوع إليه (وإلى بيانات أحدث) قبل العرض.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suggested examples for {place}</source>
        <translation>أمثلة مقترحة لـ {place}</translation>
    </message>
    <message>
        <source>The library has no entry filed under this session yet.</source>
        <translation>لا تحتوي المكتبة بعد على أي مدخل مصنف تحت هذه الجلسة.</translation>
    </message>
    <message>
        <source>Insert…</source>
        <translation>إدراج…</translation>
    </message>
    <message>
        <source>More examples for session {session} in the library…</source>
        <translation>مزيد من الأمثلة للجلسة {session} في المكتبة…</translation>
    </message>
    <message>
        <source>your course</source>
        <translation>دورتك</translation>
    </message>
    <message>
        <source>Insert an example into a session</source>
        <translation>إدراج مثال في جلسة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>الجلسة {number}: {title}</translation>
    </message>
    <message>
        <source>Insert after</source>
        <translation>الإدراج بعد</translation>
    </message>
    <message>
        <source>Slide layout</source>
        <translation>تخطيط الشريحة</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>معاينة الشريحة</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>الجلسة:</translation>
    </message>
    <message>
        <source>&amp;After slide:</source>
        <translation>بعد الشريحة:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>The slide (the source is on it and in the speaker notes):</source>
        <translation>الشريحة (المصدر مذكور عليها وفي ملاحظات المتحدث):</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>  (مخفية)</translation>
    </message>
    <message>
        <source>At the end of the session</source>
        <translation>في نهاية الجلسة</translation>
    </message>
    <message>
        <source>&lt;i&gt;“{text}”&lt;/i&gt;&lt;br/&gt;— {by}</source>
        <translation>&lt;i&gt;«{text}»&lt;/i&gt;&lt;br/&gt;— {by}</translation>
    </message>
    <message>
        <source>[picture: {alt}]&lt;br/&gt;{caption}</source>
        <translation>[صورة: {alt}]&lt;br/&gt;{caption}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Source: {source}&lt;/small&gt;</source>
        <translation>&lt;small&gt;المصدر: {source}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Edit my example</source>
        <translation>تحرير مثالي</translation>
    </message>
    <message>
        <source>Add my example</source>
        <translation>إضافة مثالي</translation>
    </message>
    <message>
        <source>Example (a case, a practice, a story)</source>
        <translation>مثال (حالة، ممارسة، قصة)</translation>
    </message>
    <message>
        <source>Fact (a figure with its source)</source>
        <translation>حقيقة (رقم مع مصدره)</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>نوع المدخل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>What happened, in a few sentences (at most 1500 characters).</source>
        <translation>ما حدث، في بضع جمل (1500 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>e.g. 1 in 4 migrant workers… (for a statistic slide)</source>
        <translation>مثلاً: 1 من كل 4 عمال مهاجرين… (لشريحة إحصائية)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Where this comes from: a report, an interview, a court decision…</source>
        <translation>مصدر هذا: تقرير، مقابلة، حكم قضائي…</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>مرجع المصدر</translation>
    </message>
    <message>
        <source>A link, page or document number (optional)</source>
        <translation>رابط أو صفحة أو رقم وثيقة (اختياري)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Kenya; Uganda</source>
        <translation>كينيا؛ أوغندا</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Eastern Africa (countries add their regions themselves)</source>
        <translation>شرق أفريقيا (تضيف البلدان مناطقها بنفسها)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>الجلسة {number}</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>ملف الصورة</translation>
    </message>
    <message>
        <source>A PNG, JPEG or GIF picture (optional; large ones are made smaller)</source>
        <translation>صورة PNG أو JPEG أو GIF (اختيارية؛ تُصغَّر الصور الكبيرة)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>وصف الصورة</translation>
    </message>
    <message>
        <source>What the picture shows, for people who cannot see it</source>
        <translation>ما تُظهره الصورة، لمن لا يستطيعون رؤيتها</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>مرجع المصدر:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>البلدان:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>المناطق:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>المواضيع:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>الجلسات:</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>Picture &amp;description:</source>
        <translation>وصف الصورة:</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>saving your example</source>
        <translation>حفظ مثالك</translation>
    </message>
    <message>
        <source>Examples library</source>
        <translation>مكتبة الأمثلة</translation>
    </message>
    <message>
        <source>Search the examples</source>
        <translation>البحث في الأمثلة</translation>
    </message>
    <message>
        <source>Search words in the title, text, place and source (e.g. domestic workers)</source>
        <translation>ابحث عن كلمات في العنوان والنص والمكان والمصدر (مثلاً: العمال المنزليون)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>الأمثلة</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>الحقائق</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>أمثلتي فقط</translation>
    </message>
    <message>
        <source>Only my own examples</source>
        <translation>أمثلتي الخاصة فقط</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>مسح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>الجلسة:</translation>
    </message>
    <message>
        <source>Examples found</source>
        <translation>الأمثلة التي عُثر عليها</translation>
    </message>
    <message>
        <source>Number of examples found</source>
        <translation>عدد الأمثلة التي عُثر عليها</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>المثال المحدد</translation>
    </message>
    <message>
        <source>&amp;Insert into session…</source>
        <translation>إدراج في الجلسة…</translation>
    </message>
    <message>
        <source>&amp;Add my example…</source>
        <translation>إضافة مثالي…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>E&amp;xport my examples…</source>
        <translation>تصدير أمثلتي…</translation>
    </message>
    <message>
        <source>Im&amp;port examples…</source>
        <translation>استيراد أمثلة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>تصفية: {name}</translation>
    </message>
    <message>
        <source> (best first)</source>
        <translation> (الأنسب أولاً)</translation>
    </message>
    <message>
        <source>1 entry found{best}</source>
        <translation>عُثر على مدخل واحد{best}</translation>
    </message>
    <message>
        <source>{n} entries found{best}</source>
        <translation>المداخل التي عُثر عليها: {n}{best}</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>خاص بي</translation>
    </message>
    <message>
        <source>Choose an entry to read it.</source>
        <translation>اختر مدخلاً لقراءته.</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>افتح دورة أولاً.</translation>
    </message>
    <message>
        <source>Delete example</source>
        <translation>حذف المثال</translation>
    </message>
    <message>
        <source>Delete your example '{title}'? Slides already made from it keep their text.</source>
        <translation>هل تريد حذف مثالك «{title}»؟ تحتفظ الشرائح المصنوعة منه بنصها.</translation>
    </message>
    <message>
        <source>deleting your example</source>
        <translation>حذف مثالك</translation>
    </message>
    <message>
        <source>Export my examples</source>
        <translation>تصدير أمثلتي</translation>
    </message>
    <message>
        <source>my-examples.csv</source>
        <translation>my-examples.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>جدول بيانات (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>exporting your examples</source>
        <translation>تصدير أمثلتك</translation>
    </message>
    <message>
        <source>{count} of your examples written to {name}.</source>
        <translation>كُتب {count} من أمثلتك في {name}.</translation>
    </message>
    <message>
        <source>Import examples</source>
        <translation>استيراد أمثلة</translation>
    </message>
    <message>
        <source>Spreadsheet or JSON (*.csv *.json)</source>
        <translation>جدول بيانات أو JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>importing examples from {name}</source>
        <translation>استيراد الأمثلة من {name}</translation>
    </message>
    <message>
        <source>From {name}: {added} added, {updated} updated, {skipped} already in the library.</source>
        <translation>من {name}: أُضيف {added}، وحُدّث {updated}، و{skipped} موجودة في المكتبة سلفاً.</translation>
    </message>
    <message>
        <source>inserting an example</source>
        <translation>إدراج مثال</translation>
    </message>
    <message>
        <source>reading the example</source>
        <translation>قراءة المثال</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>&amp;Name tags (Word and PDF, from the participants list)</source>
        <translation>&amp;بطاقات الأسماء (Word وPDF، من قائمة المشاركين)</translation>
    </message>
    <message>
        <source>Certi&amp;ficates (one per participant, Word and PDF)</source>
        <translation>ال&amp;شهادات (واحدة لكل مشارك، Word وPDF)</translation>
    </message>
    <message>
        <source>Atte&amp;ndance sheets (one per training day, Word and PDF)</source>
        <translation>أوراق ال&amp;حضور (واحدة لكل يوم تدريب، Word وPDF)</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>تصدير {name}</translation>
    </message>
    <message>
        <source>Session &amp;decks (one PowerPoint file per session)</source>
        <translation>عروض الجلسات (ملف PowerPoint لكل جلسة)</translation>
    </message>
    <message>
        <source>&amp;Combined daily decks (one file per training day, in agenda order)</source>
        <translation>عروض يومية مجمّعة (ملف لكل يوم تدريبي، بترتيب البرنامج)</translation>
    </message>
    <message>
        <source>Leave &amp;hidden slides out (by default they stay in the file, hidden)</source>
        <translation>استبعاد الشرائح المخفية (افتراضياً تبقى في الملف مخفية)</translation>
    </message>
    <message>
        <source>Handouts (coming)</source>
        <translation>المطبوعات (قريباً)</translation>
    </message>
    <message>
        <source>H&amp;andouts (Word and PDF, in a Handouts folder)</source>
        <translation>المطبوعات (Word وPDF، في مجلد Handouts)</translation>
    </message>
    <message>
        <source>&amp;Participant pack (one PDF: cover, contents, the handouts in order)</source>
        <translation>حقيبة المشارك (ملف PDF واحد: الغلاف والمحتويات والمطبوعات بالترتيب)</translation>
    </message>
    <message>
        <source>&amp;Trainer pack (PDF: plans with clock times, checklists, speaker notes)</source>
        <translation>حقيبة المدرب (PDF: خطط بالمواعيد وقوائم تحقق وملاحظات المتحدث)</translation>
    </message>
    <message>
        <source>&amp;Slide handouts (PDF, 3 slides a page with lines for notes)</source>
        <translation>مطبوعات الشرائح (PDF، 3 شرائح في الصفحة مع أسطر للملاحظات)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدم التصدير</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>ملخص التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>exporting the course</source>
        <translation>تصدير الدورة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Export cancelled. Files already written are complete; nothing is half-written.</source>
        <translation>أُلغي التصدير. الملفات المكتوبة سلفاً كاملة؛ لا شيء مكتوب جزئياً.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>فشل التصدير.</translation>
    </message>
    <message>
        <source>Exported {count} file: {slides} slides, {hidden} hidden.</source>
        <translation>صُدّر ملف واحد: الشرائح {slides}، المخفية منها {hidden}.</translation>
    </message>
    <message>
        <source>Exported {count} files: {slides} slides, {hidden} hidden.</source>
        <translation>عدد الملفات المصدّرة: {count}؛ الشرائح {slides}، المخفية منها {hidden}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt;</source>
        <translation>&lt;b&gt;الملفات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;ملاحظات حول المطبوعات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes that could not be applied&lt;/b&gt;</source>
        <translation>&lt;b&gt;تعديلات تعذّر تطبيقها&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens without a value&lt;/b&gt; (fill them in the country profile)</source>
        <translation>&lt;b&gt;عناصر نائبة بلا قيمة&lt;/b&gt; (املأها في ملف البلد)</translation>
    </message>
    <message>
        <source>Session {number}: {tokens}</source>
        <translation>الجلسة {number}: {tokens}</translation>
    </message>
    <message>
        <source>Leave the orange 'To adapt' &amp;labels out (decks meant for the room)</source>
        <translation>إزالة &amp;علامات «للتكييف» البرتقالية (عروض للقاعة)</translation>
    </message>
    <message>
        <source>The labels remind you what is left to adapt; the text on the slides stays as it is. The checks above list what is left.</source>
        <translation>تذكّرك العلامات بما بقي للتكييف؛ ويبقى نص الشرائح كما هو. تسرد الفحوص أعلاه ما بقي.</translation>
    </message>
    <message>
        <source>Before you export: checks</source>
        <translation>قبل التصدير: الفحوص</translation>
    </message>
    <message>
        <source>Checks found</source>
        <translation>نتائج الفحوص</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>افحص م&amp;جددًا</translation>
    </message>
    <message>
        <source>Before you export</source>
        <translation>قبل التصدير</translation>
    </message>
    <message>
        <source>Checking the course before export…</source>
        <translation>جارٍ فحص الدورة قبل التصدير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>checking the course</source>
        <translation>فحص الدورة</translation>
    </message>
    <message>
        <source>Checks not run: export when ready.</source>
        <translation>لم تُجرَ الفحوص: صدّر عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>The checks failed: {error}</source>
        <translation>فشلت الفحوص: {error}</translation>
    </message>
    <message>
        <source>Nothing to report: the course is ready.</source>
        <translation>لا شيء للإبلاغ عنه: الدورة جاهزة.</translation>
    </message>
    <message>
        <source>{count} slides still show placeholder text: the room would see it.</source>
        <translation>لا تزال {count} شرائح تعرض نصًا مؤقتًا: ستراه القاعة.</translation>
    </message>
    <message>
        <source>Checked. Read the lines above, then Export.</source>
        <translation>تم الفحص. اقرأ الأسطر أعلاه ثم صدّر.</translation>
    </message>
</context>
<context>
    <name>facts_panel</name>
    <message>
        <source>ratified</source>
        <translation>صدّقت</translation>
    </message>
    <message>
        <source>acceded</source>
        <translation>انضمت</translation>
    </message>
    <message>
        <source>succession</source>
        <translation>خلافة</translation>
    </message>
    <message>
        <source>signed only</source>
        <translation>وقّعت فقط</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>لا إجراء</translation>
    </message>
    <message>
        <source>Country facts</source>
        <translation>بيانات البلد</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Source of the facts</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Treaty ratifications</source>
        <translation>التصديق على المعاهدات</translation>
    </message>
    <message>
        <source>Corrected status</source>
        <translation>الحالة المصححة</translation>
    </message>
    <message>
        <source>Year of ratification</source>
        <translation>سنة التصديق</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;صحّح</translation>
    </message>
    <message>
        <source>Back to the &amp;data</source>
        <translation>العودة إلى ال&amp;بيانات</translation>
    </message>
    <message>
        <source>Export writes these into the Session 3 slide 'Treaties ratified by …', the Session 4 ratification table and the ratified-treaties handout. A correction is one change: Undo takes it back.</source>
        <translation>يكتبها التصدير في شريحة «المعاهدات التي صدّق عليها …» في الجلسة 3، وجدول التصديقات في الجلسة 4، ووثيقة المعاهدات المصدّق عليها. التصحيح تغيير واحد: التراجع يلغيه.</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>افتح دورة أولًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state} ({code})&lt;/b&gt;: UN human rights treaties</source>
        <translation>&lt;b&gt;{state} ({code})&lt;/b&gt;: معاهدات الأمم المتحدة لحقوق الإنسان</translation>
    </message>
    <message>
        <source> (your correction)</source>
        <translation> (تصحيحك)</translation>
    </message>
    <message>
        <source>Correct &lt;b&gt;{instrument}&lt;/b&gt; (a change since June 2022, or an error):</source>
        <translation>تصحيح &lt;b&gt;{instrument}&lt;/b&gt; (تغيير منذ حزيران/يونيو 2022، أو خطأ):</translation>
    </message>
    <message>
        <source>correcting a country fact</source>
        <translation>تصحيح بيان من بيانات البلد</translation>
    </message>
    <message>
        <source>This course has no country: choose one on the Country profile tab.</source>
        <translation>ليس لهذه الدورة بلد: اختر بلدًا في تبويب ملف البلد.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Fill its placeholders in Adapt &gt; Gaps to adapt (Ctrl+Shift+G), or click this line and double-click the slide to edit its text; or hide the slide (H).</source>
        <translation>املأ العناصر النائبة من التكييف &gt; ما بقي للتكييف (Ctrl+Shift+G)، أو انقر هذا السطر ثم انقر الشريحة نقرًا مزدوجًا لتحرير نصها؛ أو أخفِ الشريحة (H).</translation>
    </message>
    <message>
        <source>Click this line to go to the slide: double-click it to edit its text or notes, insert your own slide after it, or hide it (H). Adapt &gt; Gaps to adapt can mark it adapted.</source>
        <translation>انقر هذا السطر للانتقال إلى الشريحة: انقرها نقرًا مزدوجًا لتحرير نصها أو ملاحظاتها، أو أدرج شريحتك بعدها، أو أخفِها (H). يمكن وضع علامة «مكيّفة» عليها من التكييف &gt; ما بقي للتكييف.</translation>
    </message>
    <message>
        <source>Fill it in on the Country profile tab (click this line), or in Adapt &gt; Gaps to adapt.</source>
        <translation>املأه في تبويب ملف البلد (انقر هذا السطر)، أو من التكييف &gt; ما بقي للتكييف.</translation>
    </message>
    <message>
        <source>Give it a value under Custom tokens on the Country profile tab, or edit the slide's text.</source>
        <translation>أعطه قيمة تحت عناصر نائبة مخصصة في تبويب ملف البلد، أو حرّر نص الشريحة.</translation>
    </message>
    <message>
        <source>Click this line to go to the slide: redo the change, or Slides &gt; Reset to the original.</source>
        <translation>انقر هذا السطر للانتقال إلى الشريحة: أعد التعديل، أو الشرائح &gt; الرجوع إلى الأصل.</translation>
    </message>
    <message>
        <source>Add a slot for it on the Agenda tab, or untick it in Agenda &gt; Sessions to teach.</source>
        <translation>أضف لها فترة في تبويب البرنامج، أو ألغِ تحديدها من البرنامج &gt; الجلسات التي ستُقدَّم.</translation>
    </message>
    <message>
        <source>Nothing to do; to change it, use the Agenda tab's buttons for Session {number}.</source>
        <translation>لا شيء لفعله؛ لتغييره استخدم أزرار الجلسة {number} في تبويب البرنامج.</translation>
    </message>
    <message>
        <source>On the Agenda tab: 'Rescale the plan' or 'Drop steps…' for Session {number}, or lengthen its slot.</source>
        <translation>في تبويب البرنامج: «تقصير الخطة» أو «حذف خطوات…» للجلسة {number}، أو أطِل فترتها.</translation>
    </message>
    <message>
        <source>On the Agenda tab: lengthen its slot, or choose 'Rescale the plan' or 'Drop steps…' for Session {number}.</source>
        <translation>في تبويب البرنامج: أطِل فترتها، أو اختر «تقصير الخطة» أو «حذف خطوات…» للجلسة {number}.</translation>
    </message>
</context>
<context>
    <name>gaps_panel</name>
    <message>
        <source>Text for the room, in place of the brackets</source>
        <translation>نص للقاعة بدلًا من الأقواس</translation>
    </message>
    <message>
        <source>Replace {text}</source>
        <translation>استبدال {text}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Mark adapted</source>
        <translation>وضع علامة «مكيّفة»</translation>
    </message>
    <message>
        <source>You adapted it (or it fits as it is): its 'To adapt' label leaves the export.</source>
        <translation>لقد كيّفتها (أو تناسب كما هي): تُزال علامة «للتكييف» منها عند التصدير.</translation>
    </message>
    <message>
        <source>Hide slide</source>
        <translation>إخفاء الشريحة</translation>
    </message>
    <message>
        <source>Gaps to adapt</source>
        <translation>ما بقي للتكييف</translation>
    </message>
    <message>
        <source>Adaptation points done</source>
        <translation>نقاط التكييف المنجزة</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>تقدّم التكييف</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;افحص مجددًا</translation>
    </message>
    <message>
        <source>Type in place of each placeholder, fill the profile, or mark a slide adapted. A slide keeps its orange 'To adapt' label while bracket text remains on it.</source>
        <translation>اكتب بدل كل نص بين أقواس، أو املأ الملف التعريفي، أو ضع علامة «مكيّفة» على الشريحة. تحتفظ الشريحة بعلامة «للتكييف» البرتقالية ما دام فيها نص بين أقواس.</translation>
    </message>
    <message>
        <source>Gaps still to adapt</source>
        <translation>ما لا يزال للتكييف</translation>
    </message>
    <message>
        <source>Open a course first.</source>
        <translation>افتح دورة أولًا.</translation>
    </message>
    <message>
        <source>listing the gaps</source>
        <translation>سرد ما بقي للتكييف</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>أُنجز {done} من {total}</translation>
    </message>
    <message>
        <source>Nothing left to adapt in the chosen sessions.</source>
        <translation>لم يبقَ شيء للتكييف في الجلسات المختارة.</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>الانتقال إلى الشريحة</translation>
    </message>
    <message>
        <source>Go to profile</source>
        <translation>الانتقال إلى الملف التعريفي</translation>
    </message>
    <message>
        <source>replacing a placeholder</source>
        <translation>استبدال نص بين أقواس</translation>
    </message>
    <message>
        <source>setting a profile field</source>
        <translation>حفظ حقل في الملف التعريفي</translation>
    </message>
    <message>
        <source>marking a slide adapted</source>
        <translation>وضع علامة «مكيّفة» على شريحة</translation>
    </message>
    <message>
        <source>hiding a slide</source>
        <translation>إخفاء شريحة</translation>
    </message>
    <message>
        <source>Type the text for the room and press Enter; the slide editor (double-click the slide) edits the rest.</source>
        <translation>اكتب النص للقاعة واضغط Enter؛ محرر الشرائح (انقر الشريحة نقرًا مزدوجًا) يحرّر الباقي.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Country of the new course</source>
        <translation>بلد الدورة الجديدة</translation>
    </message>
    <message>
        <source>New course name</source>
        <translation>اسم الدورة الجديدة</translation>
    </message>
    <message>
        <source>e.g. Amman, May 2025</source>
        <translation>مثلًا: عمّان، أيار/مايو 2025</translation>
    </message>
    <message>
        <source>&amp;Create a course for a country</source>
        <translation>أ&amp;نشئ دورة لبلد</translation>
    </message>
    <message>
        <source>New course message</source>
        <translation>رسالة عن الدورة الجديدة</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>Course &amp;name:</source>
        <translation>ا&amp;سم الدورة:</translation>
    </message>
    <message>
        <source>Create a course for a country</source>
        <translation>إنشاء دورة لبلد</translation>
    </message>
    <message>
        <source>&amp;Browse the bundled course</source>
        <translation>ت&amp;صفح الدورة المرفقة</translation>
    </message>
    <message>
        <source>Slides with pictures, speaker notes and handouts as bundled; read-only, no course.</source>
        <translation>الشرائح بصورها وملاحظات المتحدث والمطبوعات كما وردت؛ للقراءة فقط، بلا دورة.</translation>
    </message>
    <message>
        <source>Give the course a name (for example the place and month of the training).</source>
        <translation>أعطِ الدورة اسمًا (مثل مكان التدريب وشهره).</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to {APP_NAME}&lt;/h2&gt;&lt;p&gt;Make the OHCHR course your own: a course keeps your country profile, your slide changes and your agenda. Create one for the country you will train in, or open one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحباً بك في {APP_NAME}&lt;/h2&gt;&lt;p&gt;اجعل دورة المفوضية السامية لحقوق الإنسان دورتك: تحفظ الدورة ملف بلدك وتعديلاتك على الشرائح وبرنامجك. أنشئ دورة للبلد الذي ستدرّب فيه، أو افتح دورة موجودة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent courses</source>
        <translation>الدورات الحديثة</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>دورة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open course…</source>
        <translation>فتح دورة…</translation>
    </message>
    <message>
        <source>Recent courses (Enter opens):</source>
        <translation>الدورات الحديثة (Enter للفتح):</translation>
    </message>
    <message>
        <source>Course modules and sessions</source>
        <translation>وحدات الدورة وجلساتها</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Country &amp;profile</source>
        <translation>ملف البلد</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Slide picture engine</source>
        <translation>محرك صور الشرائح</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>&amp;Pack for venue…</source>
        <translation>التجهيز لمكان التدريب…</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>التحقق من حزمة…</translation>
    </message>
    <message>
        <source>&amp;Translate course…</source>
        <translation>&amp;ترجمة الدورة…</translation>
    </message>
    <message>
        <source>&amp;Share course as bundle…</source>
        <translation>مشاركة الدورة كأرشيف…</translation>
    </message>
    <message>
        <source>&amp;Import course bundle…</source>
        <translation>استيراد أرشيف دورة…</translation>
    </message>
    <message>
        <source>&amp;Accessibility check</source>
        <translation>فحص إمكانية الوصول</translation>
    </message>
    <message>
        <source>Examples &amp;library…</source>
        <translation>مكتبة الأمثلة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح دورة حديثة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>الأمثلة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Course tree</source>
        <translation>شجرة الدورة</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>ملف البلد</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>حول {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>دورة جديدة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Pack for venue</source>
        <translation>التجهيز لمكان التدريب</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>الأمثلة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>saving the language</source>
        <translation>حفظ اللغة</translation>
    </message>
    <message>
        <source>{language} will be used from the next start of {APP_NAME}.</source>
        <translation>ستُستخدم {language} من التشغيل القادم لـ {APP_NAME}.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>Module {number}: {title}</source>
        <translation>الوحدة {number}: {title}</translation>
    </message>
    <message>
        <source> (forthcoming)</source>
        <translation> (قريباً)</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>الجلسة {number}: {title}</translation>
    </message>
    <message>
        <source>Forthcoming: the guide announces this session but has no content yet.</source>
        <translation>قريباً: يعلن الدليل عن هذه الجلسة لكن لا محتوى لها بعد.</translation>
    </message>
    <message>
        <source>Forthcoming. {text}</source>
        <translation>قريباً. {text}</translation>
    </message>
    <message>
        <source>Verify a package (or a stick with packages)</source>
        <translation>التحقق من حزمة (أو ذاكرة USB تحتوي حزماً)</translation>
    </message>
    <message>
        <source>opening the course {name}</source>
        <translation>فتح الدورة {name}</translation>
    </message>
    <message>
        <source>creating a course</source>
        <translation>إنشاء دورة</translation>
    </message>
    <message>
        <source>Course {name} open. Ctrl+Z undoes any change, even after a restart.</source>
        <translation>الدورة {name} مفتوحة. يتراجع Ctrl+Z عن أي تعديل، حتى بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>{short_title}: {sessions} sessions, bundled course {version}</source>
        <translation>{short_title}: الجلسات {sessions}، الدورة المرفقة {version}</translation>
    </message>
    <message>
        <source>showing the course</source>
        <translation>عرض الدورة</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>تراجع: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>إعادة: {change}</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>تراجع: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Shift+Z)</source>
        <translation>إعادة: {change} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>undoing</source>
        <translation>التراجع</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>تم التراجع: {change}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>redoing</source>
        <translation>الإعادة</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>أُعيد: {change}</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
        <source>&amp;Gaps to adapt</source>
        <translation>&amp;ما بقي للتكييف</translation>
    </message>
    <message>
        <source>Country &amp;facts</source>
        <translation>&amp;بيانات البلد</translation>
    </message>
    <message>
        <source>Ada&amp;pt</source>
        <translation>ال&amp;تكييف</translation>
    </message>
    <message>
        <source>&amp;Sessions to teach…</source>
        <translation>ال&amp;جلسات التي ستُقدَّم…</translation>
    </message>
    <message>
        <source>Create or open a course first.</source>
        <translation>أنشئ دورة أو افتحها أولًا.</translation>
    </message>
    <message>
        <source>choosing the sessions</source>
        <translation>اختيار الجلسات</translation>
    </message>
    <message>
        <source>The agenda still has slots for sessions you do not teach ({sessions}). Take them out of the agenda? The days keep their breaks; Undo puts them back.</source>
        <translation>ما زال في البرنامج فترات لجلسات لن تقدّمها ({sessions}). هل تريد إزالتها من البرنامج؟ تحتفظ الأيام باستراحاتها؛ التراجع يعيدها.</translation>
    </message>
    <message>
        <source>Sessions to teach</source>
        <translation>الجلسات التي ستُقدَّم</translation>
    </message>
    <message>
        <source>&amp;Take them out</source>
        <translation>إ&amp;زالتها</translation>
    </message>
    <message>
        <source>&amp;Keep the agenda</source>
        <translation>الإبقاء على ال&amp;برنامج</translation>
    </message>
</context>
<context>
    <name>pack_dialog</name>
    <message>
        <source>Errors: packing cannot go on</source>
        <extracomment>Location kinds the main window can show (``MainWindow.go_to_location``).</extracomment>
        <translation>أخطاء: لا يمكن متابعة التجهيز</translation>
    </message>
    <message>
        <source>Warnings: visible at the venue</source>
        <translation>تنبيهات: ستظهر في مكان التدريب</translation>
    </message>
    <message>
        <source>Notes: worth a look</source>
        <translation>ملاحظات: تستحق النظر</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(بلا تسمية)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>محرك أقراص قابل للإزالة</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>محرك أقراص</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} متاحة</translation>
    </message>
    <message>
        <source>Pack {name} for the venue</source>
        <translation>تجهيز {name} لمكان التدريب</translation>
    </message>
    <message>
        <source>Where to pack</source>
        <translation>مكان التجهيز</translation>
    </message>
    <message>
        <source>&amp;Refresh drives</source>
        <translation>تحديث محركات الأقراص</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>Put a portable copy of TrainerKit on the stick</source>
        <translation>وضع نسخة محمولة من TrainerKit على ذاكرة USB</translation>
    </message>
    <message>
        <source>Put a portable copy of TrainerKit on the stick (no portable build on this computer)</source>
        <translation>وضع نسخة محمولة من TrainerKit على ذاكرة USB (لا توجد نسخة محمولة على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Before you go: preflight report</source>
        <translation>قبل الانطلاق: تقرير التحقق المسبق</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>الفحص مجدداً</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>قبل الانطلاق</translation>
    </message>
    <message>
        <source>Packing progress</source>
        <translation>تقدم التجهيز</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <source>Packing status</source>
        <translation>حالة التجهيز</translation>
    </message>
    <message>
        <source>Packing summary</source>
        <translation>ملخص التجهيز</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>تجهيز</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>No removable drive found: plug in a stick and refresh, or choose a folder.</source>
        <translation>لم يُعثر على محرك أقراص قابل للإزالة: أدخل ذاكرة USB وحدّث، أو اختر مجلداً.</translation>
    </message>
    <message>
        <source>Pack into folder</source>
        <translation>التجهيز في مجلد</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>يتعذر استخدام {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Checking the course…</source>
        <translation>جارٍ فحص الدورة…</translation>
    </message>
    <message>
        <source>checking the course</source>
        <translation>فحص الدورة</translation>
    </message>
    <message>
        <source>Checked. Choose where to pack, then Pack.</source>
        <translation>تم الفحص. اختر مكان التجهيز، ثم «تجهيز».</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>تم الفحص.</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>ما العمل: {fix}</translation>
    </message>
    <message>
        <source>Click to go there.</source>
        <translation>انقر للانتقال إليه.</translation>
    </message>
    <message>
        <source>Nothing to report: the course is ready for the venue.</source>
        <translation>لا شيء للإبلاغ عنه: الدورة جاهزة لمكان التدريب.</translation>
    </message>
    <message>
        <source>Package: {size}.</source>
        <translation>الحزمة: {size}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; {fix}</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt;: {message}&lt;br/&gt;&lt;b&gt;ما العمل:&lt;/b&gt; {fix}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>packing the course into {target}</source>
        <translation>تجهيز الدورة في {target}</translation>
    </message>
    <message>
        <source>Cancelled. Files already copied are verified and stay; packing again to the same place goes on from there.</source>
        <translation>أُلغي. الملفات المنسوخة سلفاً تم التحقق منها وتبقى؛ وإعادة التجهيز إلى المكان نفسه تستأنف من حيث توقفت.</translation>
    </message>
    <message>
        <source>Packing stopped.</source>
        <translation>توقف التجهيز.</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>لم يكتمل.</translation>
    </message>
    <message>
        <source>Packing failed.</source>
        <translation>فشل التجهيز.</translation>
    </message>
    <message>
        <source>packing the course</source>
        <translation>تجهيز الدورة</translation>
    </message>
    <message>
        <source>Done: every file was read back from the target and checked.</source>
        <translation>تم: أُعيدت قراءة كل ملف من الوجهة وفُحص.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{message}&lt;/b&gt;&lt;br/&gt;{package}&lt;br/&gt;{size}; {copied} written, {skipped} already there and verified ({files} in all).{notes}</source>
        <translation>&lt;b&gt;{message}&lt;/b&gt;&lt;br/&gt;{package}&lt;br/&gt;{size}؛ كُتب {copied}، و{skipped} موجودة سلفاً وتم التحقق منها ({files} إجمالاً).{notes}</translation>
    </message>
    <message>
        <source>Package complete and verified: {count} files</source>
        <translation>الحزمة مكتملة وتم التحقق منها: {count} ملفات</translation>
    </message>
</context>
<context>
    <name>profile_form</name>
    <message>
        <source>Country</source>
        <extracomment>the core's ``PROFILE_LABELS`` marked for translation here (the core does not speak Qt)</extracomment>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة المنظمة</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرون</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>عدد المشاركين</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Course profile</source>
        <translation>ملف الدورة</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>العنصر النائب</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Custom tokens</source>
        <translation>عناصر نائبة مخصصة</translation>
    </message>
    <message>
        <source>&amp;Add token</source>
        <translation>إضافة عنصر نائب</translation>
    </message>
    <message>
        <source>Add a custom token</source>
        <translation>إضافة عنصر نائب مخصص</translation>
    </message>
    <message>
        <source>&amp;Remove token</source>
        <translation>إزالة العنصر النائب</translation>
    </message>
    <message>
        <source>Remove the selected custom token</source>
        <translation>إزالة العنصر النائب المخصص المحدد</translation>
    </message>
    <message>
        <source>Your own {{tokens}} for slides you add: a name (letters, digits, _) and its value.</source>
        <translation>{{عناصرك النائبة}} الخاصة للشرائح التي تضيفها: اسم (حروف وأرقام و_) وقيمته.</translation>
    </message>
    <message>
        <source>These values replace the {{tokens}} on slides and in speaker notes; the slide previews show them at once.</source>
        <translation>تحل هذه القيم محل {{العناصر النائبة}} في الشرائح وملاحظات المتحدث؛ وتظهرها معاينات الشرائح فوراً.</translation>
    </message>
    <message>
        <source>Open or create a course to edit its profile.</source>
        <translation>افتح دورة أو أنشئها لتحرير ملفها.</translation>
    </message>
    <message>
        <source>saving the course profile</source>
        <translation>حفظ ملف الدورة</translation>
    </message>
</context>
<context>
    <name>sessions_dialog</name>
    <message>
        <source>Sessions to teach</source>
        <translation>الجلسات التي ستُقدَّم</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>الجلسة {number}: {title}</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>لا &amp;شيء</translation>
    </message>
    <message>
        <source>Sessions chosen</source>
        <translation>الجلسات المختارة</translation>
    </message>
    <message>
        <source>Export, Pack for venue, the gaps list and the trainer pack cover the ticked sessions. Space ticks the current one.</source>
        <translation>التصدير والتجهيز لمكان التدريب وقائمة ما بقي للتكييف وملف المدرب تشمل الجلسات المحددة. مفتاح المسافة يحدد الجلسة الحالية.</translation>
    </message>
    <message>
        <source>{count} of {total} sessions chosen.</source>
        <translation>اختيرت {count} من {total} جلسات.</translation>
    </message>
    <message>
        <source>Tick at least one session.</source>
        <translation>حدد جلسة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>slide_dialogs</name>
    <message>
        <source>• Slide {slide}: {note}</source>
        <translation>• الشريحة {slide}: {note}</translation>
    </message>
    <message>
        <source>1 slide was inserted. Not everything came with it:</source>
        <translation>أُدرجت شريحة واحدة. لم يُنقل كل شيء معها:</translation>
    </message>
    <message>
        <source>{count} slides were inserted. Not everything came with it:</source>
        <translation>أُدرجت الشرائح ({count}). لم يُنقل كل شيء معها:</translation>
    </message>
    <message>
        <source>Slides inserted</source>
        <translation>الشرائح المدرجة</translation>
    </message>
    <message>
        <source>Insert slides from {name}</source>
        <translation>إدراج شرائح من {name}</translation>
    </message>
    <message>
        <source>Slides to insert</source>
        <translation>الشرائح المراد إدراجها</translation>
    </message>
    <message>
        <source>Tick the slides to insert after the selected slide (Space ticks):</source>
        <translation>حدّد الشرائح المراد إدراجها بعد الشريحة المحددة (مفتاح المسافة للتحديد):</translation>
    </message>
    <message>
        <source>Speaker notes: {title}</source>
        <translation>ملاحظات المتحدث: {title}</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Tokens such as {{country}} are filled from the country profile at export.</source>
        <translation>تُملأ العناصر النائبة مثل {{country}} من ملف البلد عند التصدير.</translation>
    </message>
    <message>
        <source>To &amp;position</source>
        <translation>إلى ال&amp;موضع</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>الموضع الجديد</translation>
    </message>
    <message>
        <source>&amp;After slide</source>
        <translation>&amp;بعد الشريحة</translation>
    </message>
    <message>
        <source>Slide to put it after</source>
        <translation>الشريحة التي توضع بعدها</translation>
    </message>
    <message>
        <source>Where should the slide go in its session?</source>
        <translation>أين توضع الشريحة في جلستها؟</translation>
    </message>
    <message>
        <source>Move slide {position}: {title}</source>
        <translation>نقل الشريحة {position}: {title}</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> من {count}</translation>
    </message>
</context>
<context>
    <name>slide_editor</name>
    <message>
        <source>Edit slide text</source>
        <translation>تحرير نص الشريحة</translation>
    </message>
    <message>
        <source>Slide picture</source>
        <translation>صورة الشريحة</translation>
    </message>
    <message>
        <source>Picture status</source>
        <translation>حالة الصورة</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Each field is one paragraph of the slide; Enter makes a line break. Tokens such as {{country}} are filled from the country profile at export. The formatting stays.</source>
        <translation>كل حقل فقرة من الشريحة؛ يضيف مفتاح الإدخال سطرًا جديدًا. تُملأ الرموز مثل {{country}} من ملف البلد عند التصدير. ويبقى التنسيق كما هو.</translation>
    </message>
    <message>
        <source>Texts of the slide</source>
        <translation>نصوص الشريحة</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>&amp;Speaker notes</source>
        <translation>&amp;ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>◀ &amp;Previous slide</source>
        <translation>▶ الشريحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Next slide ▶</source>
        <translation>الشريحة ال&amp;تالية ◀</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Not applied yet: the picture shows your draft.</source>
        <translation>لم يُطبَّق بعد: تعرض الصورة المسودة.</translation>
    </message>
    <message>
        <source>Applied as one undo step (Undo here, or Ctrl+Z in the main window).</source>
        <translation>طُبِّق كخطوة تراجع واحدة (تراجع هنا، أو Ctrl+Z في النافذة الرئيسية).</translation>
    </message>
    <message>
        <source>undoing</source>
        <translation>التراجع</translation>
    </message>
    <message>
        <source>redoing</source>
        <translation>الإعادة</translation>
    </message>
    <message>
        <source>drawing the slide</source>
        <translation>رسم الشريحة</translation>
    </message>
    <message>
        <source>{where} (location {location})</source>
        <translation>{where} (الموقع {location})</translation>
    </message>
    <message>
        <source>Session {session}, slide {position}: {title}</source>
        <translation>الجلسة {session}، الشريحة {position}: {title}</translation>
    </message>
    <message>
        <source>Edit slide text: {title}</source>
        <translation>تحرير النص: {title}</translation>
    </message>
    <message>
        <source>editing the slide's text</source>
        <translation>تحرير نص الشريحة</translation>
    </message>
    <message>
        <source>Drawing the slide…</source>
        <translation>جارٍ رسم الشريحة…</translation>
    </message>
</context>
<context>
    <name>slide_model</name>
    <message>
        <source>, hidden</source>
        <extracomment>the course's content language and its translations by source hash: the tooltip shows a slide's title as the export will write it in that language</extracomment>
        <translation>، مخفية</translation>
    </message>
    <message>
        <source>, needs adapting</source>
        <translation>، تحتاج إلى تكييف</translation>
    </message>
    <message>
        <source>Slide {position}: {title}</source>
        <translation>الشريحة {position}: {title}</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Key: {key} · layout {layout} · {origin}</source>
        <translation>المفتاح: {key} · التخطيط {layout} · {origin}</translation>
    </message>
    <message>
        <source>In {language}: {title}</source>
        <translation>باللغة {language}: {title}</translation>
    </message>
    <message>
        <source>Title not translated yet</source>
        <translation>العنوان لم يُترجم بعد</translation>
    </message>
    <message>
        <source>Hidden in the slideshow (click the eye or press H to show it)</source>
        <translation>مخفية في عرض الشرائح (انقر على العين أو اضغط H لإظهارها)</translation>
    </message>
    <message>
        <source>To adapt: {adapt}</source>
        <translation>للتكييف: {adapt}</translation>
    </message>
</context>
<context>
    <name>sorter</name>
    <message>
        <source>ADAPT</source>
        <translation>للتكييف</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>  (مخفية)</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>معاينة الشريحة</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>عنوان الشريحة</translation>
    </message>
    <message>
        <source>Slide status</source>
        <translation>حالة الشريحة</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>No slide selected</source>
        <translation>لم تُحدَّد أي شريحة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden&lt;/b&gt; in the slideshow (it stays in the file).</source>
        <translation>&lt;b&gt;مخفية&lt;/b&gt; في عرض الشرائح (تبقى في الملف).</translation>
    </message>
    <message>
        <source>&lt;span style='color:#A84B00'&gt;&lt;b&gt;To adapt:&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style='color:#A84B00'&gt;&lt;b&gt;للتكييف:&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>No value yet for </source>
        <translation>لا قيمة بعد لـ </translation>
    </message>
    <message>
        <source> (country profile).</source>
        <translation> (ملف البلد).</translation>
    </message>
    <message>
        <source>(no speaker notes)</source>
        <translation>(لا توجد ملاحظات للمتحدث)</translation>
    </message>
    <message>
        <source>Drawing the slide…</source>
        <translation>جارٍ رسم الشريحة…</translation>
    </message>
    <message>
        <source>Slide sorter</source>
        <translation>فارز الشرائح</translation>
    </message>
    <message>
        <source>Slides of the session. H hides or shows, Ctrl+D duplicates, Delete deletes, Alt+Left and Alt+Right move the selected slides.</source>
        <translation>شرائح الجلسة. H للإخفاء أو الإظهار، Ctrl+D للتكرار، Delete للحذف، Alt+يسار وAlt+يمين لنقل الشرائح المحددة.</translation>
    </message>
    <message>
        <source>Slide sorter status</source>
        <translation>حالة فارز الشرائح</translation>
    </message>
    <message>
        <source>&amp;Hide or show</source>
        <translation>إخفاء أو إظهار</translation>
    </message>
    <message>
        <source>Hide or show</source>
        <translation>إخفاء أو إظهار</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>نقل إلى اليسار</translation>
    </message>
    <message>
        <source>Move &amp;right</source>
        <translation>نقل إلى اليمين</translation>
    </message>
    <message>
        <source>Insert an &amp;example from the library…</source>
        <translation>إدراج مثال من المكتبة…</translation>
    </message>
    <message>
        <source>Insert slides from a &amp;file…</source>
        <translation>إدراج شرائح من ملف…</translation>
    </message>
    <message>
        <source>Edit speaker &amp;notes…</source>
        <translation>تحرير ملاحظات المتحدث…</translation>
    </message>
    <message>
        <source>&amp;Reset to the original</source>
        <translation>الإعادة إلى الأصل</translation>
    </message>
    <message>
        <source>Mark as &amp;adapted</source>
        <translation>وسم كمكيّفة</translation>
    </message>
    <message>
        <source>&amp;Hide in the slideshow</source>
        <translation>إخفاء في عرض الشرائح</translation>
    </message>
    <message>
        <source>&amp;Show in the slideshow</source>
        <translation>إظهار في عرض الشرائح</translation>
    </message>
    <message>
        <source>Choose a session in the tree to see its slides.</source>
        <translation>اختر جلسة من الشجرة لعرض شرائحها.</translation>
    </message>
    <message>
        <source>Session {session}: {count} slides, {hidden} hidden, {adapt} to adapt. {engine}.</source>
        <translation>الجلسة {session}: الشرائح {count}، المخفية {hidden}، للتكييف {adapt}. {engine}.</translation>
    </message>
    <message>
        <source>drawing the slides of session {session}</source>
        <translation>رسم شرائح الجلسة {session}</translation>
    </message>
    <message>
        <source>hiding or showing a slide</source>
        <translation>إخفاء شريحة أو إظهارها</translation>
    </message>
    <message>
        <source>hiding or showing slides</source>
        <translation>إخفاء الشرائح أو إظهارها</translation>
    </message>
    <message>
        <source>{verb} {count} slides</source>
        <translation>{verb} الشرائح ({count})</translation>
    </message>
    <message>
        <source>{verb} slide {key}</source>
        <translation>{verb} الشريحة {key}</translation>
    </message>
    <message>
        <source>changing slides</source>
        <translation>تعديل الشرائح</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Mark as adapted</source>
        <translation>وسم كمكيّفة</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>moving slides</source>
        <translation>نقل الشرائح</translation>
    </message>
    <message>
        <source>inserting a slide</source>
        <translation>إدراج شريحة</translation>
    </message>
    <message>
        <source>inserting slides from a file</source>
        <translation>إدراج شرائح من ملف</translation>
    </message>
    <message>
        <source>Insert slides from a presentation</source>
        <translation>إدراج شرائح من عرض تقديمي</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>عروض PowerPoint التقديمية (*.pptx)</translation>
    </message>
    <message>
        <source>opening {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <source>editing speaker notes</source>
        <translation>تحرير ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Show the slide again at its place in the guide ({where})? It is now at position {now}.</source>
        <translation>إظهار الشريحة مجددًا في مكانها في الدليل ({where})؟ هي الآن في الموضع {now}.</translation>
    </message>
    <message>
        <source>&amp;Edit slide text…</source>
        <translation>&amp;تحرير نص الشريحة…</translation>
    </message>
    <message>
        <source>Move to &amp;position…</source>
        <translation>نقل إلى &amp;موضع…</translation>
    </message>
    <message>
        <source>position 1, the first slide</source>
        <translation>الموضع 1، الشريحة الأولى</translation>
    </message>
    <message>
        <source>Show slide</source>
        <translation>إظهار الشريحة</translation>
    </message>
    <message>
        <source>Put it &amp;back at its place</source>
        <translation>إ&amp;عادتها إلى مكانها</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>إ&amp;بقاؤها هنا</translation>
    </message>
    <message>
        <source>moving a slide</source>
        <translation>نقل شريحة</translation>
    </message>
    <message>
        <source>showing a slide</source>
        <translation>إظهار شريحة</translation>
    </message>
    <message>
        <source>position {position}, after '{title}'</source>
        <translation>الموضع {position}، بعد «{title}»</translation>
    </message>
    <message>
        <source>opening the slide editor</source>
        <translation>فتح محرر الشريحة</translation>
    </message>
    <message>
        <source>Slide {key} keeps its 'To adapt' label while bracket text remains on it: fill it in Adapt &gt; Gaps to adapt.</source>
        <translation>تحتفظ الشريحة {key} بعلامة «للتكييف» ما دام فيها نص بين أقواس: املأه من التكييف &gt; ما بقي للتكييف.</translation>
    </message>
</context>
<context>
    <name>translate_dialog</name>
    <message>
        <source>Translate course</source>
        <translation>ترجمة الدورة</translation>
    </message>
    <message>
        <source>Checking what is translated…</source>
        <translation>جارٍ التحقق مما تُرجم…</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>المترجَم</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>النصوص</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>المتقادم</translation>
    </message>
    <message>
        <source>&amp;Export for translation…</source>
        <translation>&amp;تصدير للترجمة…</translation>
    </message>
    <message>
        <source>Write every text of the course to an XLIFF or PO file for a translator</source>
        <translation>كتابة كل نصوص الدورة في ملف XLIFF أو PO لمترجم</translation>
    </message>
    <message>
        <source>&amp;Import translation…</source>
        <translation>&amp;استيراد ترجمة…</translation>
    </message>
    <message>
        <source>Check a translated XLIFF or PO file and store it in the course</source>
        <translation>التحقق من ملف XLIFF أو PO مترجم وحفظه في الدورة</translation>
    </message>
    <message>
        <source>Something went wrong; the log file has the details.</source>
        <translation>حدث خطأ؛ يتضمن ملف السجل التفاصيل.</translation>
    </message>
    <message>
        <source>checking what is translated</source>
        <translation>التحقق مما تُرجم</translation>
    </message>
    <message>
        <source>This course is in English. Choose its language on the course page (Language) to translate it.</source>
        <translation>هذه الدورة بالإنجليزية. اختر لغتها في صفحة الدورة (اللغة) لترجمتها.</translation>
    </message>
    <message>
        <source>Course content in {language}: what is translated, per part.</source>
        <translation>محتوى الدورة باللغة {language}: ما تُرجم، حسب الجزء.</translation>
    </message>
    <message>
        <source>Export the course's texts</source>
        <translation>تصدير نصوص الدورة</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (*.xlf);;PO (*.po)</source>
        <translation>XLIFF 2.0 (*.xlf);;PO (*.po)</translation>
    </message>
    <message>
        <source>exporting the course's texts</source>
        <translation>تصدير نصوص الدورة</translation>
    </message>
    <message>
        <source>Wrote {count} texts to {path} ({done} already translated, filled in).</source>
        <translation>كُتب {count} نصًا في {path} ({done} مترجمة مسبقًا ومملوءة).</translation>
    </message>
    <message>
        <source>Import a translated file</source>
        <translation>استيراد ملف مترجم</translation>
    </message>
    <message>
        <source>Translations (*.xlf *.xliff *.po)</source>
        <translation>الترجمات (*.xlf *.xliff *.po)</translation>
    </message>
    <message>
        <source>importing the translation</source>
        <translation>استيراد الترجمة</translation>
    </message>
    <message>
        <source>Imported {count} translated texts; {empty} still untranslated.</source>
        <translation>استُورد {count} نصًا مترجمًا؛ و{empty} لم تُترجم بعد.</translation>
    </message>
</context>
<context>
    <name>verify_dialog</name>
    <message>
        <source>Not complete.</source>
        <translation>غير مكتمل.</translation>
    </message>
    <message>
        <source>&lt;p style='color:#B00020'&gt;&lt;b&gt;This package is damaged.&lt;/b&gt; Pack the course again, or copy these files from another copy.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#B00020'&gt;&lt;b&gt;هذه الحزمة تالفة.&lt;/b&gt; جهّز الدورة من جديد، أو انسخ هذه الملفات من نسخة أخرى.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>Changed since packing</source>
        <translation>تغيّرت منذ التجهيز</translation>
    </message>
    <message>
        <source>Not in the manifest (added later?)</source>
        <translation>غير موجودة في البيان (أُضيفت لاحقاً؟)</translation>
    </message>
    <message>
        <source>All {count} files match.</source>
        <translation>جميع الملفات ({count}) مطابقة.</translation>
    </message>
    <message>
        <source>Verify {name}</source>
        <translation>التحقق من {name}</translation>
    </message>
    <message>
        <source>Verifying progress</source>
        <translation>تقدم التحقق</translation>
    </message>
    <message>
        <source>Checking every file in {path}…</source>
        <translation>جارٍ فحص كل ملف في {path}…</translation>
    </message>
    <message>
        <source>Verifying status</source>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <source>Verify result</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <source>There is no TrainerKit package in {path}.</source>
        <translation>لا توجد حزمة TrainerKit في {path}.</translation>
    </message>
    <message>
        <source>Package {number} of {total}: </source>
        <translation>الحزمة {number} من {total}: </translation>
    </message>
    <message>
        <source>verifying {path}</source>
        <translation>التحقق من {path}</translation>
    </message>
    <message>
        <source>Checking {label}</source>
        <translation>جارٍ الفحص: {label}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked to the end.</source>
        <translation>أُلغي: لم يُفحص شيء حتى النهاية.</translation>
    </message>
    <message>
        <source>Could not verify.</source>
        <translation>تعذّر التحقق.</translation>
    </message>
    <message>
        <source> ({count} packages)</source>
        <translation> (عدد الحزم: {count})</translation>
    </message>
    <message>
        <source>All {total} files match.{several}</source>
        <translation>جميع الملفات ({total}) مطابقة.{several}</translation>
    </message>
    <message>
        <source>{bad} of {total} package need attention.</source>
        <translation>{bad} من {total} حزمة تحتاج إلى اهتمام.</translation>
    </message>
    <message>
        <source>{bad} of {total} packages need attention.</source>
        <translation>{bad} من {total} حزم تحتاج إلى اهتمام.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Something went wrong while {doing}. Nothing you did caused this; please try again.</source>
        <translation>حدث خطأ أثناء {doing}. لم يكن ذلك بسبب أي شيء فعلته؛ يرجى المحاولة مجدداً.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did caused this; please try again.</source>
        <translation>حدث خطأ. لم يكن ذلك بسبب أي شيء فعلته؛ يرجى المحاولة مجدداً.</translation>
    </message>
    <message>
        <source>What TrainerKit was doing: {doing}.</source>
        <translation>ما كان TrainerKit يفعله: {doing}.</translation>
    </message>
    <message>
        <source>Error: {kind}: {exc}</source>
        <translation>خطأ: {kind}: {exc}</translation>
    </message>
    <message>
        <source>The full report is in the log file: {log_path}</source>
        <translation>التقرير الكامل في ملف السجل: {log_path}</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>رسالة خطأ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>bundled_browser</name>
    <message>
        <source>Bundled course, read-only</source>
        <translation>الدورة المرفقة، للقراءة فقط</translation>
    </message>
    <message>
        <source>&amp;Create a course for a country…</source>
        <translation>أ&amp;نشئ دورة لبلد…</translation>
    </message>
    <message>
        <source>Bundled slides (read-only)</source>
        <translation>الشرائح المرفقة (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Handouts of the session</source>
        <translation>مطبوعات الجلسة</translation>
    </message>
    <message>
        <source>Handout text</source>
        <translation>نص المطبوعة</translation>
    </message>
    <message>
        <source>Slides and notes</source>
        <translation>الشرائح والملاحظات</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>المطبوعات</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session {session}: {title}&lt;/b&gt; — {count} slides as bundled, &lt;i&gt;read-only&lt;/i&gt;. Create a course for a country to change slides, fill the country profile and plan the agenda.</source>
        <translation>&lt;b&gt;الجلسة {session}: {title}&lt;/b&gt; — {count} شريحة كما وردت، &lt;i&gt;للقراءة فقط&lt;/i&gt;. أنشئ دورة لبلد لتغيير الشرائح وملء ملف البلد وتخطيط البرنامج.</translation>
    </message>
    <message>
        <source>This session has no handouts.</source>
        <translation>لا مطبوعات لهذه الجلسة.</translation>
    </message>
    <message>
        <source>drawing the bundled slides of session {session}</source>
        <translation>رسم الشرائح المرفقة للجلسة {session}</translation>
    </message>
</context>
<context>
    <name>people_page</name>
    <message>
        <source>Facilitator of each session</source>
        <translation>ميسّر كل جلسة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>&amp;Facilitators: who leads each session (trainer pack, agenda)</source>
        <translation>الم&amp;يسّرون: من يقود كل جلسة (ملف المدرّب، البرنامج)</translation>
    </message>
    <message>
        <source>Participants list</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>&amp;Import from a file (CSV or Excel)…</source>
        <translation>ا&amp;ستورد من ملف (CSV أو Excel)…</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>أ&amp;زل المحدد</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>عدد المشاركين</translation>
    </message>
    <message>
        <source>Participants list messages</source>
        <translation>رسائل عن قائمة المشاركين</translation>
    </message>
    <message>
        <source>P&amp;articipants: name tags, certificates, attendance sheets</source>
        <translation>الم&amp;شاركون: بطاقات الأسماء، الشهادات، أوراق الحضور</translation>
    </message>
    <message>
        <source>Type a name in the empty last row to add someone; export makes the papers from the list.</source>
        <translation>اكتب اسمًا في آخر صف فارغ لإضافة شخص؛ يُنتج التصدير الأوراق من القائمة.</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>الجلسة {number}: {title}</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} من المشاركين</translation>
    </message>
    <message>
        <source>setting the facilitator</source>
        <translation>تعيين الميسّر</translation>
    </message>
    <message>
        <source>Add {name} to the participants</source>
        <translation>أضف {name} إلى المشاركين</translation>
    </message>
    <message>
        <source>changing the participants list</source>
        <translation>تغيير قائمة المشاركين</translation>
    </message>
    <message>
        <source>Remove {count} participants</source>
        <translation>أزل {count} من المشاركين</translation>
    </message>
    <message>
        <source>removing participants</source>
        <translation>إزالة المشاركين</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>Participants lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>قوائم المشاركين (*.csv *.xlsx *.xlsm *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing imported: {error}</source>
        <translation>لم يُستورد شيء: {error}</translation>
    </message>
    <message>
        <source>importing participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
</context>
</TS>
