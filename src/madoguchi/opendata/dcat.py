"""DCAT-AP RDF for the open data catalog, shaped like the output of ckanext-dcat.

Harvesters of national and regional portals (data.go.jp, the EU data portal, other CKAN sites
running ckanext-dcat's RDF harvester) read catalogs as DCAT. They already know how to read what
ckanext-dcat's ``euro_dcat_ap`` profile writes, so this module writes the same triples from the
same CKAN ``package_show`` dictionaries our Action API serves: a harvester pointed at us needs
no special case. Where ckanext-dcat's choices are followed even though DCAT-AP would allow
something "better" (plain literals for ``dcat:mediaType``, ``xsd:decimal`` byte sizes,
``hydra`` page links as literals), it is because those are what its parser expects.

Departures from ckanext-dcat, each because our data differs from a stock CKAN site:

* naive CKAN timestamps (``metadata_created``…) are UTC, so they are written with an explicit
  ``+00:00`` offset; a harvester in Japan would otherwise read them as local time;
* uploaded resources (``url_type == "upload"``) are served directly, so their URL is both
  ``dcat:downloadURL`` and ``dcat:accessURL`` (the latter is mandatory in DCAT-AP);
* the dataset licence (``license_url``) is always given to every distribution;
* groups are our themes, so they become ``dcat:theme`` concepts;
* ``hash`` values are ``"sha256:<hex>"``, so the algorithm is split off into
  ``spdx:algorithm`` and only the hex goes into the ``xsd:hexBinary`` literal;
* human-readable text carries a language tag: ``ja``, or the language of a ``title_<lang>`` /
  ``notes_<lang>`` translation (``title_en``…), as DCAT-AP asks of multilingual catalogs;
* site-relative resource URLs (how uploads are stored) are made absolute.

Nothing here filters by ``state`` or ``private``: which datasets a caller may see is the API's
decision, made before the dictionaries get here.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, NamedTuple
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

__all__ = [
    "ADMS",
    "DCAT",
    "DCT",
    "FOAF",
    "FORMATS",
    "FREQUENCIES",
    "HYDRA",
    "LOCN",
    "METADATA_LANGUAGE",
    "NAMESPACES",
    "OWL",
    "SCHEMA",
    "SPDX",
    "VCARD",
    "RdfFormat",
    "catalog_graph",
    "catalog_uri",
    "dataset_uri",
    "graph_from_package",
    "resource_uri",
    "serialize",
]

DCT = Namespace("http://purl.org/dc/terms/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
# ckanext-dcat uses the http:// form of schema.org (rdflib's own SDO is https://), and its
# parser looks the temporal dates up under exactly this namespace.
SCHEMA = Namespace("http://schema.org/")
LOCN = Namespace("http://www.w3.org/ns/locn#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")

NAMESPACES: Mapping[str, str] = MappingProxyType(
    {
        "dct": str(DCT),
        "dcat": str(DCAT),
        "adms": str(ADMS),
        "vcard": str(VCARD),
        "foaf": str(FOAF),
        "schema": str(SCHEMA),
        "skos": str(SKOS),
        "locn": str(LOCN),
        "owl": str(OWL),
        "spdx": str(SPDX),
        "hydra": str(HYDRA),
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "xsd": str(XSD),
    }
)
"""Prefixes bound on every graph, so Turtle and compacted JSON-LD stay readable."""

METADATA_LANGUAGE = "ja"
"""Language the catalog's metadata is written in: titles, descriptions, keywords, names."""

# The suffix of a translation field (``title_en``, ``notes_zh-hans``): a BCP 47 tag with a two-
# or three-letter language, so that ``title_translated`` and the like are not mistaken for one.
_TRANSLATION_SUFFIX = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$", re.IGNORECASE)

_EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"

FREQUENCIES: Mapping[str, str] = MappingProxyType(
    {
        "daily": _EU_FREQUENCY + "DAILY",
        "weekly": _EU_FREQUENCY + "WEEKLY",
        "monthly": _EU_FREQUENCY + "MONTHLY",
        "quarterly": _EU_FREQUENCY + "QUARTERLY",
        "annual": _EU_FREQUENCY + "ANNUAL",
        "irregular": _EU_FREQUENCY + "IRREG",
    }
)
"""Our frequency slugs → the EU frequency authority table DCAT-AP requires for
``dct:accrualPeriodicity``."""

_GEOJSON_MEDIA_TYPE = URIRef(
    "https://www.iana.org/assignments/media-types/application/vnd.geo+json"
)
_SPDX_ALGORITHM = "http://spdx.org/rdf/terms#checksumAlgorithm_"


