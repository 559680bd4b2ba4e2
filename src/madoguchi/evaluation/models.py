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
