"""Suggest a category for a resident's voice (区民の声) from its text.

What it is for: a voice arrives by form, mail or letter as free text, and someone has to decide
which of the sixteen categories (``madoguchi.voices.categories``) it belongs to before it can
be routed to a department. This module makes that first guess. ``services`` stores the
suggestion and its confidence on the voice, uses the category when the model is confident, and
otherwise leaves the voice for a person in 区長室 (広聴担当) to sort, as Amsterdam's Signalen
does with its classifier. A category the resident chose always wins over the suggestion.

How: a bag-of-features model trained on the bundled, hand-written corpus
(``data/corpus.csv``, described in ``data/README.md``). Two feature sets are combined:

* words: the text is NFKC-normalised; Japanese text (anything with kana and no Hangul) is
  analysed with Sudachi through ``madoguchi.core.japanese`` and contributes the
  dictionary-normalised forms of its content words (nouns, verbs, adjectives, na-adjectives),
  so 申込み and 申し込み, 捨てられて and 捨てる count as one word. Other text (English,
  Chinese, Korean) contributes lower-cased word tokens and character bigrams of its Han and
  Hangul runs (those scripts do not separate words, or attach particles to them), plus the
  Japanese words of a small built-in glossary (``_GLOSSARY_SOURCE``: garbage, 垃圾 and 쓰레기
  also count as ごみ), so that the Japanese majority of the corpus teaches the model about
  foreign-language voices too;
* character 2- and 3-grams of the ``japanese.normalize``d text, which carry Chinese and Korean
  and catch words Sudachi splits differently.

Both are TF-IDF weighted and feed a multinomial logistic regression with balanced class weights.
Training is deterministic: the same corpus gives the same model.

What it must never do:

* decide alone when it is unsure: a suggestion below ``TRIAGE_THRESHOLD`` goes to a person
  (``needs_triage``), and every suggestion stays a suggestion that staff can change;
* send a voice's text anywhere or write it to a log: voices contain names, addresses and
  health or family matters, so everything here runs in-process and logs no text;
* load a model file from anywhere but this app's own data directory. Model files are pickles,
  and unpickling runs code: they are trusted data written by this app (``Classifier.save``,
  ``model_default``), never uploads or files from residents, staff or other systems. The
  header and checksum ``Classifier.load`` verifies catch version skew and corruption; they are
  not a defence against a deliberately crafted file.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import logging
import os
import pickle
import re
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from madoguchi.core import japanese

__all__ = [
    "CATEGORIES",
    "CORPUS_LANGUAGES",
    "CORPUS_PATH",
    "TRIAGE_THRESHOLD",
    "CategoryScore",
    "Classifier",
    "Evaluation",
    "ModelFileError",
    "Suggestion",
    "classify_lines",
    "corpus_load",
    "evaluate",
    "model_default",
    "model_load_or_train",
    "model_train",
    "needs_triage",
]

logger = logging.getLogger(__name__)

CATEGORIES: tuple[str, ...] = (
    "waste",
    "roads_parks",
    "urban",
    "environment",
    "health",
    "welfare",
    "childcare",
    "education",
    "tax_insurance",
    "registry",
    "safety",
    "transport",
    "community",
    "business",
    "service",
    "general",
)
"""The category codes, in the order of ``madoguchi.voices.categories.CATEGORIES``."""

CORPUS_LANGUAGES: tuple[str, ...] = ("ja", "en", "zh", "ko")
CORPUS_PATH = Path(__file__).resolve().parent / "data" / "corpus.csv"
_CORPUS_HEADER = ["text", "category", "language"]

TRIAGE_THRESHOLD = 0.4
"""Below this confidence a suggestion is not applied: a person sorts the voice."""

MODEL_FILENAME = "voices-model.pickle"

# Texts longer than this are classified on their beginning: what a voice is about is said
# early, and this bounds the time one (possibly pasted or hostile) text can take.
_MAX_TEXT_CHARS = 5_000

# Model tuning. C was chosen by 5-fold cross-validation on the bundled corpus (see README);
# larger values make confident suggestions more confident without hurting accuracy.
_REGULARISATION_C = 20.0
_MAX_ITERATIONS = 5_000
_RANDOM_STATE = 131032

# --- model file format ---------------------------------------------------------------------

_MAGIC = b"MADOGUCHI-VOICES-MODEL\n"
_FORMAT_VERSION = 1
_MAX_HEADER_BYTES = 64 * 1024


@functools.cache
def _features_fingerprint() -> str:
    """What a saved model's features depend on besides the corpus: this module's code (the
    tokenisation and the glossary) and the Sudachi dictionary (its normalised forms). A model
    saved under another fingerprint would turn texts into features it was not trained on."""
    from importlib import metadata

    digest = hashlib.sha256(Path(__file__).read_bytes())
    for distribution in ("sudachipy", "sudachidict-core"):
        try:
            digest.update(f"{distribution}=={metadata.version(distribution)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{distribution} missing".encode())
    return digest.hexdigest()


class ModelFileError(ValueError):
    """A model file that ``Classifier.load`` refuses, with the reason."""


# --- tokenisation --------------------------------------------------------------------------

# Sudachi parts of speech kept as words. 形状詞 are the na-adjectives (危険, 不便, 迷惑), which
# carry as much meaning in a complaint as nouns do.
_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
# Numbers and the "may be non-independent" verbs and adjectives (する, いる, ある, ほしい)
# appear in every voice and say nothing about its topic.
_SKIPPED_SUB_POS = frozenset({"数詞", "非自立可能"})

_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN_OR_HANGUL_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]{2,}")
_LATIN_WORD = re.compile(r"[a-z][a-z'\-]+")


def _is_japanese(text: str) -> bool:
    """Kana occur in virtually every Japanese sentence; Korean text may quote a Japanese name
    (ちぃばす) but is written in Hangul."""
    return _KANA.search(text) is not None and _HANGUL.search(text) is None


@functools.cache
def _english_stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def _japanese_words(text: str) -> list[str]:
    # analyze() returns every spelling of every word (surface, reading, dictionary form) for
    # search; classification wants the normalised form of content words only, chosen by part
    # of speech, so it reads the morphemes themselves.
    from sudachipy import SplitMode

    words = []
    for morpheme in japanese.morphemes(text):
        pos = morpheme.part_of_speech()
        if pos[0] not in _CONTENT_POS or pos[1] in _SKIPPED_SUB_POS:
            continue
        # The tokenizer splits into the longest units (国民健康保険料, 粗大ごみ); their short
        # units (国民 / 健康 / 保険 / 料) are added too, so a compound shares features with
        # the words it is made of.
        parts = morpheme.split(SplitMode.A)
        forms = [morpheme] if len(parts) < 2 else [morpheme, *parts]
        for form in forms:
            word = japanese.normalize(form.normalized_form())
            if word and not word.isdigit():
                words.append(word)
    return words


# A small cross-language glossary: English, Chinese and Korean words that mean the same as a
# Japanese word of the corpus. A foreign text containing one also gets the Japanese word's
# features, so the 85% of the corpus that is Japanese teaches the model about foreign texts
# too (each foreign language alone has only a few examples per category). One line per
# Japanese word: "japanese: english words | chinese terms | korean terms". English words
# match whole words (also with a plural or -ed/-ing ending); Chinese and Korean terms match
# anywhere in the text, since neither language separates words from particles.
_GLOSSARY_SOURCE = """
ごみ: garbage trash rubbish waste litter | 垃圾 | 쓰레기
粗大ごみ: bulky furniture sofa mattress | 大件垃圾 沙发 床垫 家具 | 대형 가구 소파 매트리스
不法投棄: dumped dumping dump illegally | 非法丢弃 乱扔 丢弃 | 투기 버려
分別: sorting sort separate separation | 分类 | 분리수거 분리
資源: recycling recycle plastic bottles cans | 回收 塑料 易拉罐 | 재활용 플라스틱 페트병
集積所: collection point pickup collected | 垃圾站 收集点 回收 | 집하장 수거
カラス: crows crow | 乌鸦 | 까마귀
公園: park playground | 公园 | 공원 놀이터
遊具: swing swings slide | 滑梯 秋千 游乐设施 | 그네 미끄럼틀 놀이기구
道路: road roads pothole | 道路 路面 坑 | 도로
歩道: sidewalk pavement footpath tiles | 人行道 砖 | 보도 인도
街灯: streetlight light lights lamp | 路灯 | 가로등
公園のトイレ: toilet toilets restroom | 厕所 | 화장실
排水: drain drainage flooded flooding puddle | 排水 积水 | 배수구 고입
修理: repair fix broken | 维修 修理 坏了 | 수리 고장
建築: building buildings construction tower high-rise storey | 建筑 大楼 高层 | 건축 건설 고층
空き家: abandoned empty house vacant | 空房子 空置 | 빈집
住宅: housing apartment condominium | 住宅 公寓 房租 | 주택 아파트
日照: sunlight shadow shade | 日照 阳光 | 일조권 햇빛
耐震: earthquake-proofing seismic retrofit | 抗震 | 내진
再開発: redevelopment | 再开发 | 재개발
騒音: noise loud noisy music | 噪音 噪声 音乐声 | 소음 시끄
工事: construction drilling works | 施工 工地 | 공사
喫煙: smoking smoke smokers cigarette cigarettes | 吸烟 抽烟 烟味 二手烟 | 흡연 담배 간접흡연
におい: smell odor odour fumes | 气味 臭味 油烟 | 냄새
食中毒: poisoning | 食物中毒 | 식중독
保健所: inspect inspection hygiene | 保健所 卫生 | 보건소 위생
予防接種: vaccination vaccine flu shot | 疫苗 接种 流感 | 예방접종 독감 백신
健康診断: checkup check-up screening | 健康检查 体检 | 건강 검진
ネズミ: rats rat mice pest pigeons pigeon | 老鼠 灭鼠 鸽子 | 쥐 방역 비둘기
猫: cats cat | 猫 | 고양이
介護: care nursing dementia caregiver | 护理 痴呆 照顾 | 개호 돌봄 치매 돌보기
高齢者: elderly senior seniors | 老人 老年人 独居 | 노인 어르신 독거
障害者: disability disabled handicapped wheelchair | 残疾人 残障 轮椅 | 장애인 장애 휠체어
生活保護: welfare rent poverty | 生活保护 房租 | 생활보호
保育園: daycare nursery | 保育园 托儿所 | 어린이집 보육원
一時保育: temporary | 一时保育 临时托管 | 일시보육
学童クラブ: after-school gakudo | 学童 放学后 | 학동 방과 후
児童手当: allowance | 儿童补贴 育儿补贴 | 아동 수당
出産: childbirth baby born | 出生 分娩 生孩子 | 출산 아기 태어났
子育て: parenting parents babysitter babysitters | 育儿 | 육아
学校: school schools | 学校 小学 中学 | 학교 초등학교 중학교
いじめ: bullied bullying | 欺负 霸凌 | 괴롭힘
図書館: library libraries books | 图书馆 | 도서관
不登校: truancy | 不登校 不想上学 | 등교 거부
教育委員会: board | 教育委员会 | 교육위원회
住民税: tax | 住民税 | 주민세
税金: taxes | 税 | 세금
国民健康保険: insurance premium | 国民健康保险 保险费 | 국민건강보험 보험료
年金: pension | 年金 | 연금
納付: pay payment paid | 缴纳 支付 | 납부 결제
住民票: certificate residence juminhyo | 住民票 | 주민표
マイナンバーカード: number | 个人编号卡 个人编号 | 마이넘버
転入: moving-in moved registration | 转入 迁入 | 전입
住所変更: address | 住址 地址 | 주소
戸籍: register koseki | 户籍 | 호적
避難所: shelter evacuation evacuate | 避难所 避难 | 피난소 대피
地震: earthquake tsunami | 地震 海啸 | 지진 쓰나미
防災: disaster drill | 防灾 | 방재 훈련
防犯: crime security safety unsafe | 治安 防犯 | 방범 치안
防犯カメラ: camera cameras | 摄像头 监控 | 카메라
不審者: suspicious stranger | 可疑 | 수상한
客引き: touts tout | 拉客 | 호객꾼 호객
詐欺: scam fraud | 诈骗 | 사기
自転車: bicycle bicycles bike bikes cyclists cycling | 自行车 | 자전거
駐輪場: parking | 停车场 停车 | 주륜장 주차장
放置自転車: | 乱停 违停 | 방치
ちぃばす: bus chii | 巴士 班次 | 버스
交通: traffic | 交通 | 교통
電動自転車: electric-assist electric | 电动自行车 | 전동
町会: neighbourhood neighborhood association chonaikai | 町会 | 주민회
区民センター: community centre center rooms | 区民中心 社区中心 会议室 | 구민센터 회의실
スポーツセンター: sports gym | 体育中心 体育 | 스포츠센터
プール: pool swim | 游泳池 | 수영장
交流: exchange events meet | 交流 活动 | 교류 행사
商店街: shopping shops shop | 商店街 商店 店铺 | 상점가 상점
観光: tourist tourism tourists | 旅游 观光 | 관광
創業: start-up startup business | 创业 开店 | 창업
中小企業: small businesses | 小企业 中小企业 | 소상공인 중소기업
融資: loan loans | 贷款 | 융자
飲食店: restaurant café cafe bar | 餐厅 餐馆 | 식당 카페
商品券: vouchers voucher | 商品券 | 상품권
窓口: counter desk | 窗口 | 창구
職員: staff employee | 职员 工作人员 | 직원
対応: rude polite helped patiently | 态度 耐心 不礼貌 | 불친절 친절 응대
待ち時間: waited wait waiting | 等了 等待 | 기다렸
電話: phone call called transferred | 打电话 电话 挂断 | 전화
感謝: thank thanks | 感谢 | 감사
ホームページ: website webpage pages | 网站 网页 | 홈페이지
区長: mayor | 区长 | 구청장
予算: budget spends | 预算 | 예산
意見: opinion opinions survey | 意见 调查 | 의견
区政: government policy | 区政 | 구정
翻訳: translation translated | 翻译 | 번역
"""


@dataclass(frozen=True)
class _Glossary:
    english: Mapping[str, tuple[str, ...]]
    substrings: Mapping[str, tuple[str, ...]]  # Chinese and Korean


@functools.cache
def _glossary() -> _Glossary:
    english: dict[str, list[str]] = {}
    substrings: dict[str, list[str]] = {}
    for line in _GLOSSARY_SOURCE.strip().splitlines():
        japanese_word, _, translations = line.partition(":")
        english_words, chinese_terms, korean_terms = translations.split("|")
        features = _japanese_words(japanese_word.strip())
        for word in english_words.split():
            english.setdefault(japanese.normalize(word), []).extend(features)
        for term in (*chinese_terms.split(), *korean_terms.split()):
            substrings.setdefault(japanese.normalize(term), []).extend(features)
    return _Glossary(
        english={word: tuple(features) for word, features in english.items()},
        substrings={term: tuple(features) for term, features in substrings.items()},
    )


_ENGLISH_ENDINGS = ("'s", "s", "es", "ed", "d", "ing")


def _glossary_words(*, folded: str, latin_words: Sequence[str]) -> list[str]:
    glossary = _glossary()
    words: list[str] = []
    for word in latin_words:
        candidates = [word] + [
            word[: -len(ending)] for ending in _ENGLISH_ENDINGS if word.endswith(ending)
        ]
        for candidate in candidates:
            if candidate in glossary.english:
                words.extend(glossary.english[candidate])
                break
    for term, features in glossary.substrings.items():
        if term in folded:
            words.extend(features)
    return words


def _other_words(text: str) -> list[str]:
    folded = japanese.normalize(text)
    stop_words = _english_stop_words()
    latin_words = _LATIN_WORD.findall(folded)
    words = [word for word in latin_words if word not in stop_words]
    for token in folded.split():
        if _HANGUL.search(token):
            words.append(token)  # a Korean word with its particle (쓰레기를)
    for run in _HAN_OR_HANGUL_RUN.findall(folded):
        words.extend(run[index : index + 2] for index in range(len(run) - 1))
    words.extend(_glossary_words(folded=folded, latin_words=latin_words))
    return words


def _word_features(text: str) -> list[str]:
    """The word features of one text (the analyzer of the word vectorizer)."""
    text = unicodedata.normalize("NFKC", text[:_MAX_TEXT_CHARS])
    if _is_japanese(text):
        return _japanese_words(text)
    return _other_words(text)


def _char_text(text: str) -> str:
    """The text the character n-grams are taken from."""
    return japanese.normalize(text[:_MAX_TEXT_CHARS])


# --- the model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """The model's best category for a text.

    ``confidence`` is the model's probability for ``category`` (0 to 1). ``alternatives`` are
    the three most probable categories with their probabilities, best first; the first is
    ``(category, confidence)`` itself.
    """

    category: str
    confidence: float
    alternatives: tuple[tuple[str, float], ...]


class Classifier:
    """A trained model. Build one with ``model_train`` or ``Classifier.load``."""

    def __init__(self, *, pipeline: Any, corpus_sha256: str = "") -> None:
        self.pipeline = pipeline
        # The SHA-256 of the corpus file the model was trained on ("" when trained on examples
        # passed in directly): model_load_or_train retrains when the corpus has changed.
        self.corpus_sha256 = corpus_sha256

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(str(label) for label in self.pipeline.classes_)

    def suggest(self, text: str) -> Suggestion:
        """The most probable category of ``text`` and the runners-up."""
        return self.suggest_many([text])[0]

    def suggest_many(self, texts: Iterable[str]) -> list[Suggestion]:
        """``suggest`` for several texts at once (faster than one by one)."""
        batch = list(texts)
        if not batch:
            return []
        categories = self.categories
        suggestions = []
        for row in self.pipeline.predict_proba(batch):
            ranked = sorted(
                zip(categories, (float(p) for p in row), strict=True),
                key=lambda pair: (-pair[1], CATEGORIES.index(pair[0])),
            )
            top = tuple(ranked[:3])
            suggestions.append(
                Suggestion(category=top[0][0], confidence=top[0][1], alternatives=top)
            )
        return suggestions

    def save(self, path: Path) -> None:
        """Write the model to ``path`` (atomically: readers see the old file or the new one).

        The file is a one-line magic string, a one-line JSON header (format version,
        scikit-learn version, features fingerprint, corpus and payload checksums, categories)
        and the pickled pipeline.
        """
        import sklearn

        payload = pickle.dumps(self.pipeline, protocol=pickle.HIGHEST_PROTOCOL)
        header = {
            "format": _FORMAT_VERSION,
            "sklearn": sklearn.__version__,
            "features": _features_fingerprint(),
            "corpus_sha256": self.corpus_sha256,
            "payload_sha256": hashlib.sha256(payload).hexdigest(),
            "categories": list(self.categories),
        }
        data = _MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + payload
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> Classifier:
        """Read a model written by ``save``.

        Only for files this app wrote itself (see the module docstring: unpickling runs code).
        Raises ``ModelFileError`` saying why when the file is not a model file; was written in
        another format version, by another scikit-learn version (pickled estimators do not
        survive version changes) or by another version of this module or of the Sudachi
        dictionary (the features would differ); or its payload does not match its checksum
        (truncated or altered).
        """
        import sklearn

        data = path.read_bytes()
        if not data.startswith(_MAGIC):
            raise ModelFileError(f"{path} is not a voices model file (no model header)")
        end = data.find(b"\n", len(_MAGIC), len(_MAGIC) + _MAX_HEADER_BYTES)
        if end < 0:
            raise ModelFileError(f"{path}: the model header is missing or too long")
        try:
            header = json.loads(data[len(_MAGIC) : end])
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ModelFileError(f"{path}: the model header is not valid JSON") from error
        if not isinstance(header, dict):
            raise ModelFileError(f"{path}: the model header is not a JSON object")
        if header.get("format") != _FORMAT_VERSION:
            raise ModelFileError(
                f"{path}: model format {header.get('format')!r}, this version reads "
                f"format {_FORMAT_VERSION}"
            )
        if header.get("sklearn") != sklearn.__version__:
            raise ModelFileError(
                f"{path}: written by scikit-learn {header.get('sklearn')!r}, "
                f"{sklearn.__version__} is installed; the model has to be retrained"
            )
        if header.get("features") != _features_fingerprint():
            raise ModelFileError(
                f"{path}: written by another version of the classifier code or of the Sudachi "
                "dictionary; the model has to be retrained"
            )
        payload = data[end + 1 :]
        if hashlib.sha256(payload).hexdigest() != header.get("payload_sha256"):
            raise ModelFileError(f"{path}: the model does not match its checksum (altered?)")
        try:
            pipeline = pickle.loads(payload)  # noqa: S301 - a file this app wrote, checksum verified
        except Exception as error:
            raise ModelFileError(f"{path}: the model could not be unpickled: {error}") from error
        if not hasattr(pipeline, "predict_proba"):
            raise ModelFileError(f"{path}: the file does not contain a classifier")
        model = cls(pipeline=pipeline, corpus_sha256=str(header.get("corpus_sha256", "")))
        if list(model.categories) != header.get("categories"):
            raise ModelFileError(f"{path}: the model's categories do not match its header")
        return model


def model_train(*, examples: Sequence[tuple[str, str]]) -> Classifier:
    """Train a model on ``(text, category)`` pairs. Every category must have examples."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    unknown = sorted({category for _, category in examples} - set(CATEGORIES))
    if unknown:
        raise ValueError(f"unknown categories in the examples: {', '.join(unknown)}")
    missing = [category for category in CATEGORIES if all(c != category for _, c in examples)]
    if missing:
        raise ValueError(f"no examples for: {', '.join(missing)}")
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(analyzer=_word_features, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(2, 3),
                    preprocessor=_char_text,
                    sublinear_tf=True,
                    min_df=2,
                ),
            ),
        ]
    )
    pipeline = Pipeline(
        [
            ("features", features),
            (
                "model",
                LogisticRegression(
                    C=_REGULARISATION_C,
                    max_iter=_MAX_ITERATIONS,
                    class_weight="balanced",
                    random_state=_RANDOM_STATE,
                ),
            ),
        ]
    )
    pipeline.fit([text for text, _ in examples], [category for _, category in examples])
    return Classifier(pipeline=pipeline)


