from django.apps import AppConfig


class NavigatorConfig(AppConfig):
    name = "madoguchi.navigator"
    label = "navigator"
    verbose_name = "Life-event navigator and the no-writing counter"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, resident_entry, staff_entry

        resident_entry(
            Entry(
                key="navigator",
                title=_("What do I need to do?"),
                description=_(
                    "Moving, a birth, a marriage, a death in the family: answer a few questions "
                    "and get your own list of procedures, with deadlines."
                ),
                url_name="navigator:index",
                order=5,
            )
        )
        staff_entry(
            Entry(
                key="counter",
                title=_("No-writing counter"),
                description=_(
                    "Open a resident's entry by its code, fill every form from it, print them "
                    "for signature and submit the cases."
                ),
                url_name="navigator:counter_home",
                capability="counter.operate",
                order=15,
            )
        )
        staff_entry(
            Entry(
                key="navigator_guides",
                title=_("Life-event guides"),
                description=_(
                    "The navigator's questions and the rules that choose procedures, and what "
                    "the counter saves residents in writing."
                ),
                url_name="navigator:guides",
                capability="navigator.configure",
                order=16,
            )
        )
