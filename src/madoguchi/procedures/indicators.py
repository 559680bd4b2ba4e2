"""The procedure catalog's contribution to the master plan's live indicators."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.evaluation.live import LiveValue, live_source
from madoguchi.procedures.selectors import online_share


@live_source("procedures.online_share")
def online_procedure_share() -> LiveValue | None:
    share = online_share()
    if share.percent is None:
        return None
    return LiveValue(
        value=share.percent,
        computation=_(
            "%(online)s of the %(total)s procedures published in the catalog can be applied "
            "for online, computed from the catalog at the moment this page was shown."
        )
        % {"online": share.online, "total": share.total},
        measured_on=timezone.localdate(),
    )