# --- the bundled corpus and the default model ----------------------------------------------


def _corpus_parse(data: bytes, *, source: Path) -> list[tuple[str, str]]:
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    header = next(reader, None)
    if header != _CORPUS_HEADER:
        raise ValueError(f"{source}: the header must be {','.join(_CORPUS_HEADER)}")
    examples = []
    for line, row in enumerate(reader, start=2):
        if len(row) != len(_CORPUS_HEADER):
            raise ValueError(f"{source}:{line}: expected 3 fields, found {len(row)}")
        text, category, language = (field.strip() for field in row)
        if not text:
            raise ValueError(f"{source}:{line}: empty text")
        if category not in CATEGORIES:
            raise ValueError(f"{source}:{line}: unknown category {category!r}")
        if language not in CORPUS_LANGUAGES:
            raise ValueError(f"{source}:{line}: unknown language {language!r}")
        examples.append((text, category))
    return examples


def corpus_load(path: Path | None = None) -> list[tuple[str, str]]:
    """The ``(text, category)`` pairs of a corpus CSV (by default the bundled one).

    The file is UTF-8 with the header ``text,category,language``; a row with an unknown
    category or language, an empty text or the wrong number of fields raises ``ValueError``
    naming its line.
    """
    source = path or CORPUS_PATH
    return _corpus_parse(source.read_bytes(), source=source)


