"""DCAT-AP RDF from CKAN package dictionaries, read back the way a harvester reads it."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef, namespace
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

from madoguchi.opendata.dcat import (
    DCAT,
    DCT,
    FOAF,
    FORMATS,
    HYDRA,
    SCHEMA,
    SPDX,
    VCARD,
    catalog_graph,
    catalog_uri,
    dataset_uri,
    graph_from_package,
    serialize,
)

# XSD's terms are taken one by one: pytest probes every module-level object while collecting,
# and rdflib warns about each unknown attribute asked of its closed XSD namespace.
XSD_DATETIME = namespace.XSD.dateTime
XSD_DECIMAL = namespace.XSD.decimal
XSD_HEX_BINARY = namespace.XSD.hexBinary

# rdflib's own parsers still call its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

BASE_URL = "https://opendata.example.city.minato.tokyo.jp"

AED_ID = "6c1f4d2e-8a0b-4c3d-9e5f-0a1b2c3d4e01"
AED_CSV_ID = "6c1f4d2e-8a0b-4c3d-9e5f-0a1b2c3d4e02"
POPULATION_ID = "7d2a5e3f-9b1c-4d4e-8f60-1b2c3d4e5f01"
POPULATION_CSV_ID = "7d2a5e3f-9b1c-4d4e-8f60-1b2c3d4e5f02"
POPULATION_API_ID = "7d2a5e3f-9b1c-4d4e-8f60-1b2c3d4e5f03"
BOUSAI_ORG_ID = "0e9d8c7b-6a59-4483-a2b1-c0d9e8f7a601"
SOUMU_ORG_ID = "0e9d8c7b-6a59-4483-a2b1-c0d9e8f7a602"

AED_CSV_URL = (
    f"http://127.0.0.1:8000/opendata/dataset/{AED_ID}/resource/{AED_CSV_ID}/download/aed.csv"
)
POPULATION_API_URL = "https://api.example.city.minato.tokyo.jp/population"

EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"


def _page_url(page: int) -> str:
    return f"{BASE_URL}/opendata/catalog.ttl?page={page}"


def _aed_package() -> dict[str, Any]:
    return {
        "id": AED_ID,
        "name": "aed-locations",
        "title": "AED設置箇所一覧",
        "notes": "港区内の公共施設に設置されたAED（自動体外式除細動器）の一覧です。",
        "url": "",
        "version": "3",
        "state": "active",
        "private": False,
        "type": "dataset",
        "license_id": "cc-by-4.0",
        "license_title": "クリエイティブ・コモンズ 表示 4.0 国際",
        "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "metadata_created": "2026-04-01T09:00:00.000000",
        "metadata_modified": "2026-11-20T10:00:00.000000",
        "author": "",
        "author_email": "",
        "maintainer": "港区 防災課",
        "maintainer_email": "bousai@example.city.minato.tokyo.jp",
        "organization": {
            "id": BOUSAI_ORG_ID,
            "name": "bousai",
            "title": "防災課",
            "description": "",
            "type": "organization",
            "is_organization": True,
            "state": "active",
            "image_url": "",
        },
        "owner_org": BOUSAI_ORG_ID,
        "tags": [
            {
                "id": "a1",
                "name": "AED",
                "display_name": "AED",
                "state": "active",
                "vocabulary_id": None,
            },
            {
                "id": "a2",
                "name": "救命",
                "display_name": "救命",
                "state": "active",
                "vocabulary_id": None,
            },
        ],
        "groups": [
            {
                "id": "3f0e1d2c-0000-4000-8000-000000000001",
                "name": "bousai",
                "title": "防災",
                "display_name": "防災",
                "description": "",
            }
        ],
        "extras": [
            {"key": "frequency", "value": "monthly"},
            {"key": "temporal_start", "value": "2026-04-01"},
            {"key": "temporal_end", "value": ""},
            {"key": "spatial_text", "value": "東京都港区"},
            {"key": "language", "value": "ja"},
            {"key": "contact_name", "value": "港区 防災課 防災係"},
            {"key": "contact_email", "value": "bousai-kakari@example.city.minato.tokyo.jp"},
            {"key": "publisher_name", "value": "港区"},
            {"key": "publisher_uri", "value": "https://www.city.minato.tokyo.jp/"},
            {"key": "title_en", "value": "AED locations"},
        ],
        "resources": [
            {
                "id": AED_CSV_ID,
                "package_id": AED_ID,
                "name": "AED設置箇所一覧 (CSV)",
                "description": "",
                "format": "CSV",
                "mimetype": "text/csv",
                "url": AED_CSV_URL,
                "url_type": "upload",
                "size": 12345,
                "hash": "sha256:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
                "created": "2026-04-01T09:00:00.000000",
                "last_modified": "2026-11-20T10:00:00.000000",
                "datastore_active": True,
                "position": 0,
            }
        ],
        "num_resources": 1,
        "num_tags": 2,
    }


def _population_package() -> dict[str, Any]:
    """A second dataset: no publisher extras (the department publishes it), a closed
    temporal range, an English description, and a linked API besides an uploaded file."""
    return {
        "id": POPULATION_ID,
        "name": "population-by-town",
        "title": "町丁目別人口",
        "notes": "住民基本台帳に基づく町丁目別・年齢別の人口です。",
        "url": "https://www.city.minato.tokyo.jp/toukei/population.html",
        "version": "1",
        "state": "active",
        "private": False,
        "type": "dataset",
        "license_id": "cc-by-4.0",
        "license_title": "クリエイティブ・コモンズ 表示 4.0 国際",
        "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "metadata_created": "2026-01-05T00:30:00.000000",
        "metadata_modified": "2026-12-01T03:15:00.000000",
        "author": "",
        "author_email": "",
        "maintainer": "",
        "maintainer_email": "",
        "organization": {
            "id": SOUMU_ORG_ID,
            "name": "soumu",
            "title": "総務課",
            "description": "",
            "type": "organization",
            "is_organization": True,
            "state": "active",
            "image_url": "",
            "title_en": "General Affairs Division",
        },
        "owner_org": SOUMU_ORG_ID,
        "tags": [
            {
                "id": "p1",
                "name": "人口",
                "display_name": "人口",
                "state": "active",
                "vocabulary_id": None,
            }
        ],
        "groups": [],
        "extras": [
            {"key": "frequency", "value": "annual"},
            {"key": "temporal_start", "value": "2020-01-01"},
            {"key": "temporal_end", "value": "2026-12-31"},
            {"key": "notes_en", "value": "Population by town and age, from the resident register."},
            {"key": "title_zh-hans", "value": "町丁目人口"},
            {"key": "title_ko", "value": ""},
        ],
        "resources": [
            {
                "id": POPULATION_CSV_ID,
                "package_id": POPULATION_ID,
                "name": "町丁目別人口 (CSV)",
                "description": "令和8年1月1日現在",
                "format": "CSV",
                "mimetype": "text/csv",
                "url": f"{BASE_URL}/opendata/dataset/{POPULATION_ID}/resource/"
                f"{POPULATION_CSV_ID}/download/population.csv",
                "url_type": "upload",
                "size": 2048,
                "hash": "",
                "created": "2026-01-05T00:30:00.000000",
                "last_modified": "2026-12-01T03:15:00.000000",
                "datastore_active": True,
                "position": 0,
            },
            {
                "id": POPULATION_API_ID,
                "package_id": POPULATION_ID,
                "name": "人口API",
                "description": "",
                "format": "API",
                "mimetype": "",
                "url": POPULATION_API_URL,
                "url_type": "",
                "size": None,
                "hash": "",
                "created": "2026-01-05T00:30:00.000000",
                "last_modified": None,
                "datastore_active": False,
                "position": 1,
            },
        ],
        "num_resources": 2,
        "num_tags": 1,
    }


def _empty_dataset_package() -> dict[str, Any]:
    """A dataset still waiting for its first file."""
    package = _population_package()
    package.update(
        id="8e3b6f40-ac2d-4e5f-9071-2c3d4e5f6a01",
        name="new-dataset",
        title="準備中のデータセット",
        resources=[],
        num_resources=0,
    )
    return package


def _catalog(
    *,
    page: int = 1,
    page_size: int = 10,
    total: int = 2,
    packages: list[dict[str, Any]] | None = None,
) -> Graph:
    return catalog_graph(
        packages=[_aed_package(), _population_package()] if packages is None else packages,
        base_url=BASE_URL,
        title="港区オープンデータカタログ",
        description="港区が公開するオープンデータの一覧です。",
        language="ja",
        page=page,
        page_size=page_size,
        total=total,
        page_url=_page_url,
    )


def _harvest(data: bytes, content_type: str) -> Graph:
    """Parse a response as ckanext-dcat's RDF harvester does: rdflib, told the content type."""
    return Graph().parse(data=data, format=content_type)


