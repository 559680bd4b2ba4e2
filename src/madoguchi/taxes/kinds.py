"""What can be paid as a tax bill (納付書): the taxes and premiums the ward collects.

A kind says which department collects it, where the money is booked (歳入科目) and where its
late fee is booked. The ward's tax system decides the amounts; Madoguchi takes its bills,
collects and reports back (see ``services.tax_bills_import`` and ``selectors.collection_rows``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class TaxKind:
    code: str
    name: Any  # lazy translation; the Japanese name is the official one
    name_ja: str
    department_code: str
    revenue_category: str
    late_fee_category: str


KINDS: dict[str, TaxKind] = {
    kind.code: kind
    for kind in (
        TaxKind(
            code="juminzei",
            name=_("Special ward and metropolitan inhabitants' tax (paid by yourself)"),
            name_ja="特別区民税・都民税（普通徴収）",
            department_code="sangyo-zeimu",
            revenue_category="特別区税／特別区民税（都民税を含む）",
            late_fee_category="諸収入／延滞金加算金及び過料／延滞金",
        ),
        TaxKind(
            code="keijidosha",
            name=_("Light vehicle tax"),
            name_ja="軽自動車税（種別割）",
            department_code="sangyo-zeimu",
            revenue_category="特別区税／軽自動車税",
            late_fee_category="諸収入／延滞金加算金及び過料／延滞金",
        ),
        TaxKind(
            code="kokuho",
            name=_("National Health Insurance premium"),
            name_ja="国民健康保険料",
            department_code="hokenfukushi-kokuho-nenkin",
            revenue_category="国民健康保険事業会計／国民健康保険料",
            late_fee_category="国民健康保険事業会計／諸収入／延滞金",
        ),
    )
}


def kind_choices() -> list[tuple[str, Any]]:
    return [(kind.code, kind.name) for kind in KINDS.values()]