class RdfFormat(NamedTuple):
    """One serialisation offered by the catalog endpoints."""

    rdflib_name: str
    content_type: str


FORMATS: Mapping[str, RdfFormat] = MappingProxyType(
    {
        "rdf": RdfFormat("pretty-xml", "application/rdf+xml"),
        "xml": RdfFormat("pretty-xml", "application/rdf+xml"),
        "ttl": RdfFormat("turtle", "text/turtle"),
        "n3": RdfFormat("n3", "text/n3"),
        "jsonld": RdfFormat("json-ld", "application/ld+json"),
    }
)
"""URL extension → rdflib serialiser and content type, the same set ckanext-dcat serves."""

_Subject = URIRef | BNode
_Object = URIRef | BNode | Literal

_HTTP_URI = re.compile(r"^https?://", re.IGNORECASE)
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")
_HEX = re.compile(r"^[0-9A-Fa-f]+$")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
# Characters rdflib refuses in an IRI (it would write them out and produce unparseable
# Turtle/RDF-XML). ckanext-dcat's CleanedURIRef percent-encodes a similar set.
_IRI_UNSAFE = ' <>"{}|\\^`'


# --- URIs -----------------------------------------------------------------------------------


def _base(base_url: str) -> str:
    """The site root without its trailing slash; a relative base would make every subject a
    relative IRI, which each serialiser resolves differently, so it is refused."""
    base = base_url.strip().rstrip("/")
    if not _HTTP_URI.match(base):
        raise ValueError(f"base_url must be an absolute http(s) URL, got {base_url!r}")
    return base


def _segment(value: Any, what: str) -> str:
    text = _text_of(value)
    if not text:
        raise ValueError(f"{what} has no id to build its URI from")
    return quote(text, safe="")


def catalog_uri(*, base_url: str) -> str:
    """The catalog's URI, which is also its home page (as ckanext-dcat uses ``site_url``)."""
    return f"{_base(base_url)}/opendata/"


def dataset_uri(*, package: Mapping[str, Any], base_url: str) -> str:
    """A dataset's URI, built from its id rather than its name: harvesters use the URI to
    recognise a dataset they already have, and a renamed dataset must stay the same one."""
    return f"{_base(base_url)}/opendata/dataset/{_segment(package.get('id'), 'package')}"


def resource_uri(*, package: Mapping[str, Any], resource: Mapping[str, Any], base_url: str) -> str:
    """A distribution's URI, nested under its dataset's like ckanext-dcat's."""
    package_id = resource.get("package_id") or package.get("id")
    return (
        f"{_base(base_url)}/opendata/dataset/{_segment(package_id, 'package')}"
        f"/resource/{_segment(resource.get('id'), 'resource')}"
    )


def _organization_uri(base: str, organization: Mapping[str, Any]) -> str:
    return f"{base}/opendata/organization/{_segment(organization.get('id'), 'organization')}"


def _group_uri(base: str, group: Mapping[str, Any]) -> str:
    return f"{base}/opendata/group/{_segment(group.get('id') or group.get('name'), 'group')}"


def _clean_uri(value: str) -> URIRef:
    """Percent-encode what rdflib cannot serialise; existing ``%xx`` are left alone, so a URL
    that is already encoded comes out unchanged."""
    cleaned = value.strip()
    for char in _IRI_UNSAFE:
        cleaned = cleaned.replace(char, quote(char))
    return URIRef(cleaned)


def _link(value: str) -> URIRef | None:
    """A web link, or nothing: a relative or scheme-less value would be resolved against
    whatever base the harvester happens to use."""
    return _clean_uri(value) if _HTTP_URI.match(value) else None


def _uri_or_literal(value: str, *, lang: str | None = None) -> URIRef | Literal:
    """ckanext-dcat's ``URIRefOrLiteral``: http(s) values are links, anything else is text."""
    link = _link(value)
    return link if link is not None else Literal(value, lang=lang)


# --- reading CKAN dictionaries --------------------------------------------------------------


def _text_of(value: Any) -> str:
    """CKAN writes unset fields as ``""`` or ``null``; both, and blanks, mean "no value"."""
    if value is None or isinstance(value, bool | Mapping | list | tuple):
        return ""
    return str(value).strip()


def _raw(source: Mapping[str, Any], key: str) -> Any:
    """A field's value, looked up as ckanext-dcat does: the top-level key, then the extras
    (also under the legacy ``dcat_`` prefix). Unlike ckanext-dcat, an empty top-level field
    does not hide a filled-in extra."""
    value = source.get(key)
    if _present(value):
        return value
    for extra in source.get("extras") or ():
        if not isinstance(extra, Mapping):
            continue
        if extra.get("key") in (key, f"dcat_{key}") and _present(extra.get("value")):
            return extra["value"]
    return None


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | Mapping):
        return bool(value)
    return True