def _normalized(graph: Graph) -> Graph:
    """The graph with decimals in canonical form: Turtle writes ``12345`` as ``12345.0``, the
    same value, which rdflib's term equality would otherwise count as a different triple."""
    result = Graph()
    for subject, predicate, obj in graph:
        if isinstance(obj, Literal) and obj.datatype == XSD_DECIMAL:
            value = Decimal(str(obj)).normalize()
            obj = Literal(format(value, "f"), datatype=XSD_DECIMAL)
        result.add((subject, predicate, obj))
    return result


AED = URIRef(f"{BASE_URL}/opendata/dataset/{AED_ID}")
AED_CSV = URIRef(f"{BASE_URL}/opendata/dataset/{AED_ID}/resource/{AED_CSV_ID}")
POPULATION = URIRef(f"{BASE_URL}/opendata/dataset/{POPULATION_ID}")
POPULATION_API = URIRef(f"{BASE_URL}/opendata/dataset/{POPULATION_ID}/resource/{POPULATION_API_ID}")


@pytest.fixture(params=sorted(FORMATS))
def harvested(request: pytest.FixtureRequest) -> Graph:
    """A paged catalog (page 1 of 3) serialised in one format and parsed back."""
    data, content_type = serialize(graph=_catalog(page=1, page_size=2, total=5), fmt=request.param)
    return _harvest(data, content_type)


