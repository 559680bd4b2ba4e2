"""Personal data in residents' voices (区民の声): find it and propose redactions.

Before a voice and its answer are published, staff anonymise them. This module proposes what to
remove: names, phone numbers, email addresses, home addresses, ages, postal codes, My Number
(個人番号) and bank account numbers, each as a ``Finding`` with its position, and
``text_redact`` replaces each finding with a label such as 〔氏名〕.

What it must never do: claim that a text is safe. Detection is heuristic (patterns and the
Sudachi morphological analyser), so it misses things (a name written in hiragana with no
honorific, an address spelled out in words, a nickname) and it sometimes flags things that are
not personal. An empty list of findings means "nothing recognised", not "nothing personal":
a person reads every proposal and approves the published text. Nothing here publishes, stores
or logs the text or the findings.

What it deliberately leaves alone: place names on their own (芝公園, 六本木ヒルズ, 麻布十番駅の
近く, 青山通り). Residents mention places all the time and the city needs them to act; only the
part of an address that identifies a dwelling (block and house numbers, 番地, 号室) makes it
personal, so an address is only reported when it has one.

How it works: the text is folded one character for one character (full-width digits and
Latin letters to ASCII, dashes to ``-``), so every offset found in the folded text is an offset
in the original. Regular expressions find the structured data (phones, emails, numbers,
addresses, ages); Sudachi's part-of-speech tags (名詞,固有名詞,人名,姓/名) find names, with the
following word (さん, 様, 部長 ...) and a stoplist of place names that Sudachi also knows as
surnames (三田, 田町, 汐留 ...) deciding the ambiguous cases. Overlapping findings are merged.

Costs: importing loads nothing; the Sudachi tokenizer is the platform's one
(``madoguchi.core.japanese.tokenizer``): the dictionary is opened on first use, once per
process, and each thread gets its own tokenizer (tokenizers are not thread-safe).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from madoguchi.core import japanese

__all__ = ["FALLBACK_LABEL", "LABELS", "Finding", "findings_detect", "redact", "text_redact"]

PERSON_NAME = "person_name"
PHONE = "phone"
EMAIL = "email"
ADDRESS = "address"
AGE = "age"
POSTAL_CODE = "postal_code"
MY_NUMBER = "my_number"
ACCOUNT_NUMBER = "account_number"

LABELS: dict[str, str] = {
    PERSON_NAME: "〔氏名〕",
    PHONE: "〔電話番号〕",
    EMAIL: "〔メールアドレス〕",
    ADDRESS: "〔住所〕",
    AGE: "〔年齢〕",
    POSTAL_CODE: "〔郵便番号〕",
    MY_NUMBER: "〔個人番号〕",
    ACCOUNT_NUMBER: "〔口座番号〕",
}
"""The label that replaces each kind of finding in published text."""

FALLBACK_LABEL = "〔個人情報〕"
"""The label for a finding of a kind not in ``LABELS``: text is never left in place."""

# When findings overlap, the merged finding takes the kind of the longest one; among equally
# long ones, the more specific kind (higher here) wins.
_SPECIFICITY = {
    MY_NUMBER: 8,
    EMAIL: 7,
    PHONE: 6,
    ACCOUNT_NUMBER: 5,
    POSTAL_CODE: 4,
    ADDRESS: 3,
    AGE: 2,
    PERSON_NAME: 1,
}


@dataclass(frozen=True)
class Finding:
    """One piece of probable personal data: ``text == original[start:end]``."""

    kind: str
    start: int
    end: int
    text: str


# --- Folding: one character for one character, so offsets carry over ------------------------

_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d")
# The long-vowel mark is written for a hyphen in addresses and phone numbers (1ー5ー25); it is
# only read as one between two digits.
_LONG_VOWEL_MARKS = frozenset("ー\uff70")


def _fold_char(char: str) -> str:
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII: ０-９ Ａ-Ｚ ａ-ｚ ＠ （ ） －
        char = chr(code - 0xFEE0)
    if char == "\u3000":
        return " "
    if char in _DASHES:
        return "-"
    if not char.isascii() and unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))
    return char


def _fold(text: str) -> str:
    """``text`` with the same length, full-width forms and dashes made ASCII."""
    folded = [_fold_char(char) for char in text]
    for index in range(1, len(folded) - 1):
        if (
            folded[index] in _LONG_VOWEL_MARKS
            and folded[index - 1].isdigit()
            and folded[index + 1].isdigit()
        ):
            folded[index] = "-"
    return "".join(folded)


# --- Sudachi, loaded lazily -----------------------------------------------------------------

# Sudachi refuses inputs over 49,149 bytes of UTF-8; long texts are analysed in pieces.
_MAX_CHUNK_CHARS = 3000  # at most 12,000 bytes
_SENTENCE_END = re.compile(r"(?<=[。．！？!?\n])")


@dataclass(frozen=True, slots=True)
class _Token:
    surface: str
    start: int
    end: int
    pos: tuple[str, ...]
    oov: bool

    @property
    def is_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "人名"

    @property
    def is_place(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "地名"

    @property
    def is_space(self) -> bool:
        return self.pos[0] == "空白" or self.surface.isspace()

    @property
    def is_noun(self) -> bool:
        return self.pos[0] == "名詞" and self.pos[1] not in ("数詞", "代名詞")


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering ``text``, cut at sentence ends where possible."""
    offset = 0
    buffer = ""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > _MAX_CHUNK_CHARS:
            if buffer:
                yield offset, buffer
                offset += len(buffer)
                buffer = ""
            yield offset, sentence[:_MAX_CHUNK_CHARS]
            offset += _MAX_CHUNK_CHARS
            sentence = sentence[_MAX_CHUNK_CHARS:]
        if buffer and len(buffer) + len(sentence) > _MAX_CHUNK_CHARS:
            yield offset, buffer
            offset += len(buffer)
            buffer = ""
        buffer += sentence
    if buffer:
        yield offset, buffer


