"""What to do about a check's finding, said in the app's own words.

The checks (``trainerkit.package.preflight``) are shared with the command line, so their ``fix`` text
names a ``trainerkit ...`` command. In the window the same finding says where to click instead: the
Gaps panel, the slide editor, the profile page, the agenda's fit buttons, Sessions to teach. A finding
without an in-app way (a font to embed in PowerPoint) keeps its own text.
"""

from __future__ import annotations

from trainerkit.package.preflight import Finding
from trainerkit.ui.i18n import tr


def app_fix(finding: Finding) -> str:
    """The in-app "What to do" for ``finding``: never a command to type. Returns ``finding.fix`` when the
    finding has no app-specific advice and names no command."""
    code, where = finding.code, finding.location
    session = where.get("session")
    if code == "unadapted-slide" and finding.level == "warning":
        return tr(
            "findings",
            "Fill its placeholders in Adapt > Gaps to adapt (Ctrl+Shift+G), or click this line and double-click "
            "the slide to edit its text; or hide the slide (H).",
        )
    if code == "unadapted-slide":
        return tr(
            "findings",
            "Click this line to go to the slide: double-click it to edit its text or notes, insert your own "
            "slide after it, or hide it (H). Adapt > Gaps to adapt can mark it adapted.",
        )
    if code == "empty-profile-field":
        return tr("findings", "Fill it in on the Country profile tab (click this line), or in Adapt > Gaps to adapt.")
    if code == "token-without-value":
        return tr(
            "findings", "Give it a value under Custom tokens on the Country profile tab, or edit the slide's text."
        )
    if code == "slide-change-failed":
        return tr("findings", "Click this line to go to the slide: redo the change, or Slides > Reset to the original.")
    if code == "agenda-missing-session":
        return tr("findings", "Add a slot for it on the Agenda tab, or untick it in Agenda > Sessions to teach.")
    if code == "agenda-plan-fitted":
        return tr("findings", "Nothing to do; to change it, use the Agenda tab's buttons for Session {number}.").format(
            number=session
        )
    if code == "session-past-break":
        return tr(
            "findings",
            "On the Agenda tab: 'Rescale the plan' or 'Drop steps…' for Session {number}, or lengthen its slot.",
        ).format(number=session)
    if code == "agenda-shorter-than-plan":
        return tr(
            "findings",
            "On the Agenda tab: lengthen its slot, or choose 'Rescale the plan' or 'Drop steps…' for Session {number}.",
        ).format(number=session)
    if "`trainerkit " in finding.fix:
        return finding.fix.split("`trainerkit ")[0].rstrip(" (:,") + "."
    return finding.fix