def _value(source: Mapping[str, Any], *keys: str) -> str:
    """The first non-empty text among ``keys``, ckanext-dcat's field-with-fallbacks."""
    for key in keys:
        text = _text_of(_raw(source, key))
        if text:
            return text
    return ""


def _values(source: Mapping[str, Any], key: str) -> list[str]:
    """A list field, which CKAN extras hold as JSON, as a comma-separated string or as a
    single value; duplicates and blanks are dropped so no triple is written twice."""
    value = _raw(source, key)
    items: Iterable[Any]
    if value is None:
        items = ()
    elif isinstance(value, list | tuple):
        items = value
    else:
        text = str(value)
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, list):
            items = parsed
        elif parsed is None and "," in text:
            items = text.split(",")
        else:
            items = (text,)
    seen: dict[str, None] = {}
    for item in items:
        item_text = _text_of(item)
        if item_text:
            seen.setdefault(item_text, None)
    return list(seen)


# --- dates ----------------------------------------------------------------------------------


def _parse_datetime(value: str) -> datetime | None:
    """ISO 8601 dates and date-times, plus the partial ``YYYY`` / ``YYYY-MM`` forms that
    ckanext-dcat expands to the first day (its dateutil default)."""
    partial = _PARTIAL_DATE.match(value)
    try:
        if partial:
            return datetime(int(partial[1]), int(partial[2] or 1), 1)
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _timestamp(value: str) -> Literal:
    """A CKAN metadata timestamp as ``xsd:dateTime``. CKAN stores them in UTC without saying
    so; the offset is stated so that a harvester in another zone does not shift them."""
    parsed = _parse_datetime(value)
    if parsed is None:
        return Literal(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return Literal(parsed.isoformat(), datatype=XSD.dateTime)


def _calendar_date(value: str) -> Literal:
    """A temporal-coverage date as ckanext-dcat writes it: ``xsd:dateTime`` at midnight and
    without an offset, because "from 1 April 2026" is a date in the city's calendar, not an
    instant in UTC. Unparseable values are kept as text rather than dropped."""
    parsed = _parse_datetime(value)
    if parsed is None:
        return Literal(value)
    return Literal(parsed.isoformat(), datatype=XSD.dateTime)


# --- graph helpers --------------------------------------------------------------------------


def _bind_namespaces(graph: Graph) -> None:
    """Bind our prefixes, replacing rdflib's defaults where they clash: rdflib binds
    ``schema`` to https://schema.org/, and ``dcterms`` instead of the ``dct`` ckanext uses."""
    for prefix, namespace in NAMESPACES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)


def _add(graph: Graph, subject: _Subject, predicate: URIRef, value: _Object | None) -> None:
    if value is not None:
        graph.add((subject, predicate, value))


def _add_text(
    graph: Graph, subject: _Subject, predicate: URIRef, value: str, *, lang: str | None
) -> None:
    if value:
        graph.add((subject, predicate, Literal(value, lang=lang)))


def _add_typed_link(
    graph: Graph, subject: _Subject, predicate: URIRef, value: str, rdf_class: URIRef | None
) -> None:
    """A URIRef-or-literal value; links get their DCAT-AP range class, as ckanext-dcat's
    newer profiles do, so validators know what the linked thing is."""
    if not value:
        return
    node = _uri_or_literal(value)
    graph.add((subject, predicate, node))
    if rdf_class is not None and isinstance(node, URIRef):
        graph.add((node, RDF.type, rdf_class))


def _add_statement(
    graph: Graph, subject: _Subject, predicate: URIRef, value: str, rdf_class: URIRef
) -> None:
    """Rights and provenance: a link to a published statement, or the statement's text as the
    label of an anonymous one (DCAT-AP does not allow a bare literal here)."""
    if not value:
        return
    link = _link(value)
    if link is not None:
        graph.add((subject, predicate, link))
        graph.add((link, RDF.type, rdf_class))
        return
    statement = BNode()
    graph.add((statement, RDF.type, rdf_class))
    graph.add((statement, RDFS.label, Literal(value, lang=METADATA_LANGUAGE)))
    graph.add((subject, predicate, statement))


