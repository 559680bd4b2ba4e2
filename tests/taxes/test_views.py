"""The tax pages as a browser without JavaScript uses them, and who may open which."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from madoguchi.accounts.models import Department, StaffRole
from madoguchi.audit.models import AuditRecord
from madoguchi.payments.models import Payment, PaymentState
from madoguchi.paysandbox import company
from madoguchi.taxes.models import BillState, LateFeeRate, TaxBill
from tests.taxes.conftest import CONFIRMATION, bills_csv, row

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 24, 10, tzinfo=ZoneInfo("Asia/Tokyo"))


@pytest.fixture(autouse=True)
def _on_24_november(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timezone, "now", lambda: NOW)


def look_up(
    client: Client, number: str = "2026010200011102", confirmation: str = CONFIRMATION
) -> Any:
    return client.post(
        "/ja/taxes/", {"payment_number": number, "confirmation_number": confirmation}
    )


def test_a_guest_finds_the_bill_and_sees_todays_late_fee(
    overdue_bill: TaxBill, client: Client
) -> None:
    # when a resident types the numbers of the slip
    response = look_up(client, "2026 0102 0001 1102")
    # then the bill opens in this browser, with the tax, today's late fee and the total
    assert response.status_code == 302
    assert response["Location"] == f"/ja/taxes/bills/{overdue_bill.public_id}/"
    page = client.get(response["Location"]).content.decode()
    assert "152,000円" in page and "2,400円" in page and "154,400円" in page
    assert "港 ＊＊" in page and "港 太郎" not in page  # the name is masked for a lookup
    assert "納期限を過ぎています" in page


def test_wrong_numbers_get_one_message_in_the_residents_language(
    overdue_bill: TaxBill, client: Client
) -> None:
    response = look_up(client, confirmation="654321")
    page = response.content.decode()
    assert response.status_code == 400
    assert "<title>エラー:" in page
    assert "この2つの番号に合う納付書が見つかりません" in page
    english = client.post(
        "/en/taxes/", {"payment_number": "12", "confirmation_number": "1"}
    ).content.decode()
    assert "Enter the payment number as printed: 10 to 20 digits." in english
    assert "Enter the confirmation number as printed: 4 to 8 digits." in english


def test_another_browser_cannot_open_the_bill(overdue_bill: TaxBill) -> None:
    assert Client().get(f"/ja/taxes/bills/{overdue_bill.public_id}/").status_code == 404


def test_lookups_are_rate_limited(overdue_bill: TaxBill, client: Client) -> None:
    statuses = [look_up(client, confirmation="000000").status_code for _ in range(31)]
    assert statuses[:30] == [400] * 30 and statuses[30] == 429


def test_pay_online_return_and_download_the_receipt(overdue_bill: TaxBill, client: Client) -> None:
    # given the bill opened in this browser
    look_up(client)
    bill_url = f"/ja/taxes/bills/{overdue_bill.public_id}/"
    # when the resident presses "pay" (whatever the browser sends, the amount is the server's)
    response = client.post(bill_url, {"amount_yen": "1"})
    assert response.status_code == 302 and "/sandbox-pay/checkout/" in response["Location"]
    payment = Payment.objects.get()
    assert payment.amount_yen == 154_400
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    back = client.get(f"/ja/payments/{payment.public_id}/return/")
    # then the bill page thanks them and offers the receipt
    assert back.status_code == 302 and back["Location"] == bill_url
    page = client.get(bill_url).content.decode()
    receipt = f"/ja/taxes/bills/{overdue_bill.public_id}/payments/{payment.public_id}/receipt.pdf"
    assert receipt in page and "お支払いを受け付けました" in page
    pdf = client.get(receipt)
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "¥154,400-" in text and "¥2,400-" in text and "延滞金" in text
    assert "2026-0102-0001-1102" in text and "税務課" in text
    assert Client().get(receipt).status_code == 404


def test_the_taxpayer_logged_in_sees_their_bills_without_numbers(
    overdue_bill: TaxBill, make_resident: Callable[..., Any], client: Client
) -> None:
    from madoguchi.taxes.services import tax_bill_link_resident

    resident = make_resident()
    tax_bill_link_resident(bill=overdue_bill, user=resident)
    client.force_login(resident)
    index = client.get("/ja/taxes/").content.decode()
    assert f"/ja/taxes/bills/{overdue_bill.public_id}/" in index
    page = client.get(f"/ja/taxes/bills/{overdue_bill.public_id}/").content.decode()
    assert "港 太郎" in page
    stranger = Client()
    stranger.force_login(make_resident())
    assert stranger.get(f"/ja/taxes/bills/{overdue_bill.public_id}/").status_code == 404


def test_closing_the_bill_on_a_shared_computer(overdue_bill: TaxBill, client: Client) -> None:
    look_up(client)
    client.post("/ja/taxes/forget/")
    assert client.get(f"/ja/taxes/bills/{overdue_bill.public_id}/").status_code == 404


@pytest.mark.parametrize("language", ["ja", "en", "zh-hans", "ko"])
def test_the_pages_read_in_every_resident_language(
    overdue_bill: TaxBill, client: Client, language: str
) -> None:
    look_up(client)
    for url in ("/taxes/", f"/taxes/bills/{overdue_bill.public_id}/"):
        response = client.get(f"/{language}{url}")
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()


# --- staff -------------------------------------------------------------------------------------


STAFF_URLS = [
    "/ja/staff/taxes/",
    "/ja/staff/taxes/bills/{bill}/",
    "/ja/staff/taxes/collection.csv",
    "/ja/staff/taxes/rates/",
]


@pytest.mark.parametrize(
    ("role", "own_department", "expected"),
    [
        # bills list, bill page, collection data, rates
        (StaffRole.COUNTER_CLERK, True, [200, 200, 403, 403]),
        (StaffRole.DEPARTMENT_OFFICER, True, [200, 200, 403, 403]),
        (StaffRole.DEPARTMENT_MANAGER, True, [200, 200, 200, 200]),
        (StaffRole.DEPARTMENT_MANAGER, False, [200, 404, 200, 200]),
        (StaffRole.COUNTER_CLERK, False, [200, 404, 403, 403]),
        (StaffRole.ADMINISTRATOR, True, [403, 403, 200, 200]),
        (StaffRole.POLICY_ANALYST, True, [403, 403, 403, 403]),
    ],
)
def test_who_may_open_which_staff_page(
    overdue_bill: TaxBill,
    staff_client: Callable[..., Any],
    make_department: Callable[..., Department],
    zeimu: Department,
    role: str,
    own_department: bool,
    expected: list[int],
) -> None:
    client = staff_client(role, zeimu if own_department else make_department())
    got = [client.get(url.format(bill=overdue_bill.public_id)).status_code for url in STAFF_URLS]
    assert got == expected


def test_residents_and_visitors_get_no_staff_page(
    overdue_bill: TaxBill, make_resident: Callable[..., Any], client: Client
) -> None:
    assert client.get("/ja/staff/taxes/").status_code == 302  # to the login page
    client.force_login(make_resident())
    assert client.get("/ja/staff/taxes/").status_code in {302, 403}


def test_staff_see_the_bill_in_full_and_the_read_is_audited(
    overdue_bill: TaxBill, staff_client: Callable[..., Any], zeimu: Department
) -> None:
    client = staff_client(StaffRole.COUNTER_CLERK, zeimu)
    listing = client.get("/ja/staff/taxes/?overdue=on").content.decode()
    assert "2026-0102-0001-1102" in listing and "2,400円" in listing
    page = client.get(f"/ja/staff/taxes/bills/{overdue_bill.public_id}/").content.decode()
    assert "港 太郎" in page
    assert (
        AuditRecord.objects.filter(action="tax.bill_viewed", actor_id=client.user.pk).count() == 1
    )


def test_a_clerk_records_a_counter_payment_on_the_bill_page(
    overdue_bill: TaxBill, staff_client: Callable[..., Any], zeimu: Department
) -> None:
    client = staff_client(StaffRole.COUNTER_CLERK, zeimu)
    url = f"/ja/staff/taxes/bills/{overdue_bill.public_id}/counter/"
    response = client.post(
        url, {"c-method": "qr_code", "c-transaction_id": "PP-9", "c-counter": "税務課"}
    )
    assert response.status_code == 302
    overdue_bill.refresh_from_db()
    assert overdue_bill.state == BillState.PAID
    payment = Payment.objects.get()
    assert (payment.state, payment.amount_yen, payment.method) == (
        PaymentState.SUCCEEDED,
        154_400,
        "qr_code",
    )
    # a second press records nothing more
    client.post(url, {"c-method": "qr_code", "c-transaction_id": "PP-10", "c-counter": "税務課"})
    assert Payment.objects.count() == 1


def test_an_officer_imports_a_file_on_the_bills_page(
    staff_client: Callable[..., Any], zeimu: Department
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = staff_client(StaffRole.DEPARTMENT_OFFICER, zeimu)
    bad = SimpleUploadedFile("bills.csv", bills_csv(row(due_date="tomorrow")), "text/csv")
    response = client.post("/ja/staff/taxes/", {"file": bad})
    assert response.status_code == 400 and "line 2: due_date" in response.content.decode()
    assert TaxBill.objects.count() == 0
    good = SimpleUploadedFile("bills.csv", bills_csv(row(), encoding="cp932"), "text/csv")
    response = client.post("/ja/staff/taxes/", {"file": good})
    assert response.status_code == 302 and TaxBill.objects.count() == 1


def test_a_clerk_cannot_import(staff_client: Callable[..., Any], zeimu: Department) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = staff_client(StaffRole.COUNTER_CLERK, zeimu)
    upload = SimpleUploadedFile("bills.csv", bills_csv(row()), "text/csv")
    assert client.post("/ja/staff/taxes/", {"file": upload}).status_code == 404
    assert TaxBill.objects.count() == 0


def test_collection_data_downloads_in_shift_jis(
    overdue_bill: TaxBill, staff_client: Callable[..., Any], zeimu: Department
) -> None:
    from madoguchi.taxes.services import tax_counter_payment_record

    client = staff_client(StaffRole.DEPARTMENT_MANAGER, zeimu)
    tax_counter_payment_record(
        bill=overdue_bill,
        method="cash",
        terminal_transaction_id="",
        counter="税務課",
        actor=client.user,
    )
    response = client.get("/ja/staff/taxes/collection.csv?day=2026-11-24&encoding=sjis")
    text = response.content.decode("cp932")
    assert text.splitlines()[0].startswith("kind,fiscal_year,installment")
    assert "2026010200011102,2026-11-24,152000,2400,0,cash,税務課" in text


def test_a_manager_records_next_years_rates_on_the_page(
    staff_client: Callable[..., Any], zeimu: Department
) -> None:
    client = staff_client(StaffRole.DEPARTMENT_MANAGER, zeimu)
    response = client.post(
        "/ja/staff/taxes/rates/",
        {"year": "2027", "first_month": "2.9", "later": "9.2", "source": "財務省告示"},
    )
    assert response.status_code == 302
    assert LateFeeRate.objects.get(year=2027).first_month == 290
    too_high = client.post(
        "/ja/staff/taxes/rates/", {"year": "2028", "first_month": "8", "later": "9"}
    )
    assert too_high.status_code == 400 and not LateFeeRate.objects.filter(year=2028).exists()
    page = client.get("/ja/staff/taxes/rates/").content.decode()
    assert "<td>2027</td><td>2.9 %</td><td>9.2 %</td>" in page


def test_the_demo_loads_bills_and_prints_their_numbers() -> None:
    from madoguchi.core.demo import demo_load_all

    logins = demo_load_all()
    demo_load_all()  # a second run changes nothing
    bills = TaxBill.objects.filter(taxpayer__email="resident@demo.madoguchi.jp")
    assert bills.count() == 7
    assert bills.filter(state=BillState.PAID).count() == 1
    printed = next(login for login in logins if login.role == "Tax bill (no login)")
    number = printed.email.removeprefix("納付番号 ")
    assert bills.filter(payment_number=number, installment=2).exists()
    # the first instalment was paid at the tax counter by QR code, as the demo says
    first = bills.get(kind="juminzei", installment=1)
    assert first.payments.get().method == "qr_code"


def test_an_officer_refunds_on_the_bill_page_and_the_bill_reopens(
    overdue_bill: TaxBill, staff_client: Callable[..., Any], zeimu: Department
) -> None:
    from madoguchi.taxes.services import tax_counter_payment_record

    client = staff_client(StaffRole.DEPARTMENT_OFFICER, zeimu)
    payment = tax_counter_payment_record(
        bill=overdue_bill,
        method="cash",
        terminal_transaction_id="",
        counter="税務課",
        actor=client.user,
    )
    url = f"/ja/staff/taxes/bills/{overdue_bill.public_id}/payments/{payment.pk}/refund/"
    # a refund without a reason is refused and changes nothing
    client.post(url, {"r-amount_yen": "154400", "r-reason": ""})
    payment.refresh_from_db()
    assert payment.refunded_yen == 0
    # with the reason, the whole payment is refunded and the tax is owed again
    response = client.post(url, {"r-amount_yen": "154400", "r-reason": "賦課の取消"})
    assert response.status_code == 302
    payment.refresh_from_db()
    overdue_bill.refresh_from_db()
    assert payment.state == PaymentState.REFUNDED and overdue_bill.state == BillState.OPEN
    page = client.get(f"/ja/staff/taxes/bills/{overdue_bill.public_id}/").content.decode()
    assert "返金" in page
