"""Email intake: Japanese mail in every charset becomes voices, once, with its photos and the
message as received; automatic mail is skipped and broken mail reported, never fatal."""

from __future__ import annotations

import base64
import io
import mailbox
from datetime import timedelta
from email.header import Header
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image

from madoguchi.voices import mailbox as intake
from madoguchi.voices.models import Channel, Photo, Voice


def jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


def date_header(hours_ago: int = 2) -> str:
    return format_datetime(timezone.now() - timedelta(hours=hours_ago))


def b_word(text: str, charset: str) -> str:
    """An RFC 2047 encoded word, written out by hand as Japanese mailers do."""
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}[charset]
    return f"=?{charset.upper()}?B?{base64.b64encode(text.encode(codec)).decode()}?="


def iso2022jp_with_photo() -> bytes:
    message = MIMEMultipart()
    message["From"] = f"{Header('港 花子', 'iso-2022-jp').encode()} <hanako@example.jp>"
    message["To"] = "koe@city.minato.example"
    message["Subject"] = Header("芝公園の街灯が消えています", "iso-2022-jp").encode()
    message["Message-ID"] = "<jis-1@mail.example.jp>"
    message["Date"] = date_header(3)
    text = "芝公園の入口の街灯が三日前から消えています。\n夜は暗くて危ないです。\n"
    message.attach(MIMEText(text, "plain", "iso-2022-jp"))
    photo = MIMEImage(jpeg_bytes(), "jpeg")
    photo.add_header("Content-Disposition", "attachment", filename="IMG_0001.JPG")
    message.attach(photo)
    return message.as_bytes()


