"""The open data catalog's contribution to the master plan's live indicators."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.evaluation.live import LiveValue, live_source
from madoguchi.opendata.selectors import monthly_download_average


@live_source("opendata.monthly_downloads")
def monthly_downloads() -> LiveValue | None:
    average = monthly_download_average()
    if average.average is None or average.first is None or average.last is None:
        return None
    return LiveValue(
        value=round(average.average, 1),
        computation=_(
            "Average of the downloads counted by the open data catalog in the %(months)s "
            "complete months from %(first)s to %(last)s (each client counted once per file per "
            "day; bots excluded), computed when this page was shown."
        )
        % {
            "months": average.months,
            "first": average.first.strftime("%Y-%m"),
            "last": average.last.strftime("%Y-%m"),
        },
        measured_on=timezone.localdate(),
    )
