"""Filled procedure forms as one PDF for the resident to check and sign (A4, Japanese).

Each form starts on a new page in the shape of the city's paper forms: the form's name as a
title, the addressee (港区長 あて) and date, then boxed rows of label and answer by section,
a repeated table for household members, empty boxes where an answer is still missing (to be
written by hand), and the signature box. Sensitive values are printed in full because the
signed paper is the application; the view audits every print. Nothing here changes data.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from django.conf import settings
from django.utils import timezone
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from madoguchi.core.wareki import format_wareki
from madoguchi.formengine.definition import FieldSpec, GroupSpec, condition_holds
from madoguchi.navigator.models import CounterSession
from madoguchi.navigator.selectors import SessionForm
from madoguchi.payments.receipts import receipt_font

LEFT = 15 * mm
RIGHT = A4[0] - 15 * mm
LABEL_WIDTH = 52 * mm
ROW = 8 * mm


def _fit(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (character by character: Japanese
    has no spaces to break at)."""
    lines, current = [], ""
    for char in text:
        if stringWidth(current + char, font, size) > width and current:
            lines.append(current)
            current = char
        else:
            current += char
    return [*lines, current] if current else lines or [""]


class _Page:
    def __init__(self, pdf: canvas.Canvas, font: str, title: str, footer: str) -> None:
        self.pdf, self.font, self.title, self.footer = pdf, font, title, footer
        self.y = 0.0
        self.start()

    def start(self) -> None:
        width, height = A4
        self.pdf.setFont(self.font, 18)
        self.pdf.drawCentredString(width / 2, height - 20 * mm, self.title)
        self.pdf.setFont(self.font, 10)
        self.pdf.drawString(LEFT, height - 30 * mm, f"（あて先）{settings.MADOGUCHI_CITY_NAME}長")
        today = timezone.localdate()
        self.pdf.drawRightString(RIGHT, height - 30 * mm, f"{format_wareki(today)}　届出・申請日")
        self.pdf.setFont(self.font, 8)
        self.pdf.drawString(LEFT, 10 * mm, self.footer)
        self.y = height - 38 * mm

    def need(self, space: float) -> None:
        if self.y - space < 40 * mm:
            self.pdf.showPage()
            self.start()

    def section(self, title: str) -> None:
        self.need(ROW * 2)
        self.pdf.setFillGray(0.88)
        self.pdf.rect(LEFT, self.y - ROW, RIGHT - LEFT, ROW, stroke=1, fill=1)
        self.pdf.setFillGray(0)
        self.pdf.setFont(self.font, 10.5)
        self.pdf.drawString(LEFT + 2 * mm, self.y - ROW + 2.6 * mm, title)
        self.y -= ROW

    def row(self, label: str, value: str, *, missing: bool) -> None:
        size = 9.5
        value_lines = _fit(value, self.font, size, RIGHT - LEFT - LABEL_WIDTH - 4 * mm)
        label_lines = _fit(label, self.font, 8.5, LABEL_WIDTH - 4 * mm)
        height = max(ROW, (max(len(value_lines), len(label_lines)) * 4.6 + 3.4) * mm)
        self.need(height)
        top = self.y
        self.pdf.rect(LEFT, top - height, LABEL_WIDTH, height)
        self.pdf.rect(LEFT + LABEL_WIDTH, top - height, RIGHT - LEFT - LABEL_WIDTH, height)
        self.pdf.setFont(self.font, 8.5)
        for i, line in enumerate(label_lines):
            self.pdf.drawString(LEFT + 2 * mm, top - (5 + i * 4.6) * mm, line)
        if missing:
            self.pdf.setFont(self.font, 7)
            self.pdf.setFillGray(0.45)
            self.pdf.drawRightString(RIGHT - 2 * mm, top - 4 * mm, "※記入してください")
            self.pdf.setFillGray(0)
        self.pdf.setFont(self.font, size)
        for i, line in enumerate(value_lines):
            self.pdf.drawString(LEFT + LABEL_WIDTH + 2 * mm, top - (5.2 + i * 4.6) * mm, line)
        self.y -= height

    def signature(self) -> None:
        self.need(30 * mm)
        self.y -= 6 * mm
        self.pdf.setFont(self.font, 9)
        self.pdf.drawString(
            LEFT, self.y, "上記のとおり届け出（申請し）ます。記載内容に誤りはありません。"
        )
        self.y -= 4 * mm
        self.pdf.rect(RIGHT - 95 * mm, self.y - 16 * mm, 95 * mm, 16 * mm)
        self.pdf.setFont(self.font, 8)
        self.pdf.drawString(RIGHT - 93 * mm, self.y - 5 * mm, "届出人・申請者 署名")
        self.y -= 20 * mm


def _value(field: FieldSpec, value: object) -> str:
    if value in (None, "", [], {}):
        return ""
    return field.display_full(value, "ja")


def forms_pdf(*, session: CounterSession, forms: Sequence[SessionForm]) -> bytes:
    font = receipt_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(f"届出書・申請書 {session.short_id}")
    pdf.setAuthor(str(settings.MADOGUCHI_CITY_NAME))
    for index, form in enumerate(forms):
        if index:
            pdf.showPage()
        spec = form.version.spec
        answers = spec.prune(form.answers)
        missing = set(form.check.errors)
        footer = (
            f"書かない窓口で作成　受付 {session.short_id}　"
            f"{form.procedure.department.name}　"
            f"様式 {form.procedure.code} 第{form.version.number}版"
        )
        page = _Page(pdf, font, form.procedure.name, footer)
        for step in spec.visible_steps(answers):
            page.section(step.title("ja"))
            for item in step.items:
                if not condition_holds(item.condition, answers):
                    continue
                if isinstance(item, GroupSpec):
                    rows = answers.get(item.key) or []
                    count = max(len(rows), item.min_items)
                    if count == 0:
                        page.row(item.label("ja"), "なし", missing=False)
                    for n in range(count):
                        row = rows[n] if n < len(rows) else {}
                        for sub in item.fields:
                            name = f"{item.key}.{n}.{sub.key}"
                            page.row(
                                f"{item.item_label('ja')}{n + 1} {sub.label('ja')}",
                                _value(sub, row.get(sub.key)),
                                missing=name in missing,
                            )
                elif not item.is_attachment:
                    page.row(
                        item.label("ja"),
                        _value(item, answers.get(item.key)),
                        missing=item.key in missing,
                    )
        page.signature()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