def _tokens(folded: str) -> list[_Token]:
    if not folded.strip():
        return []
    analyser = japanese.tokenizer()
    tokens: list[_Token] = []
    for offset, chunk in _chunks(folded):
        for morpheme in analyser.tokenize(chunk):
            tokens.append(
                _Token(
                    surface=morpheme.surface(),
                    start=offset + morpheme.begin(),
                    end=offset + morpheme.end(),
                    pos=tuple(morpheme.part_of_speech()),
                    oov=morpheme.is_oov(),
                )
            )
    return tokens


# --- Place names ----------------------------------------------------------------------------


def _word_set(words: str) -> frozenset[str]:
    """A set of words written one after another, separated by whitespace."""
    return frozenset(words.split())


# Minato City's towns (町名) and the neighbourhood and station names residents use. They are
# accepted as the start of an address, and are never names on their own: several of them
# (三田, 青山, 田町, 汐留, 芝 ...) are also surnames, and Sudachi tags them as such out of
# context. Followed by an honorific (三田さん) they are names.
_MINATO_PLACES = _word_set(
    """
    愛宕 赤坂 元赤坂 麻布 麻布十番 麻布台 麻布永坂町 麻布狸穴町 東麻布 西麻布 南麻布 元麻布
    青山 北青山 南青山 海岸 港南 芝 芝浦 芝公園 芝大門 白金 白金台 新橋 西新橋 東新橋 台場
    お台場 高輪 虎ノ門 浜松町 三田 六本木 田町 汐留 竹芝 広尾 神谷町 御成門 大門 品川 天王洲
    乃木坂 外苑前 表参道 赤坂見附 溜池山王 白金高輪 高輪台 泉岳寺 飯倉 古川 新堀 北里
    清正 三軒 狸穴 伊皿子 二本榎 聖坂 魚籃坂 仙台坂
    """
)

# Other Tokyo places that Sudachi tags as surnames when they stand alone.
_TOKYO_PLACES_TAGGED_AS_NAMES = _word_set(
    """
    大崎 大塚 駒込 田端 神田 赤羽 板橋 中野 月島 豊洲 亀有 金町 葛西 舞浜 辰巳 市ヶ谷 文京
    豊島 足立 葛飾 音羽 高田 落合 中井 大泉 成増 志村 西台 浮間 戸田 梅島 小菅 堀切 牛田
    関屋 三ノ輪 入谷 蔵前 宝町 若松 河田 森下 大木戸
    """
)

_PLACE_STOPLIST = _MINATO_PLACES | _TOKYO_PLACES_TAGGED_AS_NAMES

_ADMINISTRATIVE_SUFFIXES = tuple("都道府県区市町村郡")


def _is_place_token(token: _Token) -> bool:
    if token.is_place or token.surface in _PLACE_STOPLIST:
        return True
    return (
        token.pos[0] == "名詞"
        and len(token.surface) >= 2
        and token.surface.endswith(_ADMINISTRATIVE_SUFFIXES)
    )


# --- Phones ---------------------------------------------------------------------------------

