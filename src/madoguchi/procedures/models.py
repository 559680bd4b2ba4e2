"""The procedure catalog (手続): what a resident can apply for, where, how and at what cost.

A procedure is data, not code: putting one online is configuration. Whether it can be done
online, and if not the recorded reason, is part of the catalog because the share of online
procedures is one of the master plan's indicators.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.accounts.models import Department
from madoguchi.core.i18n import has_translation, localized


class Category(models.TextChoices):
    REGISTRY = "registry", _("Family register, residence and certificates")
    TAX_INSURANCE = "tax_insurance", _("Tax, health insurance and pension")
    CHILDCARE = "childcare", _("Children and childcare")
    WELFARE = "welfare", _("Welfare and long-term care")
    HEALTH = "health", _("Health")
    WASTE = "waste", _("Waste and recycling")
    HOUSING_ROADS = "housing_roads", _("Housing, building and roads")
    COMMUNITY = "community", _("Community, culture and sports")
    SAFETY = "safety", _("Disaster prevention and safety")
    BUSINESS = "business", _("Business and industry")
    TRANSPORT = "transport", _("Transport and bicycles")
    INFORMATION = "information", _("Information disclosure and opinions")
    ANIMALS = "animals", _("Pets and animals")


class IdentityLevel(models.TextChoices):
    NONE = "none", _("No account needed")
    EMAIL = "email", _("An account with a confirmed email address")
    IDENTITY = "identity", _("An identity-verified account")


class OfflineReason(models.TextChoices):
    NONE = "", _("Can be done online")
    LAW_REQUIRES_APPEARANCE = "law_requires_appearance", _("The law requires you to come in person")
    LAW_REQUIRES_PAPER = "law_requires_paper", _("The law requires a paper form")
    IDENTITY_CHECK_IN_PERSON = "identity_check_in_person", _("Identity must be checked in person")
    ORIGINAL_DOCUMENTS = "original_documents", _("Original documents must be shown")
    NOT_YET = "not_yet", _("Not yet available online")


class FeeKind(models.TextChoices):
    FREE = "free", _("Free")
    FIXED = "fixed", _("Fixed fee")
    PER_COPY = "per_copy", _("Fee per copy")
    VARIABLE = "variable", _("Depends on the application")


class LifeEvent(models.Model):
    """A moment in life that needs procedures (転入, 出生…); the navigator builds on these."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=100)
    name_i18n = models.JSONField(default=dict, blank=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.localized_name

    @property
    def localized_name(self) -> str:
        return localized(self.name, self.name_i18n)


class Procedure(models.Model):
    code = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200, help_text="Official Japanese name.")
    name_i18n = models.JSONField(default=dict, blank=True)
    summary = models.TextField(blank=True)
    summary_i18n = models.JSONField(default=dict, blank=True)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="procedures")
    category = models.CharField(max_length=32, choices=Category.choices, db_index=True)
    life_events = models.ManyToManyField(LifeEvent, blank=True, related_name="procedures")
    eligibility = models.TextField(blank=True, help_text="Who may apply.")
    identity_level = models.CharField(
        max_length=16, choices=IdentityLevel.choices, default=IdentityLevel.EMAIL
    )
    documents = models.JSONField(default=list, blank=True, help_text="What is needed.")
    fee_kind = models.CharField(max_length=16, choices=FeeKind.choices, default=FeeKind.FREE)
    fee_yen = models.PositiveIntegerField(null=True, blank=True, help_text="Integer yen.")
    fee_note = models.CharField(max_length=300, blank=True)
    processing_days = models.PositiveIntegerField(
        default=0, help_text="Typical business days to a decision; 0 = on the spot."
    )
    legal_basis = models.CharField(max_length=300, blank=True)
    online = models.BooleanField(default=False, db_index=True)
    offline_reason = models.CharField(
        max_length=40, choices=OfflineReason.choices, blank=True, default=OfflineReason.NONE
    )
    offline_reason_text = models.TextField(blank=True)
    where_instead = models.TextField(blank=True)
    keywords = models.JSONField(default=list, blank=True)
    deadline_rule = models.CharField(max_length=300, blank=True)
    retention_years = models.PositiveSmallIntegerField(default=5)
    published = models.BooleanField(default=True, db_index=True)
    #: Normalised search terms and readings, rebuilt by the service on every change.
    search_index = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["category", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(online=True, offline_reason="")
                | models.Q(online=False) & ~models.Q(offline_reason=""),
                name="procedure_offline_has_reason",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def localized_name(self) -> str:
        return localized(self.name, self.name_i18n)

    @property
    def localized_summary(self) -> str:
        return localized(self.summary, self.summary_i18n)

    @property
    def has_translation(self) -> bool:
        return has_translation(self.name_i18n)


class ApplicationWindow(models.Model):
    """A period in which applications are accepted, optionally with a capacity."""

    class Mode(models.TextChoices):
        FIRST_COME = "first_come", _("First come, first served")
        LOTTERY = "lottery", _("Lottery after the window closes")

    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="windows")
    opens_at = models.DateTimeField()
    closes_at = models.DateTimeField()
    capacity = models.PositiveIntegerField(null=True, blank=True)
    mode = models.CharField(max_length=16, choices=Mode.choices, default=Mode.FIRST_COME)
    #: Places taken so far; only ever changed by one conditional UPDATE so it cannot overbook.
    taken = models.PositiveIntegerField(default=0)
    drawn_at = models.DateTimeField(null=True, blank=True)
    draw_seed = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="window_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__isnull=True)
                | models.Q(taken__lte=models.F("capacity"))
                | models.Q(mode="lottery"),
                name="window_never_overbooked",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.procedure} {self.opens_at:%Y-%m-%d}"