def _translations(source: Mapping[str, Any], field: str) -> dict[str, str]:
    """``{language: text}`` from the ``<field>_<lang>`` keys our API writes for translated
    titles and descriptions, at the top level or in the extras; Japanese is the field itself."""
    prefix = f"{field}_"
    candidates: list[tuple[Any, Any]] = [
        (key, value) for key, value in source.items() if isinstance(key, str)
    ]
    candidates += [
        (extra.get("key"), extra.get("value"))
        for extra in source.get("extras") or ()
        if isinstance(extra, Mapping)
    ]
    found: dict[str, str] = {}
    for key, value in candidates:
        if not isinstance(key, str) or not key.startswith(prefix):
            continue
        lang = key.removeprefix(prefix)
        text = _text_of(value)
        if text and _TRANSLATION_SUFFIX.match(lang) and lang != METADATA_LANGUAGE:
            found.setdefault(lang, text)
    return found


def _add_translations(
    graph: Graph, subject: _Subject, predicate: URIRef, source: Mapping[str, Any], field: str
) -> None:
    for lang, text in _translations(source, field).items():
        graph.add((subject, predicate, Literal(text, lang=lang)))


def _mailto(email: str) -> URIRef:
    address = email.removeprefix("mailto:").strip()
    return _clean_uri(f"mailto:{address}")


# --- datasets -------------------------------------------------------------------------------

# (extra key, predicate, class of linked values); each may hold several values.
_DATASET_LISTS: tuple[tuple[str, URIRef, URIRef | None], ...] = (
    ("language", DCT.language, DCT.LinguisticSystem),
    ("conforms_to", DCT.conformsTo, DCT.Standard),
    ("documentation", FOAF.page, FOAF.Document),
    ("related_resource", DCT.relation, RDFS.Resource),
    ("has_version", DCT.hasVersion, None),
    ("is_version_of", DCT.isVersionOf, None),
    ("source", DCT.source, None),
    ("sample", ADMS.sample, DCAT.Distribution),
    ("alternate_identifier", ADMS.identifier, None),
)

_RESOURCE_LISTS: tuple[tuple[str, URIRef, URIRef | None], ...] = (
    ("documentation", FOAF.page, FOAF.Document),
    ("language", DCT.language, DCT.LinguisticSystem),
    ("conforms_to", DCT.conformsTo, DCT.Standard),
)


def graph_from_package(*, graph: Graph, package: Mapping[str, Any], base_url: str) -> URIRef:
    """Add one CKAN package as a ``dcat:Dataset`` (with its distributions, publisher, contact
    point…) to ``graph`` and return the dataset's URI.

    Fields that are missing, ``null`` or blank add no triples at all: an empty
    ``dct:temporal`` or ``foaf:name ""`` would make harvesters overwrite real values with
    nothing.
    """
    base = _base(base_url)
    _bind_namespaces(graph)
    dataset = URIRef(dataset_uri(package=package, base_url=base))
    graph.add((dataset, RDF.type, DCAT.Dataset))

    # Title and description: Japanese, plus whichever translations are filled in.
    title = _text_of(package.get("title"))
    if title:
        _add_text(graph, dataset, DCT.title, title, lang=METADATA_LANGUAGE)
    else:
        # DCAT-AP requires a title; CKAN shows the name when there is none, so do we.
        _add_text(graph, dataset, DCT.title, _text_of(package.get("name")), lang=None)
    _add_translations(graph, dataset, DCT.title, package, "title")
    _add_text(graph, dataset, DCT.description, _value(package, "notes"), lang=METADATA_LANGUAGE)
    _add_translations(graph, dataset, DCT.description, package, "notes")

    landing_page = _link(_value(package, "url"))
    if landing_page is not None:
        graph.add((dataset, DCAT.landingPage, landing_page))
        graph.add((landing_page, RDF.type, FOAF.Document))
    identifier = _value(package, "identifier", "guid", "id")
    _add(graph, dataset, DCT.identifier, _uri_or_literal(identifier) if identifier else None)
    _add_text(
        graph, dataset, OWL.versionInfo, _value(package, "version", "dcat_version"), lang=None
    )
    _add_text(
        graph, dataset, ADMS.versionNotes, _value(package, "version_notes"), lang=METADATA_LANGUAGE
    )
    _add_typed_link(graph, dataset, DCT.type, _value(package, "dcat_type"), None)
    _add_frequency(graph, dataset, _value(package, "frequency"))

    for tag in package.get("tags") or ():
        if isinstance(tag, Mapping):
            _add_text(
                graph, dataset, DCAT.keyword, _text_of(tag.get("name")), lang=METADATA_LANGUAGE
            )

    issued = _value(package, "issued", "metadata_created")
    _add(graph, dataset, DCT.issued, _timestamp(issued) if issued else None)
    modified = _value(package, "modified", "metadata_modified")
    _add(graph, dataset, DCT.modified, _timestamp(modified) if modified else None)

    for key, predicate, rdf_class in _DATASET_LISTS:
        for item in _values(package, key):
            _add_typed_link(graph, dataset, predicate, item, rdf_class)

    _add_themes(graph, dataset, package, base)
    _add_contact_point(graph, dataset, package)
    _add_publisher(graph, dataset, package, base)
    _add_temporal(graph, dataset, package)
    _add_spatial(graph, dataset, package)
    _add_statement(
        graph, dataset, DCT.accessRights, _value(package, "access_rights"), DCT.RightsStatement
    )
    _add_statement(
        graph, dataset, DCT.provenance, _value(package, "provenance"), DCT.ProvenanceStatement
    )

    for resource in package.get("resources") or ():
        if isinstance(resource, Mapping):
            _add_distribution(graph, dataset, package, resource, base)
    return dataset