_PHONE_DOMESTIC = re.compile(
    r"(?<![0-9+\-])(?:"
    # 03-1234-5678, 090-1234-5678, 0120-123-456, 03 1234 5678, 03.1234.5678, 03(1234)5678
    r"0[0-9]{1,4}(?:-|\.| |\()[0-9]{1,4}(?:-|\.| |\))[0-9]{3,4}"
    # (03)1234-5678, (03) 1234 5678
    r"|\(0[0-9]{1,4}\) ?[0-9]{1,4}[- ]?[0-9]{3,4}"
    # 010-12345678 (Chinese landline: area and an eight-digit number)
    r"|0[0-9]{2,3}-[0-9]{7,8}"
    # 0312345678, 09012345678
    r"|0[0-9]{9,10}"
    r")(?![0-9]|-[0-9])"
)
_PHONE_INTERNATIONAL = re.compile(
    r"(?<![0-9+])\+[1-9][0-9]{0,2}(?:[ \-.]?\(?[0-9]{1,5}\)?){2,5}(?![0-9]|-[0-9])"
)
# (555) 123-4567, 555-123-4567, 555.123.4567 (North America).
_PHONE_NORTH_AMERICA = re.compile(
    r"(?<![0-9\-.])(?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[-.])[0-9]{3}[-.][0-9]{4}(?![0-9]|-[0-9])"
)
_PHONE_KEYWORD = (
    r"(?:電話番号|電話|でんわ|携帯|ケータイ|連絡先|TEL|Tel|tel|FAX|Fax|fax|ファックス|ファクス|"
    r"phone|Phone|PHONE|mobile|Mobile|☎|℡|电话|手机|联系电话|전화번호|전화|휴대폰|핸드폰|연락처)"
)
# Numbers that are only phone numbers next to a phone word: 5555-1234 (a Tokyo number without
# its area code) and 13800138000 (a Chinese mobile number).
_PHONE_AFTER_KEYWORD = re.compile(
    _PHONE_KEYWORD + r"[^0-9\n]{0,8}?(?<![0-9\-])"
    r"(?P<number>[0-9]{4}-[0-9]{4}|1[3-9][0-9]{9}|1[3-9][0-9]-[0-9]{4}-[0-9]{4})"
    r"(?![0-9]|-[0-9])"
)


def _digit_count(text: str) -> int:
    return sum(char.isdigit() for char in text)


def _phones(folded: str) -> Iterator[tuple[int, int]]:
    for match in _PHONE_DOMESTIC.finditer(folded):
        digits = _digit_count(match.group())
        if 9 <= digits <= 12 and not (digits == 12 and " " in match.group()):
            yield match.span()
    for match in _PHONE_INTERNATIONAL.finditer(folded):
        number = match.group().rstrip(" -.")
        if 8 <= _digit_count(number) <= 15:
            yield match.start(), match.start() + len(number)
    for match in _PHONE_NORTH_AMERICA.finditer(folded):
        yield match.span()
    for match in _PHONE_AFTER_KEYWORD.finditer(folded):
        yield match.span("number")


# --- Email ----------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+"
    r"(?:@| ?[\[(]at[\])] ?)"
    r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9\-])"
)


def _emails(folded: str) -> Iterator[tuple[int, int]]:
    for match in _EMAIL.finditer(folded):
        start, end = match.span()
        # A sentence that ends right after the address: the dot is not part of it.
        while end > start and folded[end - 1] in ".-":
            end -= 1
        yield start, end


# --- My Number, account numbers, postal codes -----------------------------------------------

# Twelve digits, alone or as 4-4-4 with the same separator. Any such number is reported, check
# digit or not: residents mistype, and a twelve-digit number in a message is an identifier.
_MY_NUMBER = re.compile(r"(?<![0-9\-])[0-9]{4}([ \-]?)[0-9]{4}\1[0-9]{4}(?![0-9]|-[0-9])")

_ACCOUNT = re.compile(
    r"(?:口座番号|口座|普通預金|当座預金|貯蓄預金|普通|当座|貯蓄|"
    r"[Aa]ccount (?:[Nn]umber|[Nn]o\.?)|계좌번호|계좌|账号|帐号|账户)"
    r"[^0-9\n。]{0,12}?(?<![0-9])"
    r"(?P<number>[0-9]{6,8}|[0-9]{5}-[0-9]{6,8})"
    r"(?![0-9,]|-[0-9]|\s?(?:円|万|千|億|年|月|日|人|件|歳|%|％|個|回|名|台|本|枚|m|km|kg))"
)
# ゆうちょ銀行: 記号 (five digits) and 番号 (up to eight digits).
_JAPAN_POST_ACCOUNT = re.compile(
    r"記号[^0-9\n]{0,3}(?P<number>[0-9]{5}[^0-9\n]{0,6}[0-9]{6,8})(?![0-9])"
)

