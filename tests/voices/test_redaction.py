"""Personal data in residents' voices: what is found, how it is redacted, and what is left alone.

No database: detection is pure text processing on top of sudachidict_core. The tables say what
a published voice should look like; the false-positive rows matter as much as the others,
because places, dates and prices are what the city needs to read.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from madoguchi.voices.redaction import (
    FALLBACK_LABEL,
    LABELS,
    Finding,
    findings_detect,
    redact,
    text_redact,
)

# (resident's text, text proposed for publication)
REDACTIONS = [
    # phones: Japanese formats, full-width, international, Korean, Chinese, North American
    ("電話は03-1234-5678です", "電話は〔電話番号〕です"),
    ("03(1234)5678に折り返してください", "〔電話番号〕に折り返してください"),
    ("(03)1234-5678", "〔電話番号〕"),
    ("携帯090-1234-5678まで", "携帯〔電話番号〕まで"),
    ("フリーダイヤル0120-123-456", "フリーダイヤル〔電話番号〕"),
    ("０３－１２３４－５６７８にお願いします", "〔電話番号〕にお願いします"),
    ("連絡先 090ー1234ー5678", "連絡先 〔電話番号〕"),
    ("+81 3 1234 5678", "〔電話番号〕"),
    ("+81-90-1234-5678 (mobile)", "〔電話番号〕 (mobile)"),
    ("09012345678に連絡ください", "〔電話番号〕に連絡ください"),
    ("電話 5555-1234", "電話 〔電話番号〕"),
    ("TEL:03-5555-1234 FAX:03-5555-1235", "TEL:〔電話番号〕 FAX:〔電話番号〕"),
    ("Call me at (555) 123-4567.", "Call me at 〔電話番号〕."),
    ("我叫王伟，电话13800138000。", "我叫〔氏名〕，电话〔電話番号〕。"),
    ("제 이름은 김민수입니다. 010-1234-5678", "제 이름은 〔氏名〕입니다. 〔電話番号〕"),
    ("+82 10-1234-5678로 연락 주세요", "〔電話番号〕로 연락 주세요"),
    # emails
    ("taro.yamada@example.co.jp に送って", "〔メールアドレス〕 に送って"),
    ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "〔メールアドレス〕"),
    ("Email me: john.smith@example.org.", "Email me: 〔メールアドレス〕."),
    ("邮箱：wang.wei@example.cn", "邮箱：〔メールアドレス〕"),
    # postal codes, addresses
    ("〒105-8511 東京都港区芝公園1-5-25", "〔郵便番号〕 〔住所〕"),
    ("105-8511 東京都港区芝公園1-5-25", "〔郵便番号〕 〔住所〕"),
    ("郵便番号は105-8511です", "郵便番号は〔郵便番号〕です"),
    ("〒１０５８５１１", "〔郵便番号〕"),
    ("港区芝公園1-5-25の者です", "〔住所〕の者です"),
    ("東京都港区六本木六丁目10番1号", "〔住所〕"),
    ("六本木六丁目十番一号", "〔住所〕"),
    ("芝5丁目3-2 ○○マンション302号室です", "〔住所〕です"),
    ("赤坂4-18-13に住んでいます", "〔住所〕に住んでいます"),
    ("赤坂４－１８－１３", "〔住所〕"),
    ("港区芝3丁目10番地の3", "〔住所〕"),
    ("302号室の騒音がひどい", "〔住所〕の騒音がひどい"),
    ("I live at 1-5-25 Shibakoen, Minato-ku.", "I live at 〔住所〕."),
    # My Number, bank accounts
    ("マイナンバーは1234 5678 9012です", "マイナンバーは〔個人番号〕です"),
    ("個人番号123456789012", "個人番号〔個人番号〕"),
    ("１２３４－５６７８－９０１２", "〔個人番号〕"),
    ("みずほ銀行 港支店 普通 1234567", "みずほ銀行 港支店 普通 〔口座番号〕"),
    ("口座番号：7654321に振り込んで", "口座番号：〔口座番号〕に振り込んで"),
    # names: Sudachi 人名 with honorifics, titles and self-introductions
    ("山田様からお電話がありました", "〔氏名〕様からお電話がありました"),
    ("佐藤さんに伝えてください", "〔氏名〕さんに伝えてください"),
    ("田中太郎です。", "〔氏名〕です。"),
    ("山田　太郎様", "〔氏名〕様"),
    ("私、鈴木と申します。", "私、〔氏名〕と申します。"),
    ("名前は高橋花子です", "名前は〔氏名〕です"),
    ("私の名前はすずきです", "私の名前は〔氏名〕です"),
    ("お名前は山田太郎様", "お名前は〔氏名〕様"),
    ("氏名：佐藤花子", "氏名：〔氏名〕"),
    ("担当の中村さんは親切でした", "担当の〔氏名〕さんは親切でした"),
    ("田中部長に相談した", "〔氏名〕部長に相談した"),
    ("鈴木が対応しました", "〔氏名〕が対応しました"),
    ("グエン・ヴァン・アンさん", "〔氏名〕さん"),
    ("マリアさんという外国人の方が困っていました", "〔氏名〕さんという外国人の方が困っていました"),
    ("ジョン・スミスです", "〔氏名〕です"),
    ("My name is John Smith.", "My name is 〔氏名〕."),
    ("Mr. Brown called me.", "Mr. 〔氏名〕 called me."),
    # a place name that is also a surname is a name when addressed as a person
    ("青山さんが来た", "〔氏名〕さんが来た"),
    ("三田さんが対応してくれました", "〔氏名〕さんが対応してくれました"),
    # ages that describe a person
    ("75歳の母が転んだ", "〔年齢〕の母が転んだ"),
    ("私は82歳です", "私は〔年齢〕です"),
    ("8歳の息子がいます", "〔年齢〕の息子がいます"),
    ("八十二歳の父", "〔年齢〕の父"),
    ("生後3か月の娘", "〔年齢〕の娘"),
    ("my 82-year-old mother", "my 〔年齢〕 mother"),
    # several kinds in one message
    (
        "港区芝5丁目3-2の山田花子（75歳）です。電話03-1234-5678、hanako@example.jp",
        "〔住所〕の〔氏名〕（〔年齢〕）です。電話〔電話番号〕、〔メールアドレス〕",
    ),
]

# Texts with nothing personal in them: dates, prices, years, places, facilities, rules.
UNCHANGED = [
    "2026-11-24に開催されます",
    "2026年11月24日10時から",
    "2026/11/24",
    "10:00-12:00まで受付",
    "1,000円でした",
    "令和7年度予算は1,234億円",
    "受付番号は12345です",
    "1-2月は寒い",
    "10-20人程度",
    "2-1で勝った",
    "築50年の建物",
    "30年前から住んでいる",
    "100円ショップ",
    "65歳以上の方は無料です",
    "3歳児健診を受けた",
    "0〜2歳のお子さん",
    "二十歳のつどいに参加",
    "芝公園で散歩しました",
    "六本木ヒルズの前の歩道",
    "麻布十番駅の近くが暗い",
    "青山一丁目の駅",
    "青山通りの歩道",
    "青山一丁目 六本木方面",
    "芝5丁目の交差点",
    "六本木六丁目の再開発",
    "三田駅の近くに住んでいます",
    "田町の再開発",
    "汐留のビル",
    "港区立青山中学校",
    "森ビルの方が来た",
    "有栖川宮記念公園で遊んだ",
    "高橋クリニックに行った",
    "ローソンの前の歩道が狭い",
    "ジョナサンで食事をした",
    "The park will open in May. Grace period. Hope you can help.",
    "港区役所3階の窓口",
    "3番出口",
    "国道15号",
    "ヘルパーさんが来ない",
    "お客さんが多い",
    "職員さんの態度",
    "普通の生活です",
    "当座預金の残高",
    "施設の名前は芝公園です",
    "I am Japanese.",
    "ISBN 978-4-12-345678-9",
]


@pytest.mark.parametrize(("text", "expected"), REDACTIONS)
def test_redact_replaces_personal_data_with_labels(text: str, expected: str) -> None:
    # given a resident's text with personal data
    # when it is redacted
    redacted, findings = redact(text)
    # then each piece of personal data is replaced by its label, and the rest is kept
    assert redacted == expected
    assert findings


@pytest.mark.parametrize("text", UNCHANGED)
def test_redact_leaves_places_dates_prices_and_rules_alone(text: str) -> None:
    # given a text about places, dates, prices or eligibility rules
    # when it is redacted
    redacted, findings = redact(text)
    # then nothing is found and the text is unchanged
    assert findings == []
    assert redacted == text


@pytest.mark.parametrize(("text", "expected"), REDACTIONS)
def test_redacted_text_has_nothing_left_to_find(text: str, expected: str) -> None:
    # given the redacted proposal of a text (publication refuses text with findings)
    redacted, _ = redact(text)
    # when it is checked again
    remaining = findings_detect(redacted)
    # then the labels and the words around them are not taken for personal data
    assert remaining == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("電話は03-1234-5678です", "phone", "03-1234-5678"),
        ("mail: a.b@example.com", "email", "a.b@example.com"),
        ("赤坂4-18-13に住む", "address", "赤坂4-18-13"),
        ("75歳の母", "age", "75歳"),
        ("〒105-8511", "postal_code", "〒105-8511"),
        ("123456789012", "my_number", "123456789012"),
        ("普通 1234567", "account_number", "1234567"),
        ("佐藤さん", "person_name", "佐藤"),
    ],
)
def test_findings_have_kind_and_position(text: str, kind: str, found: str) -> None:
    # given a text with one piece of personal data
    # when it is examined
    findings = findings_detect(text)
    # then there is one finding of the right kind whose offsets point at the data
    assert findings == [
        Finding(kind=kind, start=text.index(found), end=text.index(found) + len(found), text=found)
    ]


def test_every_kind_has_a_japanese_label() -> None:
    # given the kinds the detector reports
    kinds = {
        "person_name",
        "phone",
        "email",
        "address",
        "age",
        "postal_code",
        "my_number",
        "account_number",
    }
    # when their labels are looked up
    labels = {kind: LABELS[kind] for kind in kinds}
    # then each is a distinct bracketed label
    assert len(set(labels.values())) == len(kinds)
    assert all(label.startswith("〔") and label.endswith("〕") for label in labels.values())


def test_full_width_findings_keep_the_original_characters() -> None:
    # given a phone number typed with full-width digits and dashes inside a sentence
    text = "お電話は０９０－１２３４－５６７８へ"
    # when it is examined
    (finding,) = findings_detect(text)
    # then the finding's text and offsets are those of the original, not the folded, text
    assert finding.text == "０９０－１２３４－５６７８"
    assert text[finding.start : finding.end] == finding.text


def test_findings_are_sorted_and_do_not_overlap() -> None:
    # given a message with several kinds of personal data
    text = (
        "私、鈴木と申します。〒105-8511 東京都港区芝公園1-5-25に住む82歳です。"
        "電話０３－１２３４－５６７８、suzuki@example.jp、普通 1234567"
    )
    # when it is examined
    findings = findings_detect(text)
    # then the findings come in order, never overlap and each matches the text
    assert [f.kind for f in findings] == [
        "person_name",
        "postal_code",
        "address",
        "age",
        "phone",
        "email",
        "account_number",
    ]
    assert all(a.end <= b.start for a, b in pairwise(findings))
    assert all(text[f.start : f.end] == f.text for f in findings)


def test_known_names_are_always_found_whole_and_in_parts() -> None:
    # given the submitter's name, which Sudachi would not recognise as one
    known = ["縞野 楓"]
    text = "縞野楓です。縞野の家の前に、縞野 楓宛ての荷物が置かれていました。"
    # when the text is redacted with the known name
    redacted, findings = redact(text, known_names=known)
    # then the whole name (with or without a space) and its surname alone are redacted
    assert redacted == "〔氏名〕です。〔氏名〕の家の前に、〔氏名〕宛ての荷物が置かれていました。"
    assert {f.kind for f in findings} == {"person_name"}


def test_known_one_character_name_part_is_only_found_as_a_name() -> None:
    # given a known name whose given name is one character
    known = ["林 一"]
    # when a text uses that character as an ordinary word and as a name
    redacted, _ = redact("一番の問題は一さんの件です", known_names=known)
    # then only the name addressed with an honorific is redacted
    assert redacted == "一番の問題は〔氏名〕さんの件です"


def test_known_latin_name_is_found_case_insensitively_as_a_word() -> None:
    # given a known Latin name
    known = ["Jane Doe"]
    # when the text writes it in another case, and contains a word that includes it
    redacted, _ = redact("JANE DOE asked; Janet did not. Doe again.", known_names=known)
    # then the name and its parts are redacted, but not the longer word
    assert redacted == "〔氏名〕 asked; Janet did not. 〔氏名〕 again."


def test_overlapping_detections_are_merged_into_the_longer_one() -> None:
    # given an email address whose local part is also a known name
    text = "連絡はtanaka@example.comまで"
    # when it is examined with that name known
    findings = findings_detect(text, known_names=["tanaka"])
    # then one finding covers both, as an email address
    assert findings == [Finding(kind="email", start=3, end=21, text="tanaka@example.com")]


def test_empty_and_blank_known_names_are_ignored() -> None:
    # given known names that are empty or blank
    # when a text is examined with them
    findings = findings_detect("こんにちは", known_names=["", "  ", "・"])
    # then nothing is found
    assert findings == []


def test_text_redact_merges_overlapping_findings_and_labels_unknown_kinds() -> None:
    # given findings passed in by hand: two overlapping, one of a kind without a label
    text = "abcdefghij"
    findings = [
        Finding(kind="phone", start=0, end=4, text="abcd"),
        Finding(kind="email", start=2, end=6, text="cdef"),
        Finding(kind="licence_plate", start=8, end=10, text="ij"),
    ]
    # when the text is redacted
    redacted = text_redact(text, findings)
    # then the overlapping pair is one label and the unknown kind gets the fallback label
    assert redacted == "〔電話番号〕gh" + FALLBACK_LABEL


@pytest.mark.parametrize(
    "finding",
    [
        Finding(kind="phone", start=0, end=4, text="wxyz"),
        Finding(kind="phone", start=5, end=40, text="x"),
        Finding(kind="phone", start=3, end=3, text=""),
    ],
)
def test_text_redact_refuses_findings_from_another_text(finding: Finding) -> None:
    # given a finding that does not match the text
    # when the text is redacted with it
    # then it is refused instead of redacting the wrong characters
    with pytest.raises(ValueError, match="finding"):
        text_redact("abcdefgh", [finding])


def test_text_longer_than_sudachi_accepts_is_analysed_in_pieces() -> None:
    # given a long text (Sudachi refuses inputs over 49,149 bytes) with a name near the end
    filler = "公園のベンチが壊れています。" * 4000
    text = filler + "山田様より。"
    # when it is examined
    findings = findings_detect(text)
    # then the name is found at its real offset
    assert findings == [
        Finding(kind="person_name", start=len(filler), end=len(filler) + 2, text="山田")
    ]


def test_detection_works_from_several_threads() -> None:
    # given texts examined concurrently (each thread has its own tokenizer)
    texts = [f"佐藤さんの電話は03-1234-{n:04d}です" for n in range(40)]
    # when they are examined in a thread pool
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda text: redact(text)[0], texts))
    # then every one is redacted the same way
    assert results == ["〔氏名〕さんの電話は〔電話番号〕です"] * len(texts)


# --- Properties ------------------------------------------------------------------------------

# Words and phrases with nothing personal in them (no digits, no @, no names), including place
# names that Sudachi knows as surnames.
SAFE_WORDS = [
    "港区",
    "芝公園",
    "六本木ヒルズ",
    "麻布十番駅の近く",
    "青山通り",
    "青山一丁目",
    "三田",
    "田町",
    "汐留",
    "赤坂",
    "公園",
    "ごみの収集",
    "自転車",
    "歩道",
    "区役所",
    "窓口",
    "職員さん",
    "お客さん",
    "ありがとうございます",
    "困っています",
    "暗い",
    "道路",
    "保育園",
    "図書館",
    "東京タワー",
    "よろしくお願いします",
    "park",
    "thank you",
    "street light",
]
SEPARATORS = ["、", "。", " ", "\n", "で", "の", "が", "！"]
safe_text = st.lists(
    st.tuples(
        st.sampled_from(SAFE_WORDS)
        | st.text(alphabet="abcdefghijklmnopqrstuvwxyz 、。！？・「」（）\n", max_size=8),
        st.sampled_from(SEPARATORS),
    ),
    max_size=12,
).map(lambda pairs: "".join(word + separator for word, separator in pairs))

digit = st.sampled_from("0123456789")


def _digits(count: int) -> st.SearchStrategy[str]:
    return st.lists(digit, min_size=count, max_size=count).map("".join)


PHONE_TEMPLATES = [
    "0D-DDDD-DDDD",
    "0DD-DDD-DDDD",
    "0DDD-DD-DDDD",
    "0120-DDD-DDD",
    "090-DDDD-DDDD",
    "080DDDDDDDD",
    "0DDDDDDDDD",
    "0D(DDDD)DDDD",
    "(0D)DDDD-DDDD",
    "0D DDDD DDDD",
    "+81 D DDDD DDDD",
    "+81-90-DDDD-DDDD",
    "010-DDDD-DDDD",
    "+82 10-DDDD-DDDD",
    "+86 13D DDDD DDDD",
]
FULL_WIDTH = str.maketrans("0123456789-()+", "０１２３４５６７８９－（）＋")


@st.composite
def phones(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(PHONE_TEMPLATES))
    number = "".join(draw(digit) if char == "D" else char for char in template)
    return number.translate(FULL_WIDTH) if draw(st.booleans()) else number


label_text = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)
emails = st.builds(
    lambda user, separator, suffix, domain, tld: f"{user}{separator}{suffix}@{domain}.{tld}",
    label_text,
    st.sampled_from(["", ".", "_", "+", "-"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", max_size=6),
    st.lists(label_text, min_size=1, max_size=3).map(".".join),
    st.sampled_from(["jp", "com", "co.jp", "org", "tokyo", "kr", "cn"]),
)

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(before=safe_text, contact=phones() | emails, after=safe_text)
def test_redacted_text_never_contains_a_found_phone_or_email(
    before: str, contact: str, after: str
) -> None:
    # given a phone number or an email address inside ordinary text
    text = before + contact + after
    # when the text is redacted
    redacted, findings = redact(text)
    # then the contact is covered by a phone or email finding, and no such finding's text
    # survives in the redacted text
    position = len(before)
    assert any(
        f.kind in ("phone", "email") and f.start <= position and position + len(contact) <= f.end
        for f in findings
    )
    assert all(f.text not in redacted for f in findings if f.kind in ("phone", "email"))
    assert contact not in redacted


@PROPERTY_SETTINGS
@given(safe_text)
def test_text_without_digits_at_signs_or_names_is_unchanged(text: str) -> None:
    # given text with no digit, no @ and no name
    # when it is redacted
    redacted, findings = redact(text)
    # then nothing is found and the text comes back as it was
    assert findings == []
    assert redacted == text


@PROPERTY_SETTINGS
@given(st.text(max_size=80))
def test_findings_always_point_into_the_text(text: str) -> None:
    # given any text at all
    # when it is examined
    findings = findings_detect(text)
    # then every finding is a non-empty slice of it, in order, without overlaps
    assert all(text[f.start : f.end] == f.text and f.start < f.end for f in findings)
    assert all(a.end <= b.start for a, b in pairwise(findings))


table_pieces = st.sampled_from([text for text, _ in REDACTIONS] + UNCHANGED + SAFE_WORDS)
composed_text = st.lists(st.tuples(table_pieces, st.sampled_from(SEPARATORS)), max_size=6).map(
    lambda pairs: "".join(piece + separator for piece, separator in pairs)
)


@PROPERTY_SETTINGS
@given(composed_text)
def test_a_redacted_proposal_passes_the_check_before_publication(text: str) -> None:
    # given a message made of pieces with and without personal data
    redacted, _ = redact(text)
    # when the redacted proposal is checked again, as approval does
    remaining = findings_detect(redacted)
    # then nothing is left to find
    assert remaining == []
