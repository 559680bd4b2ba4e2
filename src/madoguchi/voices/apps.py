from django.apps import AppConfig


class VoicesConfig(AppConfig):
    name = "madoguchi.voices"
    label = "voices"
    verbose_name = "Residents' voices"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, resident_entry, staff_entry

        resident_entry(
            Entry(
                key="voices",
                title=_("Send your opinion"),
                description=_(
                    "Tell the city about a problem, a request or an idea, and read the answers "
                    "to other residents' voices."
                ),
                url_name="voices:new",
                order=40,
            )
        )
        staff_entry(
            Entry(
                key="voices",
                title=_("Residents' voices"),
                description=_(
                    "Voices from every channel: sort, assign, answer and publish them, and see "
                    "what residents are saying."
                ),
                url_name="voices:staff_queue",
                capability="voices.handle",
                order=35,
            )
        )
        staff_entry(
            Entry(
                key="voices_analysis",
                title=_("What residents are saying"),
                description=_(
                    "Volume by subject, department, channel and month, answer times, "
                    "satisfaction and rising topics."
                ),
                url_name="voices:staff_dashboard",
                capability="voices.analyse",
                order=36,
            )
        )