_POSTAL_MARKED = re.compile(r"〒 ?[0-9]{3}-?[0-9]{4}(?![0-9])")
_POSTAL_AFTER_KEYWORD = re.compile(
    r"(?:郵便番号|ゆうびん番号|[Pp]ostal [Cc]ode|[Pp]ostcode|ZIP|[Zz]ip(?: [Cc]ode)?|邮编|우편번호)"
    r"[^0-9\n]{0,6}?(?<![0-9])(?P<number>[0-9]{3}-?[0-9]{4})(?![0-9]|-[0-9])"
)
_POSTAL_BARE = re.compile(r"(?<![0-9\-])[0-9]{3}-[0-9]{4}(?![0-9]|-[0-9])")
_PREFECTURE_START = re.compile(r" {0,2}(?:東京都|北海道|京都府|大阪府|\S{2,3}県)")


def _my_numbers(folded: str) -> Iterator[tuple[int, int]]:
    for match in _MY_NUMBER.finditer(folded):
        yield match.span()


def _account_numbers(folded: str) -> Iterator[tuple[int, int]]:
    for pattern in (_ACCOUNT, _JAPAN_POST_ACCOUNT):
        for match in pattern.finditer(folded):
            yield match.span("number")


def _postal_codes(
    folded: str, tokens_by_start: dict[int, _Token], address_starts: set[int]
) -> Iterator[tuple[int, int]]:
    for match in _POSTAL_MARKED.finditer(folded):
        yield match.span()
    for match in _POSTAL_AFTER_KEYWORD.finditer(folded):
        yield match.span("number")
    for match in _POSTAL_BARE.finditer(folded):
        # 105-8511 alone could be anything; right before an address it is a postal code.
        after = match.end()
        while after < len(folded) and folded[after] == " " and after - match.end() < 2:
            after += 1
        token = tokens_by_start.get(after)
        if (
            after in address_starts
            or (token is not None and _is_place_token(token))
            or _PREFECTURE_START.match(folded, match.end())
        ):
            yield match.span()


# --- Addresses ------------------------------------------------------------------------------

_N = r"(?:[0-9]{1,4}|[〇一二三四五六七八九十百千]{1,5})"
# After 丁目, a number in kanji only counts when 番, 号 or a hyphen follows: 六丁目十番 is an
# address, 青山一丁目 六本木方面 is two places.
_N_AFTER_CHOME = r"(?:[0-9]{1,4}|[〇一二三四五六七八九十百千]{1,5}(?= ?(?:番|号|-)))"
_BUILDING_WORDS = (
    "マンション|ハイツ|コーポ|アパート|レジデンス|タワー|ビル|荘|寮|団地|住宅|ハウス|コート|"
    "ヒルズ|パレス|メゾン|ガーデン|テラス|プラザ|ホームズ|シティ|パーク|フラット|ヴィラ|棟"
)
_BUILDING = (
    r"[ァ-ヺー・A-Za-z\u4e00-\u9fff々○〇●◯□■△×＊*]{0,25}?(?:" + _BUILDING_WORDS + r")"
    r"(?:[A-Za-z0-9]{1,3}棟|[一二三四五六七八九十]号棟)?"
)
_ROOM = rf"{_N} ?号室"
# What follows a block number: a room (302号室), a building with or without a room
# (○○マンション302号室, ○○ハイツ 302), or a fourth number (1-5-25-302).
_DWELLING_TAIL = rf"(?: ?(?:{_ROOM}|{_BUILDING}(?: ?(?:{_ROOM}|[0-9]{{1,4}}(?:号)?(?![0-9\-])))?))?"
# Numbers that identify a plot or a building: 六丁目10番1号, 5丁目3-2, 10番地の3, 10番1号.
_BLOCK_EXPLICIT = re.compile(
    r"(?:"
    rf"{_N} ?丁目 ?{_N_AFTER_CHOME}"
    rf"(?: ?(?:(?:番地の?|番) ?|(?:-|の) ?(?={_N}))(?:{_N}(?: ?(?:号|(?:-|の) ?{_N} ?号?))?)?)?"
    rf"|{_N} ?番地(?:の? ?{_N}(?: ?号)?)?"
    rf"|{_N} ?番 ?{_N} ?号"
    r")" + _DWELLING_TAIL
)
# 1-5-25, 4-18-13, 3-2: only an address right after a place name (港区芝公園1-5-25). Block
# numbers never start with 0; phone numbers do (港区 03-3578-2111).
_BLOCK_HYPHENATED = re.compile(
    r"(?<![0-9\-])[1-9][0-9]{0,3}-[0-9]{1,4}(?:-[0-9]{1,4}){0,2}(?![0-9])" + _DWELLING_TAIL
)
# ○○マンション302号室, or 302号室 alone.
_ROOM_ALONE = re.compile(rf"(?:{_BUILDING} ?)?{_ROOM}")
# 1-5-25 Shibakoen (an address written in English, number first).
_ADDRESS_ENGLISH = re.compile(
    r"(?<![0-9\-])[0-9]{1,4}-[0-9]{1,4}-[0-9]{1,4} ?,? [A-Z][a-z]+(?:[- ][A-Za-z]+)?"
    r"(?:, ?[A-Z][a-z]+(?:-(?:ku|shi|machi|cho))?)?"
)
_DATE_LIKE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")