def model_load_or_train(*, corpus: Path, cache: Path | None) -> Classifier:
    """The model for ``corpus``: read from ``cache`` when that file was trained on exactly
    this corpus (same SHA-256), otherwise trained now and written to ``cache``.

    A cache file that cannot be read (another scikit-learn version, corrupt) is replaced; one
    that cannot be written (read-only data directory) only costs a retraining next time.
    """
    data = corpus.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if cache is not None and cache.exists():
        try:
            cached = Classifier.load(cache)
        except (ModelFileError, OSError) as error:
            logger.warning("Retraining the voices model: %s", error)
        else:
            if cached.corpus_sha256 == digest:
                return cached
            logger.info("Retraining the voices model: the corpus has changed")
    trained = model_train(examples=_corpus_parse(data, source=corpus))
    model = Classifier(pipeline=trained.pipeline, corpus_sha256=digest)
    if cache is not None:
        try:
            model.save(cache)
        except OSError as error:
            logger.warning("Could not store the voices model in %s: %s", cache, error)
    return model


def _default_cache_path() -> Path | None:
    from django.conf import settings

    if not settings.configured:
        return None
    data_dir = getattr(settings, "DATA_DIR", None)
    return Path(data_dir) / MODEL_FILENAME if data_dir else None


@functools.cache
def model_default() -> Classifier:
    """The model trained on the bundled corpus, once per process.

    With Django settings configured it is also kept in ``settings.DATA_DIR`` (file
    ``voices-model.pickle``) and retrained when the corpus changes; without settings it is
    trained in memory. Training takes a few seconds.
    """
    return model_load_or_train(corpus=CORPUS_PATH, cache=_default_cache_path())


