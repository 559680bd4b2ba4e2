"""The sandbox payment company's own records. SANDBOX: no money moves, ever.

These tables stand for the books of an outside card/QR payment company, so that Madoguchi's
payments code can be exercised end to end in the demo and the tests. Madoguchi's own payment
code never reads them: it talks to the sandbox only through the provider interface, its
hosted pages and its signed webhooks, exactly as it would with a real company.
"""

from __future__ import annotations

from django.db import models


class SandboxCharge(models.Model):
    class State(models.TextChoices):
        OPEN = "open", "open"
        REQUIRES_ACTION = "requires_action", "requires_action"
        SUCCEEDED = "succeeded", "succeeded"
        DECLINED = "declined", "declined"
        CANCELLED = "cancelled", "cancelled"
        REFUNDED = "refunded", "refunded"
        PARTIALLY_REFUNDED = "partially_refunded", "partially_refunded"

    charge_id = models.CharField(max_length=40, unique=True)
    merchant_reference = models.CharField(max_length=100)
    amount_yen = models.PositiveIntegerField()
    refunded_yen = models.PositiveIntegerField(default=0)
    description = models.CharField(max_length=300)
    return_url = models.URLField(max_length=500)
    webhook_url = models.URLField(max_length=500)
    state = models.CharField(max_length=24, choices=State.choices, default=State.OPEN)
    method = models.CharField(max_length=16, blank=True)
    card_last4 = models.CharField(max_length=4, blank=True)
    webhook_behaviour = models.CharField(max_length=24, default="normal")
    #: Deliveries of this charge's webhooks tried so far, failed ones included.
    webhook_attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"SANDBOX {self.charge_id} {self.amount_yen} yen {self.state}"