def _place_start(folded: str, tokens_by_end: dict[int, _Token], position: int) -> int | None:
    """Where the place name that ends at ``position`` begins (港区 芝公園 ...), if there is one."""
    start: int | None = None
    cursor = position
    while True:
        probe = cursor - 1 if cursor > 0 and folded[cursor - 1] == " " else cursor
        token = tokens_by_end.get(probe)
        if token is None or not _is_place_token(token):
            return start
        start = cursor = token.start


def _addresses(folded: str, tokens: Sequence[_Token]) -> list[tuple[int, int]]:
    tokens_by_end = {token.end: token for token in tokens}
    spans: list[tuple[int, int]] = []
    for match in _BLOCK_EXPLICIT.finditer(folded):
        start = _place_start(folded, tokens_by_end, match.start())
        spans.append((match.start() if start is None else start, match.end()))
    for match in _BLOCK_HYPHENATED.finditer(folded):
        start = _place_start(folded, tokens_by_end, match.start())
        if start is None or _DATE_LIKE.match(match.group()):
            continue
        spans.append((start, match.end()))
    for match in _ROOM_ALONE.finditer(folded):
        spans.append(match.span())
    for match in _ADDRESS_ENGLISH.finditer(folded):
        spans.append(match.span())
    return spans


# --- Ages -----------------------------------------------------------------------------------

_AGE = re.compile(
    r"(?<![0-9〇一二三四五六七八九十百])"
    r"(?:生後 ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?(?:か月|ヶ月|ヵ月|カ月|ケ月|箇月|日|週)"
    r"|(?:[0-9]{1,3}|[〇一二三四五六七八九十百]{1,4}) ?(?:歳|才|岁|세|살)"
    r"(?: ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?(?:か月|ヶ月|ヵ月|カ月|ケ月|箇月))?)"
)
# Ages that describe a rule or a programme rather than a person: 65歳以上, 3歳児健診,
# 0〜2歳, 20歳のつどい, いきいき百歳体操.
_AGE_NOT_PERSON_AFTER = re.compile(
    r" ?(?:以上|以下|未満|以降|以後|から|まで|前後|超|〜|～|~|-|・|、[0-9]|児健診|児歯科健診|"
    r"児検診|健診|検診|児クラス|クラス|体操|の(?:つどい|集い)|を迎える方|刻み|出|入|末|時)"
)
_AGE_NOT_PERSON_BEFORE = re.compile(r"(?:〜|～|~|-|から|満|対象|対象は|対象:) ?$")
_AGE_ENGLISH = re.compile(
    r"\b(?:[0-9]{1,3}[- ]years?[- ]old|[0-9]{1,3}[- ]year[- ]old|aged [0-9]{1,3})\b"
)


def _ages(folded: str) -> Iterator[tuple[int, int]]:
    for match in _AGE.finditer(folded):
        if _AGE_NOT_PERSON_AFTER.match(folded, match.end()):
            continue
        if _AGE_NOT_PERSON_BEFORE.search(folded, max(0, match.start() - 4), match.start()):
            continue
        yield match.span()
    for match in _AGE_ENGLISH.finditer(folded):
        yield match.span()


# --- Names ----------------------------------------------------------------------------------

