"""The master plan's structure: policy (政策) → measure (施策) → initiative (主な取組).

Indicators and evaluations hang from these in the policy evaluation part. Titles are the
plan's own Japanese wording; translations are kept beside them where provided.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

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


class EvaluationRecord(models.Model):
    """A yearly evaluation: 政策評価 of a policy or measure (grade A/B/C), or 事務事業評価 of an
    initiative (a category such as 継続). Drafted by policy staff, approved by a manager, then
    published; every change of state is kept in ``EvaluationTransition``."""

    class Grade(models.TextChoices):
        A = "A", _("A: achieved")
        B = "B", _("B: largely achieved")
        C = "C", _("C: not sufficiently achieved")

    class Category(models.TextChoices):
        CONTINUE = "continue", pgettext_lazy("evaluation category", "Continue")
        LEVEL_UP = "level_up", _("Level up")
        MERGE = "merge", _("Merge")
        REDUCE = "reduce", _("Reduce or partly abolish")
        ABOLISH = "abolish", _("Abolish")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Awaiting approval")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", _("Published")

    fiscal_year = models.PositiveSmallIntegerField()
    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="evaluations")
    measure = models.ForeignKey(
        Measure, null=True, blank=True, on_delete=models.CASCADE, related_name="evaluations"
    )
    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.CASCADE, related_name="evaluations"
    )
    grade = models.CharField(max_length=1, choices=Grade.choices, blank=True)
    category = models.CharField(max_length=16, choices=Category.choices, blank=True)
    narrative = models.TextField(blank=True)
    committee_comments = models.TextField(blank=True)
    next_actions = models.TextField(blank=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-fiscal_year", "policy__number", "measure__number", "initiative__number"]
        # One evaluation per subject and year, at each of the three levels.
        constraints = [
            models.UniqueConstraint(
                fields=["fiscal_year", "policy"],
                condition=models.Q(measure__isnull=True, initiative__isnull=True),
                name="unique_policy_evaluation",
            ),
            models.UniqueConstraint(
                fields=["fiscal_year", "measure"],
                condition=models.Q(measure__isnull=False, initiative__isnull=True),
                name="unique_measure_evaluation",
            ),
            models.UniqueConstraint(
                fields=["fiscal_year", "initiative"],
                condition=models.Q(initiative__isnull=False),
                name="unique_initiative_evaluation",
            ),
        ]

    def __str__(self) -> str:
        return f"FY{self.fiscal_year} {self.subject_title}"

    @property
    def subject_title(self) -> str:
        subject = self.initiative or self.measure or self.policy
        return subject.title

    @property
    def is_initiative(self) -> bool:
        return self.initiative_id is not None


class EvaluationTransition(models.Model):
    """History of an evaluation's states: appended, never edited."""

    record = models.ForeignKey(EvaluationRecord, on_delete=models.CASCADE, related_name="history")
    from_state = models.CharField(max_length=16, blank=True)
    to_state = models.CharField(max_length=16)
    actor = models.ForeignKey(
        "accounts.User", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.record} {self.from_state}→{self.to_state}"