def _add_frequency(graph: Graph, dataset: URIRef, value: str) -> None:
    """Our slugs map to the EU authority table; anything else is passed through as
    ckanext-dcat would (a link if it is one, text otherwise)."""
    if not value:
        return
    uri = FREQUENCIES.get(value.lower())
    node = URIRef(uri) if uri else _uri_or_literal(value)
    graph.add((dataset, DCT.accrualPeriodicity, node))
    if isinstance(node, URIRef):
        graph.add((node, RDF.type, DCT.Frequency))


def _add_themes(graph: Graph, dataset: URIRef, package: Mapping[str, Any], base: str) -> None:
    """Themes from the ``theme`` extra (URIs, as in ckanext-dcat) and from the groups, which
    are our themes; a group becomes a ``skos:Concept`` labelled with its title."""
    for theme in _values(package, "theme"):
        _add(graph, dataset, DCAT.theme, _link(theme))
    for group in package.get("groups") or ():
        if not isinstance(group, Mapping) or not (group.get("id") or group.get("name")):
            continue
        concept = URIRef(_group_uri(base, group))
        graph.add((dataset, DCAT.theme, concept))
        graph.add((concept, RDF.type, SKOS.Concept))
        label = _text_of(group.get("title")) or _text_of(group.get("display_name"))
        _add_text(graph, concept, SKOS.prefLabel, label, lang=METADATA_LANGUAGE)
        _add_translations(graph, concept, SKOS.prefLabel, group, "title")


def _add_contact_point(graph: Graph, dataset: URIRef, package: Mapping[str, Any]) -> None:
    """``dcat:contactPoint`` as a ``vcard:Organization``; the ``contact_*`` extras win, then
    maintainer, then author, in ckanext-dcat's order."""
    uri = _value(package, "contact_uri")
    name = _value(package, "contact_name", "maintainer", "author")
    email = _value(package, "contact_email", "maintainer_email", "author_email")
    if not (uri or name or email):
        return
    contact: _Subject = _link(uri) or BNode()
    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((dataset, DCAT.contactPoint, contact))
    _add_text(graph, contact, VCARD.fn, name, lang=METADATA_LANGUAGE)
    if email:
        graph.add((contact, VCARD.hasEmail, _mailto(email)))


def _add_publisher(graph: Graph, dataset: URIRef, package: Mapping[str, Any], base: str) -> None:
    """``dct:publisher`` from the ``publisher_*`` extras, falling back to the owning
    organization (our department) as ckanext-dcat does."""
    publisher_uri = _value(package, "publisher_uri")
    publisher_name = _value(package, "publisher_name")
    organization = package.get("organization")
    publisher: _Subject
    translated_from: Mapping[str, Any] = {}
    if publisher_uri or publisher_name:
        publisher = _link(publisher_uri) or BNode()
        details = {
            "name": publisher_name,
            "email": _value(package, "publisher_email"),
            "url": _value(package, "publisher_url"),
            "type": _value(package, "publisher_type"),
            "identifier": _value(package, "publisher_identifier"),
        }
    elif isinstance(organization, Mapping) and organization.get("id"):
        publisher = URIRef(_organization_uri(base, organization))
        translated_from = organization
        details = {
            "name": _text_of(organization.get("title")) or _text_of(organization.get("name")),
            "email": _text_of(organization.get("email")),
            "url": _text_of(organization.get("url")),
            "type": _text_of(organization.get("dcat_type")),
            "identifier": _text_of(organization.get("identifier")),
        }
    else:
        return
    graph.add((dataset, DCT.publisher, publisher))
    # ckanext-dcat has typed publishers foaf:Organization (DCAT-AP 1) and foaf:Agent (later
    # versions); a city department is both, and either kind of reader finds its class.
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, RDF.type, FOAF.Organization))
    _add_text(graph, publisher, FOAF.name, details["name"], lang=METADATA_LANGUAGE)
    _add_translations(graph, publisher, FOAF.name, translated_from, "title")
    _add_text(graph, publisher, FOAF.mbox, details["email"], lang=None)
    _add(graph, publisher, FOAF.homepage, _link(details["url"]))
    _add_typed_link(graph, publisher, DCT.type, details["type"], None)
    if details["identifier"]:
        graph.add((publisher, DCT.identifier, _uri_or_literal(details["identifier"])))