# --- URIs -----------------------------------------------------------------------------------


def test_dataset_uri_is_built_from_the_id_under_the_site_root() -> None:
    # given a base URL written with a trailing slash
    package = _aed_package()
    # when
    uri = dataset_uri(package=package, base_url=f"{BASE_URL}/")
    # then
    assert uri == f"{BASE_URL}/opendata/dataset/{AED_ID}"


def test_dataset_uri_refuses_a_package_without_id() -> None:
    # given a package dictionary that lost its id
    package = _aed_package()
    package["id"] = ""
    # when / then
    with pytest.raises(ValueError, match="no id"):
        dataset_uri(package=package, base_url=BASE_URL)


def test_a_relative_base_url_is_refused() -> None:
    # given a base URL without scheme and host
    graph = Graph()
    # when / then
    with pytest.raises(ValueError, match="absolute"):
        graph_from_package(graph=graph, package=_aed_package(), base_url="/opendata")


# --- serialisation round trip ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("jsonld", "application/ld+json"),
        ("ttl", "text/turtle"),
        ("rdf", "application/rdf+xml"),
        ("xml", "application/rdf+xml"),
        ("n3", "text/n3"),
    ],
)
def test_every_format_reads_back_as_the_same_graph(fmt: str, content_type: str) -> None:
    # given a catalog of two datasets
    graph = _catalog()
    # when it is serialised and parsed back
    data, returned_type = serialize(graph=graph, fmt=fmt)
    parsed = _harvest(data, returned_type)
    # then nothing is lost or altered, Japanese text included
    assert returned_type == content_type
    assert isomorphic(_normalized(parsed), _normalized(graph))
    assert "港区" in data.decode("utf-8")


def test_serialize_binds_the_usual_prefixes() -> None:
    # given
    graph = _catalog()
    # when
    data, _ = serialize(graph=graph, fmt="ttl")
    # then
    text = data.decode("utf-8")
    for prefix in ("dcat", "dct", "foaf", "vcard", "schema", "hydra", "xsd", "spdx"):
        assert f"@prefix {prefix}: " in text
    assert "@prefix schema: <http://schema.org/>" in text


