"""The staff form builder: edit a procedure's draft form (step by step or as JSON), import,
export, preview and publish."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from madoguchi.accounts.decorators import staff_required
from madoguchi.accounts.models import User
from madoguchi.formengine import builder, services
from madoguchi.formengine.definition import DefinitionError, FormSpec, Problem
from madoguchi.formengine.forms import DefinitionForm, ImportForm, QuestionAddForm, StepAddForm
from madoguchi.formengine.models import FormVersion
from madoguchi.procedures import selectors as procedure_selectors
from madoguchi.procedures.models import Procedure


def _procedure(request: HttpRequest, code: str) -> Procedure:
    try:
        return procedure_selectors.procedure_get_for_staff(viewer=request.user, code=code)  # type: ignore[arg-type]
    except Procedure.DoesNotExist as exc:
        raise Http404 from exc


def _question_from(data: dict[str, Any], types: dict[str, str]) -> dict[str, Any]:
    label = builder.texts(
        ja=data["label_ja"],
        en=data["label_en"],
        **{"zh-hans": data["label_zh"]},
        ko=data["label_ko"],
    )
    if data["kind"] == "group":
        item: dict[str, Any] = {
            "group": data["key"],
            "label": label,
            "item_label": label,
            "min": data["group_min"] if data["group_min"] is not None else 1,
            "max": data["group_max"] or 10,
            "fields": builder.parse_group_fields(data["group_fields"]),
        }
    else:
        item = {"key": data["key"], "type": data["kind"], "label": label}
        if data["required"]:
            item["required"] = True
        if data["kind"] in {"single_choice", "multiple_choice"}:
            item["choices"] = builder.parse_choices(data["choices"])
        if data["kind"] == "attachment":
            item.update({"accept": ["pdf", "jpeg", "png"], "max_files": 1, "max_size_mb": 10})
    if data["hint_ja"]:
        item["hint"] = {"ja": data["hint_ja"]}
    _add_condition(item, data, types)
    return item


def _add_condition(item: dict[str, Any], data: dict[str, Any], types: dict[str, str]) -> None:
    if data.get("condition_operator") and data.get("condition_field"):
        field = data["condition_field"]
        item["condition"] = builder.make_condition(
            field, data["condition_operator"], data["condition_value"], types.get(field, "")
        )


@staff_required("forms.manage")
def builder_view(request: HttpRequest, code: str) -> HttpResponse:
    procedure = _procedure(request, code)
    actor = request.user
    assert isinstance(actor, User)
    draft = procedure.form_versions.filter(status=FormVersion.Status.DRAFT).first()
    published = procedure.form_versions.filter(status=FormVersion.Status.PUBLISHED).first()
    current = draft.definition if draft else {"schema": 1, "steps": []}
    types = builder.field_types_of(current)
    steps = [s["key"] for s in current.get("steps", [])]
    problems: list[Problem] = []
    json_form = DefinitionForm(
        initial={"definition": services.definition_export(version=draft) if draft else ""}
    )
    step_form = StepAddForm(prefix="s")
    step_form.set_condition_fields(list(types))
    question_form = QuestionAddForm(prefix="q", steps=steps, keys=list(types))
    import_form = ImportForm(prefix="i")
    action = request.POST.get("action", "") if request.method == "POST" else ""
    try:
        if action == "start_draft":
            services.form_draft_from_published(procedure=procedure, actor=actor)
            messages.success(request, _("A draft has been started."))
            return redirect("formengine:builder", code=code)
        if action == "save_json":
            json_form = DefinitionForm(request.POST)
            if json_form.is_valid():
                definition = services.definition_parse(text=json_form.cleaned_data["definition"])
                services.form_draft_save(procedure=procedure, definition=definition, actor=actor)
                messages.success(request, _("The draft has been saved."))
                return redirect("formengine:builder", code=code)
        elif action == "import":
            import_form = ImportForm(request.POST, request.FILES, prefix="i")
            if import_form.is_valid():
                upload = import_form.cleaned_data["file"]
                definition = services.definition_parse(
                    text=upload.read(services.MAX_DEFINITION_BYTES + 1)
                )
                services.form_draft_save(procedure=procedure, definition=definition, actor=actor)
                messages.success(request, _("The file has been imported as the draft."))
                return redirect("formengine:builder", code=code)
        elif action == "add_step":
            step_form = StepAddForm(request.POST, prefix="s")
            step_form.set_condition_fields(list(types))
            if step_form.is_valid():
                data = step_form.cleaned_data
                condition: dict[str, Any] = {}
                _add_condition(condition, data, types)
                title = builder.texts(
                    ja=data["title_ja"],
                    en=data["title_en"],
                    **{"zh-hans": data["title_zh"]},
                    ko=data["title_ko"],
                )
                new = builder.add_step(
                    current, key=data["key"], title=title, condition=condition.get("condition")
                )
                # A step needs a question; the builder saves it once the first one is added.
                request.session[f"builder_pending_step_{procedure.pk}"] = new["steps"][-1]
                messages.success(request, _("Now add the first question of the new step."))
                return redirect("formengine:builder", code=code)
        elif action == "add_question":
            pending = request.session.get(f"builder_pending_step_{procedure.pk}")
            if pending:
                steps = [*steps, pending["key"]]
            question_form = QuestionAddForm(request.POST, prefix="q", steps=steps, keys=list(types))
            if question_form.is_valid():
                base = current
                if pending and question_form.cleaned_data["step"] == pending["key"]:
                    base = {**current, "steps": [*current.get("steps", []), pending]}
                item = _question_from(question_form.cleaned_data, types)
                new = builder.add_item(base, step_key=question_form.cleaned_data["step"], item=item)
                services.form_draft_save(procedure=procedure, definition=new, actor=actor)
                request.session.pop(f"builder_pending_step_{procedure.pk}", None)
                messages.success(request, _("The question has been added."))
                return redirect("formengine:builder", code=code)
        elif action.startswith(("remove:", "up:", "down:")):
            verb, step_key, key = [*action.split(":", 2), ""][:3]
            if verb == "remove":
                new = builder.remove_item(current, step_key=step_key, key=key)
            else:
                new = builder.move_item(
                    current, step_key=step_key, key=key, offset=-1 if verb == "up" else 1
                )
            services.form_draft_save(procedure=procedure, definition=new, actor=actor)
            messages.success(request, _("The draft has been changed."))
            return redirect("formengine:builder", code=code)
        elif action == "publish":
            version = services.form_publish(procedure=procedure, actor=actor)
            messages.success(
                request,
                _("Version %(number)d is published. New applications use it.")
                % {"number": version.number},
            )
            return redirect("formengine:builder", code=code)
    except DefinitionError as error:
        problems = error.problems
    except builder.BuilderError as error:
        problems = [Problem("$", str(error))]
    except PermissionDenied:
        raise
    pending = request.session.get(f"builder_pending_step_{procedure.pk}")
    if pending and not action:
        question_form = QuestionAddForm(
            prefix="q",
            steps=[*steps, pending["key"]],
            keys=list(types),
            initial={"step": pending["key"]},
        )
    language = get_language() or "ja"
    preview = _outline(current, language) if current.get("steps") else []
    status = 400 if (problems or (action and request.method == "POST")) else 200
    return render(
        request,
        "formengine/builder.html",
        {
            "procedure": procedure,
            "draft": draft,
            "published": published,
            "versions": procedure.form_versions.order_by("-number"),
            "problems": problems,
            "json_form": json_form,
            "step_form": step_form,
            "question_form": question_form,
            "import_form": import_form,
            "outline": preview,
            "pending_step": pending,
            "form": question_form
            if action == "add_question"
            else (
                step_form
                if action == "add_step"
                else json_form
                if action == "save_json"
                else import_form
                if action == "import"
                else None
            ),
            "breadcrumbs": [
                {"label": _("Procedure catalog"), "url": reverse("procedures:staff_list")},
                {"label": procedure.name, "url": None},
            ],
        },
        status=status,
    )


def _outline(definition: dict[str, Any], language: str) -> list[dict[str, Any]]:
    """Steps and questions for the builder's overview (works on drafts that do not validate)."""
    outline = []
    for step in definition.get("steps", []):
        items = []
        for item in step.get("items", []):
            key = item.get("key", item.get("group", ""))
            items.append(
                {
                    "key": key,
                    "type": "group" if "group" in item else item.get("type", ""),
                    "label": _text(item.get("label"), language),
                    "required": bool(item.get("required")) or bool(item.get("min")),
                    "condition": item.get("condition"),
                    "fields": [f"{f.get('key')} ({f.get('type')})" for f in item.get("fields", [])],
                }
            )
        outline.append(
            {
                "key": step.get("key", ""),
                "title": _text(step.get("title"), language),
                "condition": step.get("condition"),
                "items": items,
            }
        )
    return outline