def _add_temporal(graph: Graph, dataset: URIRef, package: Mapping[str, Any]) -> None:
    """``dct:temporal`` as one ``dct:PeriodOfTime``. Both the DCAT 2 properties
    (``dcat:startDate``, read first by the DCAT-AP 2/3 parsers) and the schema.org ones (the
    only ones the DCAT-AP 1 parser reads) are given, so every parser version finds them."""
    start = _value(package, "temporal_start")
    end = _value(package, "temporal_end")
    if not (start or end):
        return
    period = BNode()
    graph.add((period, RDF.type, DCT.PeriodOfTime))
    graph.add((dataset, DCT.temporal, period))
    if start:
        graph.add((period, DCAT.startDate, _calendar_date(start)))
        graph.add((period, SCHEMA.startDate, _calendar_date(start)))
    if end:
        graph.add((period, DCAT.endDate, _calendar_date(end)))
        graph.add((period, SCHEMA.endDate, _calendar_date(end)))


def _add_spatial(graph: Graph, dataset: URIRef, package: Mapping[str, Any]) -> None:
    """``dct:spatial`` as a ``dct:Location``: named by ``spatial_uri`` when there is one,
    labelled by ``spatial_text``, with a ``spatial`` GeoJSON geometry."""
    uri = _value(package, "spatial_uri")
    text = _value(package, "spatial_text")
    geometry = _value(package, "spatial")
    if not (uri or text or geometry):
        return
    location: _Subject = _link(uri) or BNode()
    graph.add((location, RDF.type, DCT.Location))
    graph.add((dataset, DCT.spatial, location))
    _add_text(graph, location, SKOS.prefLabel, text, lang=METADATA_LANGUAGE)
    if geometry:
        graph.add((location, LOCN.geometry, Literal(geometry, datatype=_GEOJSON_MEDIA_TYPE)))


# --- distributions --------------------------------------------------------------------------


def _add_distribution(
    graph: Graph,
    dataset: URIRef,
    package: Mapping[str, Any],
    resource: Mapping[str, Any],
    base: str,
) -> None:
    distribution = URIRef(resource_uri(package=package, resource=resource, base_url=base))
    graph.add((dataset, DCAT.distribution, distribution))
    graph.add((distribution, RDF.type, DCAT.Distribution))

    _add_text(graph, distribution, DCT.title, _value(resource, "name"), lang=METADATA_LANGUAGE)
    _add_text(
        graph,
        distribution,
        DCT.description,
        _value(resource, "description"),
        lang=METADATA_LANGUAGE,
    )
    _add_typed_link(graph, distribution, ADMS.status, _value(resource, "status"), None)
    _add_license(graph, distribution, package, resource)
    _add_statement(graph, distribution, DCT.rights, _value(resource, "rights"), DCT.RightsStatement)
    for key, predicate, rdf_class in _RESOURCE_LISTS:
        for item in _values(resource, key):
            _add_typed_link(graph, distribution, predicate, item, rdf_class)

    _add_urls(graph, distribution, resource, base)
    _add_format(graph, distribution, resource)

    issued = _value(resource, "issued", "created")
    _add(graph, distribution, DCT.issued, _timestamp(issued) if issued else None)
    modified = _value(resource, "modified", "metadata_modified", "last_modified")
    _add(graph, distribution, DCT.modified, _timestamp(modified) if modified else None)

    size = _byte_size(resource.get("size"))
    _add(graph, distribution, DCAT.byteSize, size)
    _add_checksum(graph, distribution, resource)


def _add_license(
    graph: Graph,
    distribution: URIRef,
    package: Mapping[str, Any],
    resource: Mapping[str, Any],
) -> None:
    """The resource's own licence, else the dataset's ``license_url``. DCAT-AP puts licences
    on distributions only, so without this a harvester would see no licence at all."""
    license_value = _value(resource, "license") or _text_of(package.get("license_url"))
    if not license_value:
        return
    node = _uri_or_literal(license_value)
    graph.add((distribution, DCT.license, node))
    if isinstance(node, URIRef):
        graph.add((node, RDF.type, DCT.LicenseDocument))
        if license_value == _text_of(package.get("license_url")):
            # ckanext-dcat's parser matches a licence by URI, then by title.
            _add_text(
                graph,
                node,
                DCT.title,
                _text_of(package.get("license_title")),
                lang=METADATA_LANGUAGE,
            )