def test_serialize_refuses_an_unknown_format() -> None:
    # given
    graph = _catalog()
    # when / then
    with pytest.raises(ValueError, match="unknown RDF format"):
        serialize(graph=graph, fmt="csv")


# --- what a harvester finds -----------------------------------------------------------------


def test_datasets_are_typed_dcat_dataset(harvested: Graph) -> None:
    # when
    datasets = set(harvested.subjects(RDF.type, DCAT.Dataset))
    # then
    assert datasets == {AED, POPULATION}


def test_title_is_japanese_with_an_english_translation(harvested: Graph) -> None:
    # when
    titles = set(harvested.objects(AED, DCT.title))
    # then
    assert titles == {Literal("AED設置箇所一覧", lang="ja"), Literal("AED locations", lang="en")}


def test_every_filled_in_translation_gets_its_language_tag(harvested: Graph) -> None:
    # when
    titles = set(harvested.objects(POPULATION, DCT.title))
    # then the blank Korean title adds nothing
    assert titles == {Literal("町丁目別人口", lang="ja"), Literal("町丁目人口", lang="zh-hans")}


def test_description_has_its_english_translation(harvested: Graph) -> None:
    # when
    descriptions = set(harvested.objects(POPULATION, DCT.description))
    # then
    assert descriptions == {
        Literal("住民基本台帳に基づく町丁目別・年齢別の人口です。", lang="ja"),
        Literal("Population by town and age, from the resident register.", lang="en"),
    }


def test_tags_become_keywords(harvested: Graph) -> None:
    # when
    keywords = {str(keyword) for keyword in harvested.objects(AED, DCAT.keyword)}
    # then
    assert keywords == {"AED", "救命"}


def test_uploaded_file_is_a_direct_download(harvested: Graph) -> None:
    # when
    download_urls = set(harvested.objects(AED_CSV, DCAT.downloadURL))
    access_urls = set(harvested.objects(AED_CSV, DCAT.accessURL))
    # then
    assert download_urls == {URIRef(AED_CSV_URL)}
    assert access_urls == {URIRef(AED_CSV_URL)}


def test_linked_api_is_an_access_url_only(harvested: Graph) -> None:
    # when
    access_urls = set(harvested.objects(POPULATION_API, DCAT.accessURL))
    download_urls = set(harvested.objects(POPULATION_API, DCAT.downloadURL))
    # then
    assert access_urls == {URIRef(POPULATION_API_URL)}
    assert download_urls == set()


def test_a_site_relative_upload_path_is_made_absolute() -> None:
    # given an uploaded file whose URL is still a path on this site
    package = _aed_package()
    package["resources"][0]["url"] = "/opendata/download/aed.csv"
    graph = Graph()
    # when
    graph_from_package(graph=graph, package=package, base_url=BASE_URL)
    # then
    assert set(graph.objects(AED_CSV, DCAT.downloadURL)) == {
        URIRef(f"{BASE_URL}/opendata/download/aed.csv")
    }


def test_byte_size_is_a_typed_decimal(harvested: Graph) -> None:
    # when
    (size,) = harvested.objects(AED_CSV, DCAT.byteSize)
    # then
    assert isinstance(size, Literal)
    assert size.datatype == XSD_DECIMAL
    assert size.toPython() == Decimal(12345)


def test_format_and_media_type_are_separate(harvested: Graph) -> None:
    # when
    formats = set(harvested.objects(AED_CSV, DCT["format"]))
    media_types = set(harvested.objects(AED_CSV, DCAT.mediaType))
    # then
    assert formats == {Literal("CSV")}
    assert media_types == {Literal("text/csv")}


def test_distribution_carries_the_dataset_license(harvested: Graph) -> None:
    # given
    license_uri = URIRef("https://creativecommons.org/licenses/by/4.0/")
    # when
    licenses = set(harvested.objects(AED_CSV, DCT.license))
    # then
    assert licenses == {license_uri}
    assert (license_uri, RDF.type, DCT.LicenseDocument) in harvested


