"""Licences a dataset can be published under, with the ids CKAN and the national catalog use.

CC BY 4.0 is the default: the government's 公共データ利用規約 (PDL 1.0) is compatible with it
and most Japanese municipal catalogs use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class License:
    id: str
    title: str
    url: str
    label: Promise
    open: bool = True


LICENSES: dict[str, License] = {
    lic.id: lic
    for lic in [
        License(
            "cc-by-4.0",
            "Creative Commons Attribution 4.0",
            "https://creativecommons.org/licenses/by/4.0/",
            _("Creative Commons Attribution 4.0 International (CC BY 4.0)"),
        ),
        License(
            "cc-by-sa-4.0",
            "Creative Commons Attribution Share-Alike 4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/",
            _("Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)"),
        ),
        License(
            "cc-zero",
            "Creative Commons CCZero",
            "https://creativecommons.org/publicdomain/zero/1.0/",
            _("CC0 1.0 Universal (public domain dedication)"),
        ),
        License(
            "pdl-1.0",
            "Public Data License (Version 1.0)",
            "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
            _("Public Data License version 1.0 (公共データ利用規約 第1.0版)"),
        ),
        License(
            "odc-by",
            "Open Data Commons Attribution License",
            "https://opendatacommons.org/licenses/by/1-0/",
            _("Open Data Commons Attribution License"),
        ),
    ]
}

DEFAULT_LICENSE = "cc-by-4.0"


def license_get(license_id: str) -> License | None:
    return LICENSES.get(license_id)