def _add_urls(graph: Graph, distribution: URIRef, resource: Mapping[str, Any], base: str) -> None:
    """``dcat:accessURL`` and ``dcat:downloadURL``. Explicit ``access_url`` / ``download_url``
    fields are used as given; otherwise an uploaded file's URL is a direct download (and,
    DCAT-AP's access URL being mandatory, its access URL too), and a link is an access URL.
    Uploads are stored with site-relative paths, so a path is resolved against the site."""
    url, access_url, download_url = (
        _absolute(_value(resource, key), base) for key in ("url", "access_url", "download_url")
    )
    if not download_url and url and _value(resource, "url_type") == "upload":
        download_url = url
    if not access_url:
        access_url = url or download_url
    for predicate, value in ((DCAT.accessURL, access_url), (DCAT.downloadURL, download_url)):
        link = _link(value)
        if link is not None:
            graph.add((distribution, predicate, link))
            graph.add((link, RDF.type, RDFS.Resource))


def _absolute(url: str, base: str) -> str:
    return f"{base}{url}" if url.startswith("/") and not url.startswith("//") else url


def _add_format(graph: Graph, distribution: URIRef, resource: Mapping[str, Any]) -> None:
    """``dct:format`` and ``dcat:mediaType`` by ckanext-dcat's rule: a media type (``text/csv``
    or an IANA URI) goes to ``dcat:mediaType``, a format name (``CSV``) to ``dct:format``; a
    linked format is typed ``dct:MediaTypeOrExtent``."""
    mimetype = _value(resource, "mimetype")
    fmt = _value(resource, "format")
    if fmt and (not mimetype or mimetype == fmt):
        if "iana.org/assignments/media-types" in fmt or (not fmt.startswith("http") and "/" in fmt):
            mimetype, fmt = fmt, ""
        else:
            mimetype = ""
    if mimetype:
        media_type = _uri_or_literal(mimetype)
        graph.add((distribution, DCAT.mediaType, media_type))
        if isinstance(media_type, URIRef):
            graph.add((media_type, RDF.type, DCT.MediaType))
    if fmt:
        format_node = _uri_or_literal(fmt)
        graph.add((distribution, DCT["format"], format_node))
        if isinstance(format_node, URIRef):
            graph.add((format_node, RDF.type, DCT.MediaTypeOrExtent))


def _byte_size(value: Any) -> Literal | None:
    """``dcat:byteSize`` typed ``xsd:decimal`` as DCAT 2 and ckanext-dcat have it; a size
    that is not a whole, non-negative number is dropped rather than published wrong."""
    text = _text_of(value)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    if not math.isfinite(number) or number < 0 or number != int(number):
        return None
    return Literal(str(int(number)), datatype=XSD.decimal)


def _add_checksum(graph: Graph, distribution: URIRef, resource: Mapping[str, Any]) -> None:
    """``spdx:checksum``. Our hashes read ``sha256:<hex>``; the prefix names the algorithm and
    only the hex is an ``xsd:hexBinary`` value."""
    value = _value(resource, "hash")
    if not value:
        return
    algorithm = _value(resource, "hash_algorithm")
    prefix, separator, digest = value.partition(":")
    if separator and re.fullmatch(r"[A-Za-z0-9-]+", prefix) and _HEX.match(digest):
        algorithm = algorithm or prefix
        value = digest
    checksum = BNode()
    graph.add((checksum, RDF.type, SPDX.Checksum))
    if _HEX.match(value):
        graph.add((checksum, SPDX.checksumValue, Literal(value.lower(), datatype=XSD.hexBinary)))
    else:
        graph.add((checksum, SPDX.checksumValue, Literal(value)))
    if algorithm:
        algorithm_node: URIRef | Literal
        if _HTTP_URI.match(algorithm):
            algorithm_node = _clean_uri(algorithm)
        else:
            algorithm_node = URIRef(_SPDX_ALGORITHM + algorithm.lower().replace("-", ""))
        graph.add((checksum, SPDX.algorithm, algorithm_node))
        graph.add((algorithm_node, RDF.type, SPDX.ChecksumAlgorithm))
    graph.add((distribution, SPDX.checksum, checksum))


# --- the catalog ----------------------------------------------------------------------------