def test_checksum_keeps_the_algorithm_apart_from_the_hex(harvested: Graph) -> None:
    # when
    (checksum,) = harvested.objects(AED_CSV, SPDX.checksum)
    (value,) = harvested.objects(checksum, SPDX.checksumValue)
    (algorithm,) = harvested.objects(checksum, SPDX.algorithm)
    # then
    assert value == Literal(
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        datatype=XSD_HEX_BINARY,
    )
    assert algorithm == URIRef("http://spdx.org/rdf/terms#checksumAlgorithm_sha256")


def test_frequency_uses_the_eu_vocabulary(harvested: Graph) -> None:
    # when
    aed_frequency = set(harvested.objects(AED, DCT.accrualPeriodicity))
    population_frequency = set(harvested.objects(POPULATION, DCT.accrualPeriodicity))
    # then
    assert aed_frequency == {URIRef(f"{EU_FREQUENCY}MONTHLY")}
    assert population_frequency == {URIRef(f"{EU_FREQUENCY}ANNUAL")}


def test_temporal_start_is_readable_by_every_ckanext_dcat_parser(harvested: Graph) -> None:
    # when
    (period,) = harvested.objects(AED, DCT.temporal)
    # then both the DCAT 2 and the schema.org property carry the start, and no end is invented
    start = Literal("2026-04-01T00:00:00", datatype=XSD_DATETIME)
    assert (period, RDF.type, DCT.PeriodOfTime) in harvested
    assert set(harvested.objects(period, DCAT.startDate)) == {start}
    assert set(harvested.objects(period, SCHEMA.startDate)) == {start}
    assert set(harvested.objects(period, DCAT.endDate)) == set()


def test_temporal_end_is_given_when_set(harvested: Graph) -> None:
    # when
    (period,) = harvested.objects(POPULATION, DCT.temporal)
    # then
    assert set(harvested.objects(period, DCAT.endDate)) == {
        Literal("2026-12-31T00:00:00", datatype=XSD_DATETIME)
    }


def test_metadata_timestamps_are_stated_in_utc(harvested: Graph) -> None:
    # when
    issued = set(harvested.objects(AED, DCT.issued))
    modified = set(harvested.objects(AED, DCT.modified))
    # then
    assert issued == {Literal("2026-04-01T09:00:00+00:00", datatype=XSD_DATETIME)}
    assert modified == {Literal("2026-11-20T10:00:00+00:00", datatype=XSD_DATETIME)}


def test_publisher_comes_from_the_publisher_extras(harvested: Graph) -> None:
    # when
    (publisher,) = harvested.objects(AED, DCT.publisher)
    # then
    assert publisher == URIRef("https://www.city.minato.tokyo.jp/")
    assert (publisher, RDF.type, FOAF.Agent) in harvested
    assert set(harvested.objects(publisher, FOAF.name)) == {Literal("港区", lang="ja")}


def test_publisher_falls_back_to_the_department(harvested: Graph) -> None:
    # when
    (publisher,) = harvested.objects(POPULATION, DCT.publisher)
    # then
    assert publisher == URIRef(f"{BASE_URL}/opendata/organization/{SOUMU_ORG_ID}")
    assert set(harvested.objects(publisher, FOAF.name)) == {
        Literal("総務課", lang="ja"),
        Literal("General Affairs Division", lang="en"),
    }


def test_contact_point_is_a_vcard_with_a_mailto_address(harvested: Graph) -> None:
    # when
    (contact,) = harvested.objects(AED, DCAT.contactPoint)
    # then the contact_* extras win over the maintainer fields
    assert (contact, RDF.type, VCARD.Organization) in harvested
    assert set(harvested.objects(contact, VCARD.fn)) == {Literal("港区 防災課 防災係", lang="ja")}
    assert set(harvested.objects(contact, VCARD.hasEmail)) == {
        URIRef("mailto:bousai-kakari@example.city.minato.tokyo.jp")
    }


def test_spatial_text_becomes_a_location_label(harvested: Graph) -> None:
    # when
    (location,) = harvested.objects(AED, DCT.spatial)
    # then
    assert (location, RDF.type, DCT.Location) in harvested
    assert set(harvested.objects(location, SKOS.prefLabel)) == {Literal("東京都港区", lang="ja")}