# Words after a name that make it a person's: honorifics, and 家/邸/宅/方 (the household).
_HONORIFICS = _word_set(
    """
    様 さま サマ さん サン 君 くん クン ちゃん チャン 氏 殿 どの 夫人 嬢 先生 家 邸 宅 方
    """
)
_TITLES = _word_set(
    """
    部長 課長 係長 区長 副区長 議員 区議 区議会議員 都議 医師 主任 所長 園長 校長 館長 会長
    委員 係 社長 理事長 院長 看護師 保育士 先輩 室長 局長 次長 知事 都知事 首相 大臣 議長
    弁護士 税理士 巡査 署長 主事 参事 担当者
    """
)
# After a name, these make it the name of a business, a building or a place: 高橋クリニック,
# 森ビル, 有栖川宮記念公園, 田町駅.
_NOT_PERSON_NEXT = re.compile(
    r"(?:の?(?:近く|周辺|付近|方面|界隈|あたり|辺り|交差点|一帯|エリア|地区|地域|寄り|側)"
    r"|駅|線|通り|口|橋|坂|台|町|丁目|区|市|村|県|公園|記念|商店|病院|医院|クリニック|歯科|眼科|"
    r"事務所|ビル|会館|神社|寺|学園|学校|小学校|中学校|高校|大学|銀行|建設|工務店|不動産|"
    r"整骨院|薬局|店|屋|ホール|ホテル|財団|法人|株式会社|在住)"
)
_SELF_INTRO_AFTER = re.compile(
    r" ?(?:と申します|と申す|といいます|と言います|って言います|と申し上げ|と名乗|でございます)"
)
_SELF_INTRO_DESU = re.compile(r" ?です")
_SELF_REFERENCE_BEFORE = re.compile(
    r"(?:^|[。！？!?\n」]|(?:私|わたし|わたくし|僕|ぼく|俺|自分|こちら)(?:は|、|,| )?"
    r"|(?:名前|氏名|なまえ) ?(?:は|:|：)) ?$"
)
_HONORIFIC_ONLY = frozenset(
    ["様", "さま", "さん", "サン", "君", "くん", "ちゃん", "氏", "殿", "先生", "夫人"]
)


def _is_kana_or_latin(text: str) -> bool:
    return bool(text) and all(
        ("\u30a0" <= char <= "\u30ff") or (char.isascii() and char.isalpha()) for char in text
    )


def _next_content(tokens: Sequence[_Token], index: int) -> tuple[_Token | None, bool]:
    """The token at ``index`` or, after one space, the next one; and whether a space was
    skipped."""
    if index < len(tokens) and tokens[index].is_space and len(tokens[index].surface) == 1:
        return (tokens[index + 1] if index + 1 < len(tokens) else None), True
    return (tokens[index] if index < len(tokens) else None), False


def _sudachi_names(folded: str, tokens: Sequence[_Token]) -> Iterator[tuple[int, int]]:
    index = 0
    while index < len(tokens):
        token = tokens[index]
        honorific_next = index + 1 < len(tokens) and tokens[index + 1].surface in _HONORIFIC_ONLY
        # A word Sudachi does not know as a name, right before さん or 様: ンゴックさん, Smithさん.
        if not token.is_name and honorific_next and (token.oov or _is_kana_or_latin(token.surface)):
            if token.pos[1] != "普通名詞" or token.oov:
                yield token.start, token.end
            index += 1
            continue
        if not token.is_name:
            index += 1
            continue
        run = [token]
        cursor = index + 1
        while cursor < len(tokens):
            current = tokens[cursor]
            if current.is_name:
                run.append(current)
                cursor += 1
            elif (
                (current.surface == "・" or (current.is_space and len(current.surface) == 1))
                and cursor + 1 < len(tokens)
                and (
                    tokens[cursor + 1].is_name
                    or (current.surface == "・" and _is_kana_or_latin(tokens[cursor + 1].surface))
                )
            ):
                run.append(tokens[cursor + 1])
                cursor += 2
            else:
                break
        index = cursor
        if _name_run_is_person(folded, tokens, run, cursor):
            yield run[0].start, run[-1].end


def _name_run_is_person(
    folded: str, tokens: Sequence[_Token], run: Sequence[_Token], after_index: int
) -> bool:
    start, end = run[0].start, run[-1].end
    following, spaced = _next_content(tokens, after_index)
    if following is not None and (following.surface in _HONORIFICS or following.surface in _TITLES):
        return True
    if _SELF_INTRO_AFTER.match(folded, end):
        return True
    before = folded[max(0, start - 8) : start]
    if _SELF_INTRO_DESU.match(folded, end) and _SELF_REFERENCE_BEFORE.search(before):
        return True
    if re.search(r"(?:名前|氏名|なまえ) ?(?:は|:|：) ?$", before):
        return True
    if all(token.surface in _PLACE_STOPLIST for token in run):
        return False
    # Sudachi tags many English words as names (May, Grace, Hope, April); Latin names are
    # only taken with an honorific here, otherwise from "My name is", "Mr." and the like.
    if all(token.surface.isascii() for token in run):
        return False
    # Likewise a single katakana word: shops and chains are named after people (ローソン,
    # ジョナサン). Foreign residents' names are taken with さん or 様, or written in full.
    if len(run) == 1 and all("\u30a0" <= char <= "\u30ff" for char in run[0].surface):
        return False
    not_person_next = not spaced and _NOT_PERSON_NEXT.match(folded, end) is not None
    if len([token for token in run if token.is_name]) >= 2:
        return not not_person_next
    # A single name-word: Sudachi's tag is only trusted out of context when nothing around it
    # makes it a place or a business, and when it is longer than one character (林, 森 and 東
    # are ordinary words too).
    if len(run[0].surface) < 2 or not_person_next:
        return False
    if not spaced and following is not None and following.is_noun and not following.is_name:
        return False
    preceding = next((token for token in tokens if token.end == start), None)
    return not (preceding is not None and preceding.is_place)


