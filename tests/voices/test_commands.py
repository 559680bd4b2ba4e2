"""``madoguchi voices`` and ``madoguchi open311``: what operators run from the console."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from madoguchi.audit.models import AuditRecord
from madoguchi.audit.services import audit_record
from madoguchi.voices import classifier, services
from madoguchi.voices.management.commands.voices import confirmed_examples
from madoguchi.voices.models import Category, Open311Key, Status, Voice
from tests.voices.test_mailbox import (
    auto_reply,
    iso2022jp_with_photo,
    make_maildir,
    plain_mail,
    shift_jis_mail,
    without_body,
)


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


# --- intake --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_intake_prints_the_report_and_fails_on_errors(tmp_path: Path) -> None:
    # given a Maildir with two voices, an auto-reply and an empty message
    box = make_maildir(
        tmp_path / "box",
        {
            "1": iso2022jp_with_photo(),
            "2": shift_jis_mail(),
            "3": auto_reply(),
            "4": without_body(),
        },
    )
    out = io.StringIO()

    # when it is read from the console
    with pytest.raises(CommandError) as failure:
        call_command("voices", "intake", "--maildir", str(box), stdout=out)

    # then the counts and the broken message's key are printed, and the exit status is 1
    text = out.getvalue()
    assert "Read 4 message(s): 2 created, 0 duplicate(s), 1 skipped" in text
    assert "1 error(s)." in text
    assert re.search(r"^Error \S+: the message has no text$", text, re.MULTILINE)
    assert failure.value.returncode == 1
    assert Voice.objects.filter(channel="email").count() == 2
    for reference in Voice.objects.values_list("reference", flat=True):
        assert reference in text
    # and nothing personal is printed
    for personal in ["hanako@example.jp", "港 花子", "麻布", "街灯", "ごみ"]:
        assert personal not in text


@pytest.mark.django_db
def test_intake_from_an_mbox_without_errors_succeeds(tmp_path: Path) -> None:
    import mailbox

    path = tmp_path / "voices.mbox"
    box = mailbox.mbox(path, create=True)
    box.add(plain_mail(text="児童館の開館日を増やしてください。", message_id="<c1@example.jp>"))
    box.flush()
    box.close()

    first = run("voices", "intake", "--mbox", str(path))
    second = run("voices", "intake", "--mbox", str(path))

    assert "1 created, 0 duplicate(s)" in first
    assert "0 created, 1 duplicate(s)" in second
    assert Voice.objects.count() == 1


@pytest.mark.django_db
def test_intake_from_imap_wants_the_password_in_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MADOGUCHI_IMAP_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="MADOGUCHI_IMAP_PASSWORD"):
        run("voices", "intake", "--imap-host", "imap.invalid", "--imap-user", "koe")


def test_intake_of_a_missing_maildir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="not a Maildir"):
        run("voices", "intake", "--maildir", str(tmp_path / "nowhere"))


# --- classify ------------------------------------------------------------------------------------

LINE = re.compile(r"^(\d+),([a-z_]+),(\d\.\d{3})$")


def test_classify_prints_one_csv_row_per_line(tmp_path: Path) -> None:
    # given a UTF-8 file of voices with a blank line
    path = tmp_path / "voices.txt"
    path.write_text(
        "粗大ごみの収集日を教えてください。\n"
        "\n"
        "保育園の入園申し込みについて相談したい。\n"
        "The street light in front of the park is broken.\n",
        encoding="utf-8",
    )

    # when it is classified
    out = run("voices", "classify", "--input", str(path))

    # then a header, then line number, category and a three-decimal confidence per text
    lines = out.splitlines()
    assert lines[0] == "line,category,confidence"
    rows = [LINE.match(line) for line in lines[1:]]
    assert all(rows), lines
    numbers = [int(row.group(1)) for row in rows if row]
    assert numbers == [1, 3, 4]
    categories = [row.group(2) for row in rows if row]
    assert set(categories) <= set(classifier.CATEGORIES)
    assert categories[0] == "waste"
    assert categories[1] == "childcare"
    assert all(0 <= float(row.group(3)) <= 1 for row in rows if row)
    assert "粗大ごみ" not in out


def test_classify_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("粗大ごみの収集日を教えてください。\n"))

    out = run("voices", "classify", "--input", "-")

    assert out.splitlines()[0] == "line,category,confidence"
    assert re.fullmatch(r"1,waste,\d\.\d{3}", out.splitlines()[1])


def test_classify_refuses_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "sjis.txt"
    path.write_bytes("粗大ごみの収集日".encode("cp932"))
    with pytest.raises(CommandError, match="UTF-8"):
        run("voices", "classify", "--input", str(path))


# --- open311 keys --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_open311_key_create_list_and_revoke() -> None:
    # when a key is created
    out = run("open311", "key", "create", "--name", "minato-app")

    # then it is the last line, and it works
    key = out.strip().splitlines()[-1]
    found = services.open311_key_find(key)
    assert found is not None and found.name == "minato-app"
    listing = run("open311", "key", "list")
    assert f"{key[:8]}…  minato-app  created " in listing
    assert listing.rstrip().endswith("active")
    assert key not in listing

    # when it is revoked by its prefix
    revoked = run("open311", "key", "revoke", "--prefix", key[:8])

    # then it no longer works, the list says so and the audit chain records it
    assert "Revoked 1 key(s)." in revoked
    assert services.open311_key_find(key) is None
    assert "revoked" in run("open311", "key", "list")
    record = AuditRecord.objects.get(action="voices.open311_key_revoked")
    assert record.object_type == "voices.open311key"
    assert record.object_id == str(found.pk)
    assert record.data == {"name": "minato-app", "prefix": key[:8]}


@pytest.mark.django_db
def test_open311_revoke_refuses_an_unknown_or_ambiguous_prefix() -> None:
    Open311Key.objects.create(name="a", key_hash="1" * 64, prefix="o311_abc")
    Open311Key.objects.create(name="b", key_hash="2" * 64, prefix="o311_abc")

    with pytest.raises(CommandError, match="No active key"):
        run("open311", "key", "revoke", "--prefix", "o311_zzz")
    with pytest.raises(CommandError, match="2 active keys"):
        run("open311", "key", "revoke", "--prefix", "o311_abc")

    assert "Revoked 1 key(s)." in run(
        "open311", "key", "revoke", "--prefix", "o311_abc", "--name", "b"
    )
    assert Open311Key.objects.get(name="a").revoked_at is None
    assert Open311Key.objects.get(name="b").revoked_at is not None


# --- retrain -------------------------------------------------------------------------------------


@pytest.fixture
def model_dir(settings: Any, tmp_path: Path) -> Iterator[Path]:
    """The model is saved to and loaded from this test's folder; the process-wide model is
    forgotten afterwards so no other test sees the one trained here."""
    settings.DATA_DIR = tmp_path / "data"
    classifier.model_default.cache_clear()
    yield settings.DATA_DIR
    classifier.model_default.cache_clear()


def email_voice(text: str, *, message_id: str, name: str = "") -> Voice:
    voice, _ = services.voice_submit(
        channel="email",
        body=text,
        contact_email="someone@example.jp",
        contact_name=name,
        message_id=message_id,
    )
    return voice


@pytest.mark.django_db
def test_confirmed_voices_are_those_staff_categorised_or_answered(model_dir: Path) -> None:
    childcare = Category.objects.get(code="childcare")
    waste = Category.objects.get(code="waste")
    # a voice closed under its category
    closed = email_voice("芝浦の公園で山田花子さんが子どもの遊び場について", message_id="m1")
    Voice.objects.filter(pk=closed.pk).update(category=childcare, status=Status.CLOSED)
    # a voice staff categorised (voices.categorized in the audit chain)
    categorised = email_voice("粗大ごみの申し込み方法がわかりにくい", message_id="m2")
    Voice.objects.filter(pk=categorised.pk).update(category=waste, status=Status.TRIAGED)
    audit_record(action="voices.categorized", target=categorised, actor=None, data={})
    # a voice only the model or the resident sorted, still open
    unconfirmed = email_voice("ごみ出しのルールについて", message_id="m3")
    Voice.objects.filter(pk=unconfirmed.pk).update(category=waste, status=Status.RECEIVED)
    # a merged duplicate, even if closed
    merged = email_voice("粗大ごみの申し込み", message_id="m4")
    Voice.objects.filter(pk=merged.pk).update(
        category=waste, status=Status.CLOSED, duplicate_of=categorised
    )

    examples = confirmed_examples()

    assert [category for _, category in examples] == ["childcare", "waste"]
    assert "山田花子" not in examples[0][0]
    assert examples[1][0] == "粗大ごみの申し込み方法がわかりにくい"


@pytest.mark.django_db
def test_retrain_saves_the_model_the_web_intake_loads(
    model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a voice staff answered under a category
    voice = email_voice("区民プールの更衣室が寒いです", message_id="pool-1")
    Voice.objects.filter(pk=voice.pk).update(
        category=Category.objects.get(code="community"), status=Status.ANSWERED
    )

    # when the model is retrained with confirmed voices
    out = run("voices", "retrain", "--include-confirmed")

    # then the evaluation is printed and the model saved where model_default() reads it
    assert re.search(r"Training on \d+ corpus example\(s\) and 1 confirmed voice\(s\)\.", out)
    assert re.search(r"accuracy 0\.\d{3}, macro-F1 0\.\d{3}", out)
    path = model_dir / classifier.MODEL_FILENAME
    assert path.is_file()
    assert str(path) in out
    saved = path.read_bytes()

    # and model_default() loads that file rather than training again
    def no_training(**kwargs: Any) -> Any:
        raise AssertionError("model_default() trained a new model instead of loading")

    monkeypatch.setattr(classifier, "model_train", no_training)
    model = classifier.model_default()
    assert model.suggest("粗大ごみを出したい").category == "waste"
    assert path.read_bytes() == saved
    assert model.corpus_sha256 == classifier.Classifier.load(path).corpus_sha256 != ""


# --- purge ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_purge_deletes_expired_voices_and_their_files() -> None:
    old, _ = services.voice_submit(
        channel="email",
        body="古い意見です。",
        contact_email="old@example.jp",
        message_id="old-1",
        original_message=b"Subject: old\n\nold",
    )
    recent = email_voice("新しい意見です。", message_id="new-1")
    Voice.objects.filter(pk=old.pk).update(retain_until=timezone.localdate() - timedelta(days=1))
    assert default_storage.exists(old.original_message)

    out = run("voices", "purge")

    assert out.strip() == "Purged 1 voice(s) past their retention date."
    assert list(Voice.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not default_storage.exists(old.original_message)