def test_groups_become_themes(harvested: Graph) -> None:
    # when
    (theme,) = harvested.objects(AED, DCAT.theme)
    # then
    assert (theme, RDF.type, SKOS.Concept) in harvested
    assert set(harvested.objects(theme, SKOS.prefLabel)) == {Literal("防災", lang="ja")}


def test_identifier_language_and_landing_page(harvested: Graph) -> None:
    # when
    identifiers = set(harvested.objects(POPULATION, DCT.identifier))
    languages = set(harvested.objects(AED, DCT.language))
    landing_pages = set(harvested.objects(POPULATION, DCAT.landingPage))
    # then
    assert identifiers == {Literal(POPULATION_ID)}
    assert languages == {Literal("ja")}
    assert landing_pages == {URIRef("https://www.city.minato.tokyo.jp/toukei/population.html")}


def test_hydra_paging_links_the_next_page(harvested: Graph) -> None:
    # when
    (collection,) = harvested.subjects(RDF.type, HYDRA.PagedCollection)
    # then
    assert collection == URIRef(_page_url(1))
    assert set(harvested.objects(collection, HYDRA.totalItems)) == {Literal(5)}
    assert set(harvested.objects(collection, HYDRA.itemsPerPage)) == {Literal(2)}
    assert set(harvested.objects(collection, HYDRA.nextPage)) == {Literal(_page_url(2))}
    assert set(harvested.objects(collection, HYDRA.next)) == {Literal(_page_url(2))}
    assert set(harvested.objects(collection, HYDRA.firstPage)) == {Literal(_page_url(1))}
    assert set(harvested.objects(collection, HYDRA.lastPage)) == {Literal(_page_url(3))}
    assert set(harvested.objects(collection, HYDRA.previousPage)) == set()


# --- the catalog ----------------------------------------------------------------------------


def test_catalog_describes_itself_and_links_its_datasets() -> None:
    # when
    graph = _catalog()
    # then
    catalog = URIRef(catalog_uri(base_url=BASE_URL))
    assert (catalog, RDF.type, DCAT.Catalog) in graph
    assert set(graph.objects(catalog, DCT.title)) == {
        Literal("港区オープンデータカタログ", lang="ja")
    }
    assert set(graph.objects(catalog, FOAF.homepage)) == {catalog}
    assert set(graph.objects(catalog, DCT.language)) == {Literal("ja")}
    assert set(graph.objects(catalog, DCAT.dataset)) == {AED, POPULATION}


def test_catalog_modified_is_the_latest_dataset_change() -> None:
    # when
    graph = _catalog()
    # then the population dataset (2026-12-01) is newer than the AED one (2026-11-20)
    catalog = URIRef(catalog_uri(base_url=BASE_URL))
    assert set(graph.objects(catalog, DCT.modified)) == {
        Literal("2026-12-01T03:15:00+00:00", datatype=XSD_DATETIME)
    }


def test_every_dataset_has_a_title_and_its_distributions() -> None:
    # given a page with a dataset that has no resources yet
    packages = [_aed_package(), _population_package(), _empty_dataset_package()]
    # when
    graph = catalog_graph(
        packages=packages,
        base_url=BASE_URL,
        title="港区オープンデータカタログ",
        description="",
        language="ja",
        page=1,
        page_size=10,
        total=3,
        page_url=_page_url,
    )
    # then
    datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == len(packages)
    for package in packages:
        dataset = URIRef(dataset_uri(package=package, base_url=BASE_URL))
        assert dataset in datasets
        assert (dataset, DCT.title, None) in graph
        distributions = set(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) == len(package["resources"])
        for distribution in distributions:
            assert (distribution, RDF.type, DCAT.Distribution) in graph
            assert (distribution, DCAT.accessURL, None) in graph


def test_middle_page_links_both_ways() -> None:
    # when
    graph = _catalog(page=2, page_size=2, total=5)
    # then
    collection = URIRef(_page_url(2))
    assert set(graph.objects(collection, HYDRA.previousPage)) == {Literal(_page_url(1))}
    assert set(graph.objects(collection, HYDRA.nextPage)) == {Literal(_page_url(3))}