# --- triage and batch use ------------------------------------------------------------------


def needs_triage(suggestion: Suggestion) -> bool:
    """Whether a person has to sort the voice: the model is not confident enough."""
    return suggestion.confidence < TRIAGE_THRESHOLD


def classify_lines(lines: Iterable[str], *, model: Classifier) -> Iterator[tuple[int, str, float]]:
    """``(line number, category, confidence)`` for each non-blank line, numbered from 1.

    Blank lines yield nothing but are counted, so the numbers match the input file (this is
    what ``madoguchi voices classify --input FILE`` prints).
    """
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        suggestion = model.suggest(text)
        yield number, suggestion.category, suggestion.confidence


# --- evaluation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryScore:
    precision: float
    recall: float
    f1: float
    support: int  # test examples of the category


@dataclass(frozen=True)
class Evaluation:
    accuracy: float
    macro_f1: float
    per_category: Mapping[str, CategoryScore]
    n_train: int
    n_test: int
    seconds_per_classification: float  # median over the test set, one text at a time


def evaluate(
    *, examples: Sequence[tuple[str, str]], test_size: float = 0.2, seed: int = 131032
) -> Evaluation:
    """Train on a stratified split of ``examples`` and score the held-out part."""
    from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
    from sklearn.model_selection import train_test_split

    train, test = train_test_split(
        list(examples),
        test_size=test_size,
        random_state=seed,
        stratify=[category for _, category in examples],
    )
    model = model_train(examples=train)
    expected = [category for _, category in test]
    predicted = []
    seconds = []
    for text, _ in test:
        start = time.perf_counter()
        predicted.append(model.suggest(text).category)
        seconds.append(time.perf_counter() - start)
    labels = list(CATEGORIES)
    precision, recall, f1, support = precision_recall_fscore_support(
        expected, predicted, labels=labels, zero_division=0
    )
    return Evaluation(
        accuracy=float(accuracy_score(expected, predicted)),
        macro_f1=float(
            f1_score(expected, predicted, labels=labels, average="macro", zero_division=0)
        ),
        per_category={
            label: CategoryScore(
                precision=float(precision[index]),
                recall=float(recall[index]),
                f1=float(f1[index]),
                support=int(support[index]),
            )
            for index, label in enumerate(labels)
        },
        n_train=len(train),
        n_test=len(test),
        seconds_per_classification=statistics.median(seconds),
    )