def catalog_graph(
    *,
    packages: Sequence[Mapping[str, Any]],
    base_url: str,
    title: str,
    description: str,
    language: str,
    page: int,
    page_size: int,
    total: int,
    page_url: Callable[[int], str],
    modified: str | None = None,
) -> Graph:
    """One page of the catalog: the ``dcat:Catalog``, the page's datasets and, when the
    catalog is not empty, the ``hydra:PagedCollection`` node harvesters follow to the next page.

    ``packages`` is the page (``page_size`` at most), ``total`` the number of datasets in the
    whole catalog, and ``page_url(n)`` the absolute URL of page ``n``. ``dct:modified`` is the
    latest ``metadata_modified`` of the page unless ``modified`` is given; ckanext-dcat uses the
    whole catalog's, which is the same on page 1 when pages are sorted newest first as it sorts
    them.
    """
    if page < 1:
        raise ValueError(f"page numbers start at 1, got {page}")
    if page_size < 1:
        raise ValueError(f"page_size must be positive, got {page_size}")
    if total < 0:
        raise ValueError(f"total cannot be negative, got {total}")

    # Only rdflib's core prefixes: the dozens it binds by default would all end up in the
    # JSON-LD @context.
    graph = Graph(bind_namespaces="core")
    _bind_namespaces(graph)
    catalog = URIRef(catalog_uri(base_url=base_url))
    graph.add((catalog, RDF.type, DCAT.Catalog))

    text_lang = language if _LANGUAGE_TAG.match(language) else None
    _add_text(graph, catalog, DCT.title, title.strip(), lang=text_lang)
    _add_text(graph, catalog, DCT.description, description.strip(), lang=text_lang)
    graph.add((catalog, FOAF.homepage, catalog))
    if language.strip():
        graph.add((catalog, DCT.language, _uri_or_literal(language.strip())))

    latest = _text_of(modified) or _latest_modification(packages)
    _add(graph, catalog, DCT.modified, _timestamp(latest) if latest else None)

    for package in packages:
        dataset = graph_from_package(graph=graph, package=package, base_url=base_url)
        graph.add((catalog, DCAT.dataset, dataset))

    _add_pagination(
        graph,
        page=page,
        page_size=page_size,
        total=total,
        page_count=len(packages),
        page_url=page_url,
    )
    return graph


def _latest_modification(packages: Sequence[Mapping[str, Any]]) -> str:
    latest: tuple[datetime, str] | None = None
    for package in packages:
        value = _value(package, "metadata_modified")
        parsed = _parse_datetime(value) if value else None
        if parsed is None:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        if latest is None or parsed > latest[0]:
            latest = (parsed, value)
    return latest[1] if latest else ""


def _add_pagination(
    graph: Graph,
    *,
    page: int,
    page_size: int,
    total: int,
    page_count: int,
    page_url: Callable[[int], str],
) -> None:
    """The paging node exactly as ckanext-dcat builds it (``logic._pagination_info`` and
    ``RDFSerializer._add_pagination_triples``): named by the current page's URL, with both the
    deprecated Hydra predicates (``nextPage``…, which older harvesters read) and their
    replacements (``next``…), page links as plain literals, and no node at all for an empty
    catalog."""
    if total == 0:
        return
    last_page = math.ceil(total / page_size) or 1
    links: list[tuple[tuple[URIRef, ...], int]] = [
        ((HYDRA.firstPage, HYDRA.first), 1),
        ((HYDRA.lastPage, HYDRA.last), last_page),
    ]
    if page > 1:
        # A page past the end links back to the last page rather than to page - 1.
        in_range = (page - 1) * page_size + page_count <= total
        links.append(((HYDRA.previousPage, HYDRA.previous), page - 1 if in_range else last_page))
    if page * page_size < total:
        links.append(((HYDRA.nextPage, HYDRA.next), page + 1))

    collection = URIRef(page_url(page))
    graph.add((collection, RDF.type, HYDRA.PagedCollection))
    for predicates, target in links:
        for predicate in predicates:
            graph.add((collection, predicate, Literal(page_url(target))))
    graph.add((collection, HYDRA.totalItems, Literal(total)))
    graph.add((collection, HYDRA.itemsPerPage, Literal(page_size)))


# --- output ---------------------------------------------------------------------------------


def serialize(*, graph: Graph, fmt: str) -> tuple[bytes, str]:
    """The graph as UTF-8 bytes in one of :data:`FORMATS`, with its content type. Unknown
    formats raise ``ValueError`` so the view can answer 404 instead of guessing."""
    try:
        rdf_format = FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown RDF format {fmt!r}; expected one of {', '.join(sorted(FORMATS))}"
        ) from None
    _bind_namespaces(graph)
    if rdf_format.rdflib_name == "json-ld":
        # Compacted with the bound prefixes, as ckanext-dcat does for JSON-LD.
        data = graph.serialize(format="json-ld", encoding="utf-8", auto_compact=True)
    else:
        data = graph.serialize(format=rdf_format.rdflib_name, encoding="utf-8")
    return data, rdf_format.content_type