def test_last_page_has_no_next_page() -> None:
    # given the last of three pages of two, holding the fifth dataset
    packages = [_aed_package()]
    # when
    graph = _catalog(page=3, page_size=2, total=5, packages=packages)
    # then
    collection = URIRef(_page_url(3))
    assert set(graph.objects(collection, HYDRA.nextPage)) == set()
    assert set(graph.objects(collection, HYDRA.previousPage)) == {Literal(_page_url(2))}


def test_page_past_the_end_points_back_to_the_last_page() -> None:
    # given page 9 of a 5-dataset catalog, which has no datasets on it
    # when
    graph = catalog_graph(
        packages=[],
        base_url=BASE_URL,
        title="港区オープンデータカタログ",
        description="",
        language="ja",
        page=9,
        page_size=2,
        total=5,
        page_url=_page_url,
    )
    # then
    collection = URIRef(_page_url(9))
    assert set(graph.objects(collection, HYDRA.previousPage)) == {Literal(_page_url(3))}
    assert set(graph.objects(collection, HYDRA.nextPage)) == set()


def test_empty_catalog_has_no_paging_node() -> None:
    # when
    graph = catalog_graph(
        packages=[],
        base_url=BASE_URL,
        title="港区オープンデータカタログ",
        description="",
        language="ja",
        page=1,
        page_size=100,
        total=0,
        page_url=_page_url,
    )
    # then
    assert set(graph.subjects(RDF.type, HYDRA.PagedCollection)) == set()
    assert (None, DCT.modified, None) not in graph


@pytest.mark.parametrize(("page", "page_size", "total"), [(0, 10, 1), (1, 0, 1), (1, 10, -1)])
def test_impossible_paging_is_refused(page: int, page_size: int, total: int) -> None:
    # when / then
    with pytest.raises(ValueError):
        catalog_graph(
            packages=[],
            base_url=BASE_URL,
            title="t",
            description="",
            language="ja",
            page=page,
            page_size=page_size,
            total=total,
            page_url=_page_url,
        )


# --- empty values ---------------------------------------------------------------------------


def test_empty_extras_produce_no_triples() -> None:
    # given the same dataset twice: once with every optional field blank, once without them
    blank = _aed_package()
    for extra in blank["extras"]:
        extra["value"] = "" if extra["key"] != "language" else "  "
    blank.update(maintainer="", maintainer_email=None, url="  ", version="")
    blank["resources"][0].update(size=None, hash="", mimetype="", format="")
    missing = copy.deepcopy(blank)
    missing["extras"] = []
    for key in ("maintainer", "maintainer_email", "url", "version"):
        del missing[key]
    for key in ("size", "hash", "mimetype", "format"):
        del missing["resources"][0][key]
    # when
    blank_graph = Graph()
    graph_from_package(graph=blank_graph, package=blank, base_url=BASE_URL)
    missing_graph = Graph()
    graph_from_package(graph=missing_graph, package=missing, base_url=BASE_URL)
    # then blanks add nothing, and in particular none of the optional nodes
    assert isomorphic(blank_graph, missing_graph)
    for predicate in (
        DCT.temporal,
        DCT.spatial,
        DCT.accrualPeriodicity,
        DCAT.contactPoint,
        DCT.language,
        DCAT.landingPage,
        DCAT.byteSize,
        SPDX.checksum,
        DCT["format"],
        DCAT.mediaType,
    ):
        assert (None, predicate, None) not in blank_graph, predicate
    assert all(str(obj).strip() for obj in blank_graph.objects() if isinstance(obj, Literal))


def test_blank_temporal_end_alone_adds_no_end_date() -> None:
    # given
    graph = Graph()
    # when
    dataset = graph_from_package(graph=graph, package=_aed_package(), base_url=BASE_URL)
    # then
    (period,) = graph.objects(dataset, DCT.temporal)
    assert (period, DCAT.endDate, None) not in graph
    assert (period, SCHEMA.endDate, None) not in graph
