"""Receipts (領収書) as PDF with a Japanese font.

The font is IPAex Gothic, embedded (Debian's ``fonts-ipaexfont-gothic``, which ``./dev``
installs with the browser); where it is missing, the PDF falls back to the standard Japanese
CID font HeiseiKakuGo-W5, which every PDF viewer in Japan renders but which is not embedded.
Nothing here changes data: a receipt is a rendering of a payment as recorded.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from madoguchi.payments.models import Payment, Refund

FONT_PATHS = (
    Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
    Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
)
METHOD_NAMES = {
    "card": "クレジットカード",
    "qr": "QRコード決済",
    "credit_card": "クレジットカード",
    "e_money": "電子マネー",
    "transit_ic": "交通系ICカード",
    "qr_code": "QRコード決済",
    "cash": "現金",
}


def receipt_font() -> str:
    """Register and return the font the receipt is set in."""
    for path in FONT_PATHS:
        if path.is_file():
            if "IPAexGothic" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("IPAexGothic", str(path)))
            return "IPAexGothic"
    if "HeiseiKakuGo-W5" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    return "HeiseiKakuGo-W5"


def _yen(amount: int) -> str:
    return f"¥{amount:,}-"


@dataclass(frozen=True)
class Purpose:
    """What a payment paid for, as the slips print it."""

    payer: str
    what: str  # 〜の手数料 / 〜 令和8年度 第2期分
    reference_label: str
    reference: str
    department: str


def purpose(payment: Payment) -> Purpose:
    bill = payment.tax_bill
    if bill is not None:
        return Purpose(
            payer=bill.taxpayer_name,
            what=f"{bill.kind_name_ja} {bill.fiscal_year}年度 {bill.installment_label_ja}分",
            reference_label="納付番号",
            reference=bill.payment_number_display,
            department=bill.department.name,
        )
    application = payment.application
    assert application is not None
    return Purpose(
        payer=str(application.answers.get("applicant.name") or ""),
        what=f"{application.procedure.name}の手数料",
        reference_label="受付番号",
        reference=application.reference or "—",
        department=application.department.name,
    )


def _slip_start(
    buffer: io.BytesIO, paid_for: Purpose, *, title: str, heading: str
) -> tuple[canvas.Canvas, str]:
    """An A5 landscape slip with its heading and the addressee (the receipt and the credit
    note share this layout)."""
    font = receipt_font()
    pdf = canvas.Canvas(buffer, pagesize=landscape(A5))
    pdf.setTitle(f"{title} {paid_for.reference}")
    pdf.setAuthor(str(settings.MADOGUCHI_CITY_NAME))
    width, height = landscape(A5)
    pdf.setFont(font, 22)
    pdf.drawCentredString(width / 2, height - 22 * mm, heading)
    name = paid_for.payer
    pdf.setFont(font, 13)
    pdf.drawString(18 * mm, height - 40 * mm, f"{name}　様" if name else "　　　　　　　　様")
    pdf.line(18 * mm, height - 42 * mm, 110 * mm, height - 42 * mm)
    return pdf, font


def _slip_finish(
    pdf: canvas.Canvas, font: str, payment: Payment, paid_for: Purpose, *, what: str
) -> None:
    """The issuer, the date of issue and, for the sandbox, the notice that no money moved."""
    width, _height = landscape(A5)
    pdf.setFont(font, 12)
    issuer = f"{settings.MADOGUCHI_CITY_NAME}　{paid_for.department}"
    pdf.drawRightString(width - 18 * mm, 24 * mm, issuer)
    pdf.setFont(font, 9)
    pdf.drawRightString(width - 18 * mm, 17 * mm, f"発行日　{timezone.localdate():%Y年%m月%d日}")
    if payment.provider == "sandbox":
        pdf.setFont(font, 10)
        pdf.drawString(
            18 * mm,
            12 * mm,
            f"テスト環境（サンドボックス）での{what}です。実際の{what}ではありません。",
        )
    pdf.showPage()
    pdf.save()


def pdf_download(data: bytes, filename: str) -> HttpResponse:
    """A PDF slip as a private download (never cached by a shared proxy)."""
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def receipt_pdf(*, payment: Payment) -> bytes:
    """The receipt of a paid payment, A5 landscape."""
    paid_for = purpose(payment)
    buffer = io.BytesIO()
    pdf, font = _slip_start(buffer, paid_for, title="領収書", heading="領　収　書")
    height = landscape(A5)[1]
    received = payment.amount_yen - payment.refunded_yen
    pdf.setFont(font, 20)
    pdf.drawString(30 * mm, height - 58 * mm, f"金額　{_yen(received)}")
    pdf.setFont(font, 11)
    lines = [f"但し　{paid_for.what}として"]
    if payment.late_fee_yen:
        lines.append(
            f"内訳　本税 {_yen(payment.amount_yen - payment.late_fee_yen)}　"
            f"延滞金 {_yen(payment.late_fee_yen)}"
        )
    lines += [
        f"{paid_for.reference_label}　{paid_for.reference}",
        f"支払方法　{METHOD_NAMES.get(payment.method, payment.method or '—')}"
        + (f"（{payment.counter}）" if payment.counter else ""),
        f"支払日時　{timezone.localtime(payment.succeeded_at):%Y年%m月%d日 %H:%M}"
        if payment.succeeded_at
        else "支払日時　—",
        f"取引番号　{payment.provider_payment_id}",
        f"歳入科目　{payment.revenue_category}",
    ]
    if payment.refunded_yen:
        lines.append(
            f"返金済み　{_yen(payment.refunded_yen)}（当初の支払額 {_yen(payment.amount_yen)}）"
        )
    y = height - 72 * mm
    for line in lines:
        pdf.drawString(30 * mm, y, line)
        y -= 7 * mm
    _slip_finish(pdf, font, payment, paid_for, what="支払い")
    return buffer.getvalue()


def refund_note_pdf(*, refund: Refund) -> bytes:
    """The credit note (返金通知書) of one refund, A5 landscape like the receipt it answers."""
    payment = refund.payment
    paid_for = purpose(payment)
    buffer = io.BytesIO()
    pdf, font = _slip_start(buffer, paid_for, title="返金通知書", heading="返　金　通　知　書")
    height = landscape(A5)[1]
    pdf.setFont(font, 20)
    pdf.drawString(30 * mm, height - 58 * mm, f"返金額　{_yen(refund.amount_yen)}")
    pdf.setFont(font, 11)
    kinds: dict[str, str] = {
        Refund.Kind.STAFF: "区による返金",
        Refund.Kind.DUPLICATE: "二重の支払いの自動返金",
        Refund.Kind.PROVIDER: "決済事業者での返金",
    }
    paid_at = (
        f"{timezone.localtime(payment.succeeded_at):%Y年%m月%d日 %H:%M}"
        if payment.succeeded_at
        else "—"
    )
    lines = [
        f"但し　{paid_for.what}の返金として",
        f"{paid_for.reference_label}　{paid_for.reference}",
        f"返金日時　{timezone.localtime(refund.created_at):%Y年%m月%d日 %H:%M}"
        f"（{kinds.get(refund.kind, refund.kind)}）",
        f"元の支払　{_yen(payment.amount_yen)}　{paid_at}　"
        f"{METHOD_NAMES.get(payment.method, payment.method or '—')}",
        f"取引番号　{payment.provider_payment_id}",
        f"返金番号　{str(refund.public_id)[:8].upper()}",
    ]
    if refund.reason:
        lines.append(f"理由　{refund.reason[:60]}")
    y = height - 72 * mm
    for line in lines:
        pdf.drawString(30 * mm, y, line)
        y -= 7 * mm
    pdf.setFont(font, 9)
    pdf.drawString(
        30 * mm, y - 2 * mm, "返金は元の支払方法に戻されます。反映の時期は決済事業者によります。"
    )
    _slip_finish(pdf, font, payment, paid_for, what="返金")
    return buffer.getvalue()
