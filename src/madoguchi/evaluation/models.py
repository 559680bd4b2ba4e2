"""The master plan's structure: policy (政策) → measure (施策) → initiative (主な取組).

Indicators and evaluations hang from these in the policy evaluation part. Titles are the
plan's own Japanese wording; translations are kept beside them where provided.
"""

from __future__ import annotations

from django.db import models

from madoguchi.core.i18n import has_translation, localized


class LocalizedTitleMixin(models.Model):
    title = models.CharField(max_length=300)
    title_i18n = models.JSONField(default=dict, blank=True)

    class Meta:
        abstract = True

    @property
    def localized_title(self) -> str:
        return localized(self.title, self.title_i18n)

    @property
    def has_translation(self) -> bool:
        return has_translation(self.title_i18n)


class Policy(LocalizedTitleMixin):
    number = models.PositiveIntegerField(unique=True)
    summary = models.TextField(blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name_plural = "policies"

    def __str__(self) -> str:
        return f"政策{self.number} {self.title}"


class Measure(LocalizedTitleMixin):
    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="measures")
    number = models.PositiveIntegerField()

    class Meta:
        ordering = ["policy__number", "number"]
        constraints = [
            models.UniqueConstraint(fields=["policy", "number"], name="unique_measure_number")
        ]

    def __str__(self) -> str:
        return f"施策{self.policy.number}-{self.number} {self.title}"


class Initiative(LocalizedTitleMixin):
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="initiatives")
    number = models.PositiveIntegerField()

    class Meta:
        ordering = ["measure__policy__number", "measure__number", "number"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "number"], name="unique_initiative_number")
        ]

    def __str__(self) -> str:
        return self.title


class Indicator(models.Model):
    """An outcome indicator (成果指標) of a policy or of one of its measures."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="indicators")
    measure = models.ForeignKey(
        Measure, null=True, blank=True, on_delete=models.CASCADE, related_name="indicators"
    )
    name = models.CharField(max_length=300, help_text="The plan's own wording.")
    name_i18n = models.JSONField(default=dict, blank=True)
    unit = models.CharField(max_length=20, blank=True)
    note = models.TextField(blank=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["policy__number", "sort_order"]

    def __str__(self) -> str:
        return self.name

    @property
    def localized_name(self) -> str:
        return localized(self.name, self.name_i18n)


class Series(models.Model):
    """One measured line of an indicator (most have one; some split 在住 / 在勤)."""

    class Kind(models.TextChoices):
        INCREASE = "increase", "increase"
        DECREASE = "decrease", "decrease"
        RANGE = "range", "range"
        AT_LEAST = "at_least", "at least"

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="series")
    name = models.CharField(max_length=50, blank=True, help_text="Empty when there is one series.")
    target_kind = models.CharField(max_length=16, choices=Kind.choices)
    #: Key of a live measurement registered by a product part (see ``live.py``); empty when
    #: the figure is only entered by staff.
    live_key = models.CharField(max_length=64, blank=True)
    #: Survey-based figures are derived from the answer distribution (満足 + まあ満足).
    survey_based = models.BooleanField(default=False)

    class Meta:
        ordering = ["indicator__policy__number", "indicator__sort_order", "name"]
        verbose_name_plural = "series"
        constraints = [
            models.UniqueConstraint(fields=["indicator", "name"], name="unique_series_name")
        ]

    def __str__(self) -> str:
        return f"{self.indicator.name} {self.name}".strip()


class SeriesTarget(models.Model):
    class Stage(models.TextChoices):
        MID = "mid", "mid-term"
        MID2 = "mid2", "second mid-term"
        FINAL = "final", "final"

    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="targets")
    stage = models.CharField(max_length=8, choices=Stage.choices)
    fy = models.PositiveSmallIntegerField()
    value = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    low = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    high = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)

    class Meta:
        ordering = ["fy"]
        constraints = [
            models.UniqueConstraint(fields=["series", "stage"], name="unique_series_stage")
        ]

    def __str__(self) -> str:
        return f"{self.series} {self.stage} FY{self.fy}"


class Observation(models.Model):
    """A measured value for a fiscal year (or a month of it), with its source."""

    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="observations")
    fy = models.PositiveSmallIntegerField(help_text="Fiscal year (April to March).")
    month = models.PositiveSmallIntegerField(null=True, blank=True)
    value = models.DecimalField(max_digits=14, decimal_places=4)
    is_baseline = models.BooleanField(default=False)
    source = models.CharField(max_length=300, blank=True)
    note = models.TextField(blank=True)
    #: 満足, まあ満足, … in percent, for survey-based series.
    distribution = models.JSONField(default=dict, blank=True)
    entered_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["fy", "month"]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "fy"],
                condition=models.Q(month__isnull=True),
                name="unique_yearly_observation",
            ),
            models.UniqueConstraint(
                fields=["series", "fy", "month"],
                condition=models.Q(month__isnull=False),
                name="unique_monthly_observation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.series} FY{self.fy}: {self.value}"