def shift_jis_mail() -> bytes:
    # Windows characters (① and ～) that plain Shift_JIS lacks: decoded as CP932.
    body = "①ごみ集積所のカラスよけネットが破れています～。\r\n交換をお願いします。\r\n"
    headers = (
        "From: =?SHIFT_JIS?B?"
        + base64.b64encode("麻布 次郎".encode("cp932")).decode()
        + "?= <jiro@example.jp>\r\n"
        f"Subject: {b_word('ごみ集積所について', 'shift_jis')}\r\n"
        "Message-ID: <sjis-1@mail.example.jp>\r\n"
        f"Date: {date_header(5)}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=Shift_JIS\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return headers.encode("ascii") + body.encode("cp932")


def html_only_mail() -> bytes:
    html = (
        "<html><head><style>p {color: red}</style><script>alert(1)</script></head>"
        "<body><p>歩道の点字ブロックが&nbsp;はがれています。</p>"
        "<div>場所は&lt;赤羽橋&gt;交差点の近くです。<br>よろしくお願いします。</div></body></html>"
    )
    message = MIMEText(html, "html", "utf-8")
    message["From"] = "Ken Sato <ken@example.com>"
    message["Subject"] = "点字ブロック"
    message["Message-ID"] = "<html-1@mail.example.com>"
    message["Date"] = date_header(1)
    return message.as_bytes()


def reply_mail() -> bytes:
    text = (
        "ご回答ありがとうございます。まだ直っていないようです。\n"
        "\n"
        "2026年11月20日(金) 10:00 港区役所 <koe@city.minato.example>:\n"
        "> 区民の声をお寄せいただきありがとうございました。\n"
        "> 担当課で確認します。\n"
        "\n"
        "-- \n"
        "芝浦 三郎\n"
        "電話 03-1234-5678\n"
    )
    message = MIMEText(text, "plain", "utf-8")
    message["From"] = "芝浦 三郎 <saburo@example.jp>"
    message["Subject"] = "Re: 区民の声 受付のお知らせ"
    message["Message-ID"] = "<reply-1@mail.example.jp>"
    message["In-Reply-To"] = "<answer-1@city.minato.example>"
    message["Date"] = date_header(1)
    return message.as_bytes()


def plain_mail(
    *,
    text: str,
    message_id: str | None,
    sender: str = "resident@example.jp",
    subject: str = "ご意見",
    extra: dict[str, str] | None = None,
) -> bytes:
    message = MIMEText(text, "plain", "utf-8")
    message["From"] = sender
    message["Subject"] = subject
    if message_id:
        message["Message-ID"] = message_id
    message["Date"] = date_header(1)
    for name, value in (extra or {}).items():
        message[name] = value
    return message.as_bytes()


def auto_reply() -> bytes:
    return plain_mail(
        text="不在のため、11月30日まで返信できません。",
        message_id="<auto-1@example.jp>",
        subject="自動応答: ご意見",
        extra={"Auto-Submitted": "auto-replied"},
    )


def bounce() -> bytes:
    return plain_mail(
        text="Delivery to the following recipient failed permanently.",
        message_id="<bounce-1@mx.example.jp>",
        sender="Mail Delivery System <MAILER-DAEMON@mx.example.jp>",
        subject="Undelivered Mail Returned to Sender",
    )


def without_body() -> bytes:
    return plain_mail(text="\n\n", message_id="<empty-1@example.jp>", subject="")


def make_maildir(path: Path, messages: dict[str, bytes]) -> Path:
    box = mailbox.Maildir(path, create=True)
    for _name, raw in sorted(messages.items()):
        box.add(raw)
    box.close()
    return path


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    duplicate = plain_mail(
        text="公園の水飲み場が壊れています。", message_id="<twice@example.jp>", subject="水飲み場"
    )
    return make_maildir(
        tmp_path / "inbox",
        {
            "01-jis": iso2022jp_with_photo(),
            "02-sjis": shift_jis_mail(),
            "03-html": html_only_mail(),
            "04-reply": reply_mail(),
            "05-auto": auto_reply(),
            "06-bounce": bounce(),
            "07-empty": without_body(),
            "08-first": duplicate,
            "09-again": duplicate,
        },
    )


def voice_with(message_id: str) -> Voice:
    return Voice.objects.get(message_id=message_id)


@pytest.mark.django_db
def test_a_maildir_becomes_voices_once_each(inbox: Path) -> None:
    # given a Maildir with Japanese mail, automatic mail, an empty message and a copy
    # when it is read
    report = intake.mail_intake(source=intake.MaildirSource(inbox))

    # then every resident's message is one email voice, the rest is counted
    assert report.created == 5
    assert report.duplicates == 1
    assert report.skipped == 2
    assert len(report.errors) == 1
    assert "no text" in report.errors[0][1]
    assert Voice.objects.filter(channel=Channel.EMAIL).count() == 5
    assert sorted(report.references) == sorted(Voice.objects.values_list("reference", flat=True))


@pytest.mark.django_db
def test_iso_2022_jp_mail_with_a_photo(inbox: Path) -> None:
    # given the ISO-2022-JP message with a JPEG attached, when the Maildir is read
    intake.mail_intake(source=intake.MaildirSource(inbox))

    # then its subject and text are decoded, the sender is the contact, the photo is stored
    voice = voice_with("jis-1@mail.example.jp")
    assert voice.body.startswith("件名: 芝公園の街灯が消えています\n\n")
    assert "夜は暗くて危ないです。" in voice.body
    assert voice.contact_email == "hanako@example.jp"
    assert voice.contact_name == "港 花子"
    assert voice.language == "ja"
    assert voice.wants_reply is True
    assert voice.status == "received"
    assert abs(voice.received_at - (timezone.now() - timedelta(hours=3))) < timedelta(minutes=5)
    photo = Photo.objects.get(voice=voice)
    assert photo.content_type == "image/jpeg"
    assert default_storage.exists(photo.storage_name)
    with default_storage.open(photo.storage_name) as stored:
        assert stored.read() == jpeg_bytes()


@pytest.mark.django_db
def test_the_original_message_is_stored_as_received(inbox: Path) -> None:
    # given the Shift_JIS message as it lies in the mailbox (its Date header is the time the
    # fixture wrote it, so the bytes are read back rather than made again)
    received = next(
        path.read_bytes()
        for path in sorted(inbox.rglob("*"))
        if path.is_file() and b"sjis-1@mail.example.jp" in path.read_bytes()
    )
    # when the mailbox is read
    intake.mail_intake(source=intake.MaildirSource(inbox))
    # then the voice keeps that message byte for byte
    voice = voice_with("sjis-1@mail.example.jp")
    assert voice.original_message
    assert default_storage.exists(voice.original_message)
    with default_storage.open(voice.original_message) as stored:
        assert stored.read() == received


@pytest.mark.django_db
def test_shift_jis_with_windows_characters(inbox: Path) -> None:
    intake.mail_intake(source=intake.MaildirSource(inbox))

    voice = voice_with("sjis-1@mail.example.jp")
    assert voice.body == (
        "件名: ごみ集積所について\n\n"
        "①ごみ集積所のカラスよけネットが破れています～。\n交換をお願いします。"
    )
    assert voice.contact_name == "麻布 次郎"
    assert voice.contact_email == "jiro@example.jp"


@pytest.mark.django_db
def test_html_only_mail_is_read_as_text(inbox: Path) -> None:
    intake.mail_intake(source=intake.MaildirSource(inbox))

    body = voice_with("html-1@mail.example.com").body
    assert "歩道の点字ブロックが はがれています。" in body
    assert "場所は<赤羽橋>交差点の近くです。\nよろしくお願いします。" in body
    assert "alert" not in body
    assert "color" not in body
    assert "<p>" not in body


@pytest.mark.django_db
def test_a_reply_keeps_only_the_residents_new_words(inbox: Path) -> None:
    intake.mail_intake(source=intake.MaildirSource(inbox))

    body = voice_with("reply-1@mail.example.jp").body
    assert body == (
        "件名: Re: 区民の声 受付のお知らせ\n\n"
        "ご回答ありがとうございます。まだ直っていないようです。"
    )


@pytest.mark.django_db
def test_automatic_mail_makes_no_voice(inbox: Path) -> None:
    intake.mail_intake(source=intake.MaildirSource(inbox))

    assert not Voice.objects.filter(message_id__in=["auto-1@example.jp", "bounce-1@mx.example.jp"])


@pytest.mark.django_db
def test_reading_the_mailbox_again_makes_no_new_voice(inbox: Path) -> None:
    # given a Maildir read once
    first = intake.mail_intake(source=intake.MaildirSource(inbox))
    before = set(Voice.objects.values_list("pk", flat=True))

    # when it is read again
    second = intake.mail_intake(source=intake.MaildirSource(inbox))

    # then every voice is a duplicate and the broken message is reported again
    assert first.created == 5
    assert second.created == 0
    assert second.duplicates == 6
    assert second.skipped == 2
    assert [key for key, _ in second.errors] == [key for key, _ in first.errors]
    assert set(Voice.objects.values_list("pk", flat=True)) == before


@pytest.mark.django_db
def test_a_message_without_message_id_is_keyed_by_its_hash(tmp_path: Path) -> None:
    raw = plain_mail(text="区役所の駐輪場が満車です。", message_id=None)
    box = make_maildir(tmp_path / "box", {"a": raw})

    first = intake.mail_intake(source=intake.MaildirSource(box))
    second = intake.mail_intake(source=intake.MaildirSource(box))

    import hashlib

    voice = Voice.objects.get()
    assert voice.message_id == "sha256:" + hashlib.sha256(raw).hexdigest()
    assert (first.created, second.created, second.duplicates) == (1, 0, 1)


@pytest.mark.django_db
def test_an_mbox_is_read_too(tmp_path: Path) -> None:
    # given an mbox with an English and a Korean message
    path = tmp_path / "voices.mbox"
    box = mailbox.mbox(path, create=True)
    box.add(
        plain_mail(
            text="The street light in front of Shiba Park has been off for three days.",
            message_id="<en-1@example.com>",
            subject="Street light",
        )
    )
    box.add(
        plain_mail(
            text="시바 공원 앞 가로등이 사흘째 꺼져 있습니다. 확인 부탁드립니다.",
            message_id="<ko-1@example.kr>",
            subject="가로등",
        )
    )
    box.flush()
    box.close()

    # when it is read
    report = intake.mail_intake(source=intake.MboxSource(path))

    # then both are voices, in the language they were written in
    assert (report.created, report.errors) == (2, [])
    assert voice_with("en-1@example.com").language == "en"
    assert voice_with("ko-1@example.kr").language == "ko"
    assert voice_with("en-1@example.com").body.startswith("件名: Street light\n\nThe street")


@pytest.mark.django_db
def test_a_refused_photo_does_not_lose_the_voice(tmp_path: Path) -> None:
    # given a message whose "JPEG" is not an image
    message = MIMEMultipart()
    message["From"] = "resident@example.jp"
    message["Subject"] = "写真つき"
    message["Message-ID"] = "<badphoto@example.jp>"
    message.attach(MIMEText("道路に大きな穴があります。", "plain", "utf-8"))
    message.attach(MIMEImage(b"this is not a picture", "jpeg"))
    box = make_maildir(tmp_path / "box", {"a": message.as_bytes()})

    # when it is read
    report = intake.mail_intake(source=intake.MaildirSource(box))

    # then the voice is saved without the photo and the report says so
    voice = voice_with("badphoto@example.jp")
    assert report.created == 1
    assert not voice.photos.exists()
    assert report.notes and "photos refused" in report.notes[0][1]


@pytest.mark.django_db
def test_broken_messages_are_reported_and_the_others_read(tmp_path: Path) -> None:
    # given garbage, an over-long text and a good message
    box = make_maildir(
        tmp_path / "box",
        {
            "a": b"\x00\x01\x02 not a mail at all",
            "b": plain_mail(text="長い意見です。" * 700, message_id="<long@example.jp>"),
            "c": plain_mail(
                text="図書館の開館時間を延ばしてください。", message_id="<ok@example.jp>"
            ),
        },
    )

    report = intake.mail_intake(source=intake.MaildirSource(box))

    assert report.created == 2
    assert len(report.errors) == 1
    assert "no headers" in report.errors[0][1]
    long_voice = voice_with("long@example.jp")
    assert len(long_voice.body) <= 4000
    assert long_voice.body.endswith("全文は受信したメールの原本にあります）")
    assert any("shortened" in note for _, note in report.notes)


class ListSource:
    """An in-memory source, to check which messages the intake marks as done (what the IMAP
    source turns into the \\Seen flag)."""

    def __init__(self, messages: dict[str, bytes]) -> None:
        self.messages = messages
        self.processed: list[str] = []
        self.closed = False

    def keys(self) -> list[str]:
        return list(self.messages)

    def fetch(self, key: str) -> bytes:
        if key == "unreadable":
            raise ConnectionResetError
        return self.messages[key]

    def mark_processed(self, key: str) -> None:
        self.processed.append(key)

    def close(self) -> None:
        self.closed = True


@pytest.mark.django_db
def test_only_messages_dealt_with_are_marked_done() -> None:
    source = ListSource(
        {
            "1": plain_mail(text="ベンチを増やしてください。", message_id="<m1@example.jp>"),
            "2": auto_reply(),
            "3": without_body(),
            "unreadable": b"",
            "5": plain_mail(text="ベンチを増やしてください。", message_id="<m1@example.jp>"),
        }
    )

    report = intake.mail_intake(source=source)

    assert source.processed == ["1", "2", "5"]
    assert [key for key, _ in report.errors] == ["3", "unreadable"]
    assert source.closed


def test_a_missing_maildir_is_an_error_of_the_source(tmp_path: Path) -> None:
    with pytest.raises(intake.MailSourceError):
        intake.mail_intake(source=intake.MaildirSource(tmp_path / "nowhere"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("道路に穴があります。", "ja"),
        ("道路陥没", "ja"),
        ("The bus stop sign is broken, please fix it.", "en"),
        ("我家附近的路灯坏了，请尽快修理。谢谢", "zh-hans"),
        ("집 근처 가로등이 고장났습니다", "ko"),
        ("", "ja"),
    ],
)
def test_language_guess(text: str, language: str) -> None:
    assert intake.language_guess(text) == language


def test_iso_2022_jp_with_nec_characters_is_decoded() -> None:
    # ① is row 13 of JIS X 0208 as Outlook writes it; Python's iso2022_jp refuses it
    data = "番地".encode("iso2022_jp")[:-3] + b"\x1b$B-!\x1b(B"
    assert intake.decode_bytes(data, "iso-2022-jp") == "番地①"


def test_a_future_date_is_not_believed(tmp_path: Path) -> None:
    raw = plain_mail(text="テスト", message_id="<future@example.jp>").replace(
        b"Date: ", b"X-Old-Date: "
    )
    raw = b"Date: " + format_datetime(timezone.now() + timedelta(days=30)).encode() + b"\n" + raw
    parsed = intake.mail_parse(raw)
    assert abs(parsed.received_at - timezone.now()) < timedelta(minutes=1)