_NAME_CHARS = r"[ぁ-ゖァ-ヺー\u4e00-\u9fff々〆ヶA-Za-z・ ]"
_NAME_STATED = re.compile(
    r"(?P<prefix>(?:私|わたし|わたくし|僕|ぼく|自分)の|お)?"
    r"(?P<keyword>名前|氏名|なまえ) ?(?:は|:|：) ?"
    rf"(?P<name>{_NAME_CHARS}{{1,20}}?) ?"
    r"(?:です|でございます|と申します|といいます|と言います|と申す|(?P<end>[、。,.\n]|$))"
)
_HONORIFIC_SUFFIX = re.compile(r" ?(?:様|さま|さん|くん|君|ちゃん|氏|殿)$")
_NAME_ENGLISH = re.compile(
    r"(?:\b[Mm]y name is|\bI am|\bI'm|\bI’m|\b[Tt]his is)"
    r" (?P<name>[A-Z][a-zA-Z'\-]+(?: [A-Z][a-zA-Z'\-]+){0,2})"
    r"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?P<titled>[A-Z][a-zA-Z'\-]+(?: [A-Z][a-zA-Z'\-]+)?)"
)
# Capitalised words that follow "I am" without being names.
_ENGLISH_NOT_NAMES = _word_set(
    """
    A An The Not So Very Really Just Also Still Here There Sorry Writing Living Japanese
    English Chinese Korean American British French German Indian Vietnamese Filipino Nepali
    Thai Canadian Australian Italian Spanish Brazilian Happy Glad Tired Concerned Worried
    Unhappy Disappointed In At From On Of Minato Tokyo Japan Mr Mrs Ms Dr
    """
)
_NAME_CHINESE = re.compile(r"(?:我叫|我的名字是|我的名字叫|我姓)(?P<name>[\u4e00-\u9fff]{1,3})")
_NAME_KOREAN = re.compile(
    r"(?:제 ?이름은|저는|나는) ?(?P<name>[가-힣]{2,4}?)"
    r"(?:입니다|이에요|예요|이라고 ?합니다|라고 ?합니다)"
    r"|(?P<called>[가-힣]{2,4}) 씨(?!앗)"
)


def _stated_names(folded: str) -> Iterator[tuple[int, int]]:
    for match in _NAME_STATED.finditer(folded):
        keyword_start = match.start("keyword")
        sentence_start = keyword_start == 0 or folded[keyword_start - 1] in "。！？!?\n 、"
        if not (match.group("prefix") or match.group("keyword") == "氏名" or sentence_start):
            continue
        name = match.group("name")
        stripped = _HONORIFIC_SUFFIX.sub("", name.rstrip(" ・")).strip(" ・")
        if not stripped:
            continue
        start = match.start("name") + (len(name) - len(name.lstrip(" ・")))
        yield start, start + len(stripped)
    for match in _NAME_ENGLISH.finditer(folded):
        group = "name" if match.group("name") else "titled"
        words = match.group(group).split(" ")
        if group == "name" and words[0] in _ENGLISH_NOT_NAMES:
            continue
        # Stop at the first capitalised word that is not a name ("I am John from Tokyo").
        kept: list[str] = []
        for word in words:
            if word in _ENGLISH_NOT_NAMES:
                break
            kept.append(word)
        start = match.start(group)
        yield start, start + len(" ".join(kept))
    for match in _NAME_CHINESE.finditer(folded):
        yield match.span("name")
    for match in _NAME_KOREAN.finditer(folded):
        yield match.span("name" if match.group("name") else "called")


def _known_name_spans(folded: str, known_names: Sequence[str]) -> Iterator[tuple[int, int]]:
    for known in known_names:
        parts = [part for part in re.split(r"[\s・,]+", _fold(known)) if part]
        if not parts:
            continue
        # The whole name, with or without spaces or a middle dot between its parts.
        whole = r"[ ・]*".join(re.escape(part) for part in parts)
        yield from (match.span() for match in _name_pattern(whole, parts).finditer(folded))
        for part in parts if len(parts) > 1 else []:
            if len(part) >= 2:
                yield from (
                    m.span() for m in _name_pattern(re.escape(part), [part]).finditer(folded)
                )
            else:
                # One character (林, 森) is only the name when it is addressed as one.
                honorific = "|".join(sorted(_HONORIFIC_ONLY, key=len, reverse=True))
                pattern = re.compile(rf"{re.escape(part)}(?= ?(?:{honorific}))")
                yield from (m.span() for m in pattern.finditer(folded))