def _text(value: Any, language: str) -> str:
    if isinstance(value, dict):
        return str(value.get(language) or value.get("ja") or "")
    return str(value or "")


@staff_required("forms.manage")
def export_view(request: HttpRequest, code: str, number: int) -> HttpResponse:
    procedure = _procedure(request, code)
    version = procedure.form_versions.filter(number=number).first()
    if version is None:
        raise Http404
    response = HttpResponse(
        services.definition_export(version=version), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{procedure.code}-v{number}.json"'
    return response


@staff_required("forms.manage")
def preview_view(request: HttpRequest, code: str, number: int) -> HttpResponse:
    """Every step of a version as residents will see it, read-only."""
    from madoguchi.applications.forms import StepForm

    procedure = _procedure(request, code)
    version = procedure.form_versions.filter(number=number).first()
    if version is None:
        raise Http404
    spec: FormSpec = version.spec
    language = get_language() or "ja"
    pages = []
    for step in spec.steps:
        visible = {item.key for item in step.items}
        counts = {item.key: 1 for item in step.items if not hasattr(item, "type")}
        form = StepForm(
            step=step, visible=visible, language=language, data=None, group_counts=counts, files={}
        )
        pages.append({"title": step.title(language), "blocks": form.blocks(), "step": step})
    return render(
        request,
        "formengine/preview.html",
        {"procedure": procedure, "version": version, "pages": pages},
    )
