"""Tax bills end to end below the pages: import, lookup, online payment with the late fee in
every provider order, the counter, refunds, and who may do what."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone

from madoguchi.accounts.models import Department, StaffRole
from madoguchi.applications.delivery_formats import sign
from madoguchi.audit.models import AuditRecord
from madoguchi.payments import services as payment_services
from madoguchi.payments.models import Counter, Payment, PaymentState, Refund
from madoguchi.paysandbox import company
from madoguchi.taxes import selectors, services
from madoguchi.taxes.models import BillState, LateFeeRate, TaxBill
from tests.taxes.conftest import CONFIRMATION, bills_csv, row

pytestmark = pytest.mark.django_db

TOKYO = ZoneInfo("Asia/Tokyo")


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TOKYO)


@pytest.fixture
def on_24_november(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """Freeze "now" at 24 November 2026, 10:00 in Tokyo, for the services and selectors."""
    now = at(date(2026, 11, 24))
    monkeypatch.setattr(timezone, "now", lambda: now)
    return now


def webhook(charge_id: str, event_id: str) -> Any:
    charge = company.charge_get(charge_id)
    body = company.event_body(charge, "charge.succeeded", event_id)
    header = sign(body, company.webhook_secret(), int(time.time()))
    return Client().post(
        "/payments/webhooks/sandbox/",
        body,
        content_type="application/json",
        HTTP_X_SANDBOX_SIGNATURE=header,
    )


# --- import ------------------------------------------------------------------------------------


def test_import_creates_then_recognises_the_same_file(
    zeimu: Department, kokuho: Department
) -> None:
    # given the tax system's file with two bills
    data = bills_csv(
        row(), row(installment=3, notice_number="2610300001", payment_number="2026010300011103")
    )
    # when it is imported twice
    first = services.tax_bills_import(data=data, actor=None)
    second = services.tax_bills_import(data=data, actor=None)
    # then two bills exist, the second import changed nothing, and the number is not stored
    assert (first.created, second.created, second.unchanged) == (2, 0, 2)
    bill = TaxBill.objects.get(installment=2)
    assert bill.department == zeimu and bill.principal_yen == 152000
    assert CONFIRMATION not in bill.confirmation_hash
    assert AuditRecord.objects.filter(action="tax.bills_imported").count() == 2


def test_one_bad_line_and_nothing_is_imported(zeimu: Department, kokuho: Department) -> None:
    data = bills_csv(
        row(),
        row(installment=3, notice_number="x", payment_number="12ab", principal_yen="1,000"),
        row(
            installment=4,
            notice_number="y",
            payment_number="2026010400011104",
            due_date="31/01/2027",
        ),
    )
    result = services.tax_bills_import(data=data, actor=None)
    assert TaxBill.objects.count() == 0
    assert any("line 3: payment_number" in e for e in result.errors)
    assert any("line 3: principal_yen" in e for e in result.errors)
    assert any("line 4: due_date" in e for e in result.errors)


def test_shift_jis_files_are_read(zeimu: Department, kokuho: Department) -> None:
    result = services.tax_bills_import(data=bills_csv(row(), encoding="cp932"), actor=None)
    assert result.created == 1
    assert TaxBill.objects.get().taxpayer_name == "港 太郎"


def test_a_corrected_amount_replaces_an_unpaid_bill_and_cancel_withdraws_it(
    overdue_bill: TaxBill,
) -> None:
    result = services.tax_bills_import(data=bills_csv(row(principal_yen=150000)), actor=None)
    overdue_bill.refresh_from_db()
    assert result.updated == 1 and overdue_bill.principal_yen == 150000
    services.tax_bills_import(data=bills_csv(row(action="cancel")), actor=None)
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.CANCELLED
    assert [h.to_state for h in overdue_bill.history.all()] == [BillState.CANCELLED]


def test_a_paid_bill_is_never_changed_by_an_import(
    overdue_bill: TaxBill, make_staff: Callable[..., Any], zeimu: Department, on_24_november: Any
) -> None:
    clerk = make_staff(StaffRole.COUNTER_CLERK, zeimu)
    services.tax_counter_payment_record(
        bill=overdue_bill, method="cash", terminal_transaction_id="", counter="税務課", actor=clerk
    )
    result = services.tax_bills_import(data=bills_csv(row(principal_yen=1)), actor=None)
    assert result.errors and "paid" in result.errors[0]
    overdue_bill.refresh_from_db()
    assert overdue_bill.principal_yen == 152000


def test_importing_needs_the_right_and_the_department(
    make_staff: Callable[..., Any], zeimu: Department, kokuho: Department
) -> None:
    clerk = make_staff(StaffRole.COUNTER_CLERK, zeimu)
    with pytest.raises(PermissionDenied):
        services.tax_bills_import(data=bills_csv(row()), actor=clerk)
    officer = make_staff(StaffRole.DEPARTMENT_OFFICER, kokuho)
    result = services.tax_bills_import(data=bills_csv(row()), actor=officer)
    assert result.errors and "not your department" in result.errors[0]
    assert TaxBill.objects.count() == 0


# --- lookup ------------------------------------------------------------------------------------


def test_the_bill_is_found_with_both_numbers_as_typed(overdue_bill: TaxBill) -> None:
    # full-width digits and hyphens, as a phone keyboard or a copy from the slip gives them
    found = services.tax_bill_find(
        payment_number="２０２６-０１０２-０００１-１１０２", confirmation_number=" 123456 "
    )
    assert found == overdue_bill


@pytest.mark.parametrize(
    ("number", "confirmation"),
    [("2026010200011102", "654321"), ("2026010200011103", CONFIRMATION), ("abc", "123456")],
)
def test_a_wrong_number_finds_nothing_and_is_recorded(
    overdue_bill: TaxBill, number: str, confirmation: str
) -> None:
    assert services.tax_bill_find(payment_number=number, confirmation_number=confirmation) is None
    if number.isdigit():
        assert AuditRecord.objects.filter(action="tax.lookup_failed").count() == 1


# --- paying online -----------------------------------------------------------------------------


def test_the_amount_is_the_tax_plus_todays_late_fee(
    overdue_bill: TaxBill, on_24_november: datetime
) -> None:
    payment, url = services.tax_payment_start(bill=overdue_bill, actor=None)
    assert "sandbox-pay" in url
    assert (payment.amount_yen, payment.late_fee_yen) == (154_400, 2_400)
    assert payment.quoted_on == date(2026, 11, 24)
    assert company.charge_get(payment.provider_payment_id).amount_yen == 154_400
    # the page closes at midnight at the latest, since tomorrow's late fee may differ
    assert payment.expires_at <= at(date(2026, 11, 25), 0)


def test_the_page_closes_at_midnight_when_that_comes_first(
    overdue_bill: TaxBill, monkeypatch: pytest.MonkeyPatch
) -> None:
    late = at(date(2026, 11, 24), 23).replace(minute=30)
    monkeypatch.setattr(timezone, "now", lambda: late)
    payment, _url = services.tax_payment_start(bill=overdue_bill, actor=None)
    assert payment.expires_at == at(date(2026, 11, 25), 0)


def test_paying_settles_the_bill_once_whatever_the_order(
    overdue_bill: TaxBill, on_24_november: datetime
) -> None:
    # given a payment made on the company's page
    payment, _url = services.tax_payment_start(bill=overdue_bill, actor=None)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    # when the webhook comes before the resident returns, and again
    assert webhook(payment.provider_payment_id, "evt_t1").json()["result"] == "applied"
    assert webhook(payment.provider_payment_id, "evt_t1").json()["result"] == "duplicate"
    payment_services.payment_return(payment=Payment.objects.get(pk=payment.pk))
    # then the bill is paid once, with the late fee recorded
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.PAID
    assert overdue_bill.paid_on == date(2026, 11, 24)
    assert (overdue_bill.late_fee_paid_yen, overdue_bill.late_fee_outstanding_yen) == (2400, 0)
    assert overdue_bill.history.count() == 1
    assert AuditRecord.objects.filter(action="tax.bill_paid").count() == 1


def test_starting_twice_reuses_the_open_payment(
    overdue_bill: TaxBill, on_24_november: datetime
) -> None:
    first, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    second, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    assert first.pk == second.pk and Payment.objects.count() == 1


def test_a_declined_card_then_a_retry(overdue_bill: TaxBill, on_24_november: datetime) -> None:
    payment, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_DECLINED)
    payment_services.payment_return(payment=payment)
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.OPEN
    retry, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    assert retry.pk != payment.pk
    company.card_pay(charge_id=retry.provider_payment_id, number=company.CARD_SUCCEEDS)
    payment_services.payment_return(payment=retry)
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.PAID


def test_a_bill_paid_twice_keeps_one_payment_and_refunds_the_other(
    overdue_bill: TaxBill, on_24_november: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given two tabs: the first payment page expired, so a second one was opened
    first, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    Payment.objects.filter(pk=first.pk).update(expires_at=on_24_november)
    second, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    assert first.pk != second.pk
    # when both are paid at the company
    for payment in (first, second):
        company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
        payment_services.payment_return(payment=Payment.objects.get(pk=payment.pk))
    # then one stands, the other is refunded in full, and the bill stays paid
    states = sorted(Payment.objects.values_list("state", flat=True))
    assert states == [PaymentState.REFUNDED, PaymentState.SUCCEEDED]
    assert Refund.objects.get().kind == Refund.Kind.DUPLICATE
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.PAID
    # and the company's later report that the duplicate was refunded leaves the bill paid
    duplicate = Payment.objects.get(state=PaymentState.REFUNDED)
    with transaction.atomic():
        services.tax_bill_reopen(payment=duplicate)
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.PAID


def test_the_database_refuses_two_paid_payments_of_one_bill(
    overdue_bill: TaxBill, on_24_november: datetime
) -> None:
    fields = {
        "tax_bill": overdue_bill,
        "amount_yen": 154_400,
        "description": "x",
        "revenue_category": "x",
        "provider": "counter",
        "state": PaymentState.SUCCEEDED,
        "expires_at": on_24_november,
    }
    Payment.objects.create(provider_payment_id="a", **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Payment.objects.create(provider_payment_id="b", **fields)


def test_a_payment_reaching_us_the_next_day_records_the_late_fee_still_owed(
    overdue_bill: TaxBill, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a payment quoted on 30 September (first month: 30 days at 2.8 % = 349 yen → 0)
    monkeypatch.setattr(timezone, "now", lambda: at(date(2026, 9, 30), 23))
    payment, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    assert payment.late_fee_yen == 0
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    # when the company's report only reaches us on 20 October (the late fee is then 1,000+)
    monkeypatch.setattr(timezone, "now", lambda: at(date(2026, 10, 20)))
    payment_services.payment_return(payment=payment)
    # then the bill is paid and what the later day costs is kept as still owed
    overdue_bill.refresh_from_db()
    expected = selectors.amount_due(bill=overdue_bill, on=date(2026, 10, 20)).late_fee_yen
    assert expected >= 1000
    assert overdue_bill.state == BillState.PAID
    assert overdue_bill.late_fee_outstanding_yen == expected


def test_without_a_years_rate_the_bill_cannot_be_paid_online(
    make_bill: Callable[..., TaxBill], monkeypatch: pytest.MonkeyPatch
) -> None:
    bill = make_bill(due_date="2026-12-01")
    monkeypatch.setattr(timezone, "now", lambda: at(date(2027, 1, 10)))
    due = selectors.amount_due(bill=bill)
    assert not due.payable and due.missing_rate_year == 2027
    with pytest.raises(services.TaxRefused) as refused:
        services.tax_payment_start(bill=bill, actor=None)
    assert refused.value.code == "rate_missing"
    assert Payment.objects.count() == 0


def test_a_cancelled_or_paid_bill_cannot_be_paid(overdue_bill: TaxBill) -> None:
    services.tax_bills_import(data=bills_csv(row(action="cancel")), actor=None)
    with pytest.raises(services.TaxRefused):
        services.tax_payment_start(bill=overdue_bill, actor=None)


# --- counter and refunds -----------------------------------------------------------------------


def test_a_clerk_records_a_qr_payment_at_the_tax_counter(
    overdue_bill: TaxBill,
    make_staff: Callable[..., Any],
    zeimu: Department,
    on_24_november: datetime,
) -> None:
    Counter.objects.create(
        code="zeimu", name="税務課 窓口", department=zeimu, accepts=["qr_code", "cash"]
    )
    clerk = make_staff(StaffRole.COUNTER_CLERK, zeimu)
    payment = services.tax_counter_payment_record(
        bill=overdue_bill,
        method="qr_code",
        terminal_transaction_id="PAYPAY-1",
        counter="zeimu",
        actor=clerk,
    )
    assert (payment.amount_yen, payment.late_fee_yen, payment.counter) == (
        154_400,
        2_400,
        "税務課 窓口",
    )
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.PAID
    with pytest.raises(services.TaxRefused) as again:
        services.tax_counter_payment_record(
            bill=overdue_bill,
            method="cash",
            terminal_transaction_id="",
            counter="zeimu",
            actor=clerk,
        )
    assert again.value.code == "not_open"
    with pytest.raises(services.TaxRefused) as not_taken:
        services.tax_counter_payment_record(
            bill=overdue_bill,
            method="e_money",
            terminal_transaction_id="1",
            counter="zeimu",
            actor=clerk,
        )
    assert not_taken.value.code == "method_not_accepted"


def test_a_clerk_of_another_department_cannot_record(
    overdue_bill: TaxBill, make_staff: Callable[..., Any], kokuho: Department
) -> None:
    clerk = make_staff(StaffRole.COUNTER_CLERK, kokuho)
    with pytest.raises(services.TaxRefused) as refused:
        services.tax_counter_payment_record(
            bill=overdue_bill, method="cash", terminal_transaction_id="", counter="x", actor=clerk
        )
    assert refused.value.code == "department"
    assert Payment.objects.count() == 0


def test_a_full_refund_reopens_the_bill_a_partial_one_does_not(
    overdue_bill: TaxBill,
    make_staff: Callable[..., Any],
    zeimu: Department,
    on_24_november: datetime,
) -> None:
    payment, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    payment = payment_services.payment_return(payment=payment)
    officer = make_staff(StaffRole.DEPARTMENT_OFFICER, zeimu)
    payment_services.payment_refund(
        payment=payment, amount_yen=400, reason="延滞金の計算誤り", actor=officer
    )
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.PAID
    payment_services.payment_refund(
        payment=payment, amount_yen=154_000, reason="賦課取消", actor=officer
    )
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.OPEN
    assert [h.to_state for h in overdue_bill.history.all()] == [BillState.PAID, BillState.OPEN]
    other = make_staff(StaffRole.DEPARTMENT_OFFICER)
    with pytest.raises(payment_services.PaymentRefused):
        payment_services.payment_refund(payment=payment, amount_yen=1, reason="x", actor=other)


# --- rates and reports -------------------------------------------------------------------------


def test_the_published_rates_are_seeded() -> None:
    assert LateFeeRate.objects.get(year=2026).first_month == 280
    assert LateFeeRate.objects.get(year=2025).later == 870


def test_a_manager_records_next_years_rates_once(
    make_staff: Callable[..., Any], zeimu: Department
) -> None:
    manager = make_staff(StaffRole.DEPARTMENT_MANAGER, zeimu)
    services.late_fee_rate_record(
        year=2027, first_month=290, later=920, source="告示", actor=manager
    )
    with pytest.raises(services.TaxRefused) as again:
        services.late_fee_rate_record(
            year=2027, first_month=100, later=100, source="", actor=manager
        )
    assert again.value.code == "rate_exists"
    with pytest.raises(services.TaxRefused):
        services.late_fee_rate_record(
            year=2028, first_month=800, later=900, source="", actor=manager
        )
    with pytest.raises(PermissionDenied):
        services.late_fee_rate_record(
            year=2029,
            first_month=1,
            later=1,
            source="",
            actor=make_staff(StaffRole.COUNTER_CLERK, zeimu),
        )


def test_collection_rows_and_the_daily_report_split_the_late_fee(
    overdue_bill: TaxBill,
    make_staff: Callable[..., Any],
    zeimu: Department,
    on_24_november: datetime,
) -> None:
    from madoguchi.payments.selectors import daily_report

    clerk = make_staff(StaffRole.COUNTER_CLERK, zeimu)
    services.tax_counter_payment_record(
        bill=overdue_bill, method="cash", terminal_transaction_id="", counter="税務課", actor=clerk
    )
    manager = make_staff(StaffRole.DEPARTMENT_MANAGER, zeimu)
    rows = selectors.collection_rows(viewer=manager, day=date(2026, 11, 24))
    assert rows[1][:9] == [
        "juminzei",
        2026,
        2,
        "2610200001",
        "2026010200011102",
        "2026-11-24",
        152000,
        2400,
        0,
    ]
    report = daily_report(viewer=manager, day=date(2026, 11, 24))
    assert report.total_yen == 154_400
    assert report.by_procedure == {"特別区民税・都民税（普通徴収）": 154_400}
    assert report.by_category == {
        "特別区税／特別区民税（都民税を含む）": 152_000,
        "諸収入／延滞金加算金及び過料／延滞金": 2_400,
    }
    # another department's manager sees neither
    other = make_staff(StaffRole.DEPARTMENT_MANAGER)
    assert selectors.collection_rows(viewer=other, day=date(2026, 11, 24)) == [rows[0]]
    assert daily_report(viewer=other, day=date(2026, 11, 24)).count == 0


def test_expiry_closes_an_unpaid_tax_payment(
    overdue_bill: TaxBill, on_24_november: datetime
) -> None:
    payment, _ = services.tax_payment_start(bill=overdue_bill, actor=None)
    payment_services.payments_expire(now=on_24_november + timedelta(days=1))
    payment.refresh_from_db()
    assert payment.state == PaymentState.EXPIRED
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.OPEN


def test_names_are_erased_five_years_after_payment_the_amounts_stay(
    overdue_bill: TaxBill,
    make_bill: Callable[..., TaxBill],
    make_staff: Callable[..., Any],
    zeimu: Department,
    on_24_november: datetime,
) -> None:
    # given one bill paid today and one still open
    clerk = make_staff(StaffRole.COUNTER_CLERK, zeimu)
    services.tax_counter_payment_record(
        bill=overdue_bill, method="cash", terminal_transaction_id="", counter="税務課", actor=clerk
    )
    still_owed = make_bill(installment=3, notice_number="n3", payment_number="2026010300011103")
    # when the retention job runs within five years, then after them
    assert services.tax_bills_anonymise(today=date(2031, 11, 24)) == 0
    assert services.tax_bills_anonymise(today=date(2031, 11, 25)) == 1
    # then the paid bill has lost the name and the numbers' hash, not the amounts
    overdue_bill.refresh_from_db()
    still_owed.refresh_from_db()
    assert overdue_bill.taxpayer_name == "" and overdue_bill.confirmation_hash == ""
    assert overdue_bill.principal_yen == 152000 and overdue_bill.payments.count() == 1
    assert still_owed.taxpayer_name == "港 太郎"
    assert (
        services.tax_bill_find(
            payment_number=overdue_bill.payment_number, confirmation_number=CONFIRMATION
        )
        is None
    )


def test_published_rates_come_back_after_the_table_was_emptied() -> None:
    # given a database whose rates were emptied (a flush, or one made before they existed)
    LateFeeRate.objects.all().delete()
    # when the published rates are ensured, twice
    first = services.late_fee_rates_published_ensure()
    second = services.late_fee_rates_published_ensure()
    # then every published year is back once, with the migration's figures
    assert (first, second) == (9, 0)
    assert LateFeeRate.objects.get(year=2026).later == 910