def _name_pattern(body: str, parts: Sequence[str]) -> re.Pattern[str]:
    if all(part.isascii() for part in parts):
        return re.compile(rf"(?<![A-Za-z]){body}(?![A-Za-z])", re.IGNORECASE)
    return re.compile(body)


# --- Merging and the public API -------------------------------------------------------------


def _merge(text: str, candidates: Sequence[tuple[str, int, int]]) -> list[Finding]:
    """Overlapping candidates become one finding covering all of them, of the kind of the
    longest (then the most specific) candidate in the group."""
    ordered = sorted(
        (candidate for candidate in candidates if 0 <= candidate[1] < candidate[2] <= len(text)),
        key=lambda candidate: (candidate[1], -candidate[2]),
    )
    groups: list[list[tuple[str, int, int]]] = []
    group_end = -1
    for candidate in ordered:
        if groups and candidate[1] < group_end:
            groups[-1].append(candidate)
            group_end = max(group_end, candidate[2])
        else:
            groups.append([candidate])
            group_end = candidate[2]
    findings: list[Finding] = []
    for group in groups:
        kind = max(group, key=lambda c: (c[2] - c[1], _SPECIFICITY.get(c[0], 0)))[0]
        start, end = group[0][1], max(c[2] for c in group)
        findings.append(Finding(kind=kind, start=start, end=end, text=text[start:end]))
    return findings


def findings_detect(text: str, *, known_names: Sequence[str] = ()) -> list[Finding]:
    """Probable personal data in ``text``: non-overlapping findings, sorted by position.

    ``known_names`` are names the caller knows belong in the text's circle (the submitter's own
    name): every occurrence is reported, with or without spaces between its parts, and each
    part of two characters or more on its own.

    An empty result means nothing was recognised, never that the text holds no personal data.
    """
    folded = _fold(text)
    tokens = _tokens(folded)
    candidates: list[tuple[str, int, int]] = []

    def add(kind: str, spans: Iterator[tuple[int, int]] | list[tuple[int, int]]) -> None:
        candidates.extend((kind, start, end) for start, end in spans)

    add(MY_NUMBER, _my_numbers(folded))
    add(PHONE, _phones(folded))
    add(EMAIL, _emails(folded))
    add(ACCOUNT_NUMBER, _account_numbers(folded))
    addresses = _addresses(folded, tokens)
    add(ADDRESS, addresses)
    tokens_by_start = {token.start: token for token in tokens}
    add(POSTAL_CODE, _postal_codes(folded, tokens_by_start, {start for start, _ in addresses}))
    add(AGE, _ages(folded))
    add(PERSON_NAME, _sudachi_names(folded, tokens))
    add(PERSON_NAME, _stated_names(folded))
    add(PERSON_NAME, _known_name_spans(folded, known_names))
    return _merge(text, candidates)


def text_redact(text: str, findings: Sequence[Finding]) -> str:
    """``text`` with each finding replaced by its label (``LABELS``; ``FALLBACK_LABEL`` for an
    unknown kind). Overlapping findings are redacted as one span.

    Raises ``ValueError`` when a finding does not match ``text`` (its offsets are out of range
    or its ``text`` differs): findings from another version of the text would redact the wrong
    characters and leave the personal data in place.
    """
    for finding in findings:
        if not 0 <= finding.start < finding.end <= len(text):
            raise ValueError(f"finding out of range: {finding.start}..{finding.end}")
        if text[finding.start : finding.end] != finding.text:
            raise ValueError(f"finding does not match the text at {finding.start}..{finding.end}")
    pieces: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if finding.end <= cursor:
            continue  # inside a span already redacted
        if finding.start < cursor:
            # Overlaps the previous span: extend that redaction over the rest.
            cursor = finding.end
            continue
        pieces.append(text[cursor : finding.start])
        pieces.append(LABELS.get(finding.kind, FALLBACK_LABEL))
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def redact(text: str, *, known_names: Sequence[str] = ()) -> tuple[str, list[Finding]]:
    """Detect and redact in one step: the proposed text and what was found in it. The proposal
    is for a person to check, not a guarantee that the text is anonymous."""
    findings = findings_detect(text, known_names=known_names)
    return text_redact(text, findings), findings
