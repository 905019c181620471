"""Closed vocabularies: legal forms, missions, funders, statuses and the like.

Each member's value is a stable lowercase slug (what the JSON holds); ``label`` is the French
term the sources use and ``label_en`` an English gloss; some members also take other French
words people use (``Status.parse("actif")``). :meth:`Vocabulary.parse` accepts any of them, in
any case, with or without accents.
"""

from __future__ import annotations

import enum
import functools
from typing import TypeVar

from .errors import InvalidTypeError, UnknownChoiceError
from .text import lookup_key, suggest

__all__ = [
    "AliasKind",
    "Basis",
    "Certainty",
    "DatedBy",
    "EventKind",
    "FrameworkKind",
    "Funder",
    "FunderScope",
    "FundingRole",
    "LegalForm",
    "Mission",
    "RelationKind",
    "Role",
    "Rule",
    "SourceKind",
    "Status",
    "TerritoryKind",
    "Vocabulary",
]


V = TypeVar("V", bound="Vocabulary")


@functools.cache
def _spellings(cls: type[Vocabulary]) -> dict[str, Vocabulary]:
    keys: dict[str, Vocabulary] = {}
    for member in cls:
        for spelling in (member.value, member.name, member.label, member.label_en, *member.also):
            keys.setdefault(lookup_key(spelling), member)
    return keys


class Vocabulary(enum.Enum):
    """Base of the closed vocabularies: a slug value, a French and an English label."""

    _label: str
    _label_en: str
    _also: tuple[str, ...]

    def __new__(cls, value: str, label: str, label_en: str, *also: str) -> Vocabulary:
        member = object.__new__(cls)
        member._value_ = value
        member._label = label
        member._label_en = label_en
        member._also = also
        return member

    @property
    def label(self) -> str:
        """The French term the sources use."""
        return self._label

    @property
    def label_en(self) -> str:
        """An English gloss."""
        return self._label_en

    @property
    def also(self) -> tuple[str, ...]:
        """Other French words for the member that :meth:`parse` accepts."""
        return self._also

    def __setattr__(self, name: str, value: object) -> None:
        if not name.startswith("_"):  # the enum machinery sets only private names
            raise AttributeError(f"{type(self).__name__} members are read-only")
        super().__setattr__(name, value)

    @classmethod
    def parse(cls: type[V], text: object) -> V:
        """The member whose slug, name, French or English label matches ``text``.

        Raises :class:`UnknownChoiceError` (a ``LookupError``) naming the valid choices.
        """
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            raise InvalidTypeError(f"a {cls.__name__} must be given as a member or a string, not {type(text).__name__}")
        found = _spellings(cls).get(lookup_key(text))
        if found is not None:
            return found  # type: ignore[return-value]
        labels = {lookup_key(m.label): m.label for m in cls}
        labels.update({lookup_key(m.value): m.value for m in cls})
        choices = ", ".join(m.value for m in cls)
        raise UnknownChoiceError(text, suggest(text, labels), hint=f"valid {cls.__name__} values: {choices}")

    def __str__(self) -> str:
        return self.label


class LegalForm(Vocabulary):
    """The legal form of a body."""

    ASSOCIATION = ("association", "association loi 1901", "non-profit association")
    GIP = ("gip", "groupement d'intérêt public", "public interest grouping")
    OTHER = ("other", "autre", "other")


class Status(Vocabulary):
    """Where a centre stands at a date."""

    ACTIVE = ("active", "en fonctionnement", "active", "actif", "en activité")
    IN_PREPARATION = ("in-preparation", "en préfiguration", "in preparation", "préfiguration")
    NO_LONGER_LISTED = ("no-longer-listed", "plus mentionné", "no longer listed", "plus mentionnée")
    CLOSED = ("closed", "dissous", "closed", "dissoute", "fermé", "fermée")


class Mission(Vocabulary):
    """A centre's mission: the six of the DIV's national cahier des charges, then the
    specificities of the CGET-era network text where they differ."""

    INFORMATION = ("information", "service d'information documentaire", "documentary information service")
    QUALIFICATION = (
        "qualification",
        "cycle de qualification et d'échanges sur les pratiques professionnelles",
        "training and exchange on professional practice",
    )
    MEETINGS = (
        "meetings",
        "organisation de rencontres et de séminaires thématiques",
        "thematic meetings and seminars",
    )
    CAPITALISATION = ("capitalisation", "capitalisation de fiches d'expériences", "capitalising experience sheets")
    EXPERTISE = ("expertise", "expertise et appui méthodologique aux acteurs", "expertise and methodological support")
    PUBLICATIONS = ("publications", "publications", "publications")
    NETWORK_FACILITATION = ("network-facilitation", "animation de réseaux", "facilitating networks of actors")
    KNOWLEDGE_PRODUCTION = ("knowledge-production", "production de connaissance", "producing knowledge")
    STUDIES_AND_EXPERIMENTATION = (
        "studies-and-experimentation",
        "accompagnement, études et expérimentation",
        "support, studies and experimentation",
    )


class Basis(Vocabulary):
    """What shows that a centre carries a mission or has a funder."""

    NETWORK = ("network", "énoncé valant pour tout le réseau", "a network-wide statement")
    CENTRE = ("centre", "source sur le centre", "a source about the centre")


class FunderScope(Vocabulary):
    """Which centres a network-wide statement about funders applies to."""

    ALL_CENTRES = ("all-centres", "tous les centres", "all centres")
    MOST_CENTRES = ("most-centres", "principalement", "most centres, as a tendency: no one centre in particular")
    GIP_CENTRES = ("gip-centres", "pour les GIP", "centres that are GIPs")
    SOME_CENTRES = ("some-centres", "selon les cas", "some centres, not named")


class Funder(Vocabulary):
    """Kinds of funder and partner named by the sources."""

    STATE = ("state", "État", "the State")
    REGIONAL_COUNCIL = ("regional-council", "conseil régional", "regional council")
    DEPARTMENT = ("department", "département", "departmental council")
    MUNICIPALITIES = ("municipalities", "communes et EPCI", "municipalities and inter-municipal bodies")
    HLM_REGIONAL_UNION = ("hlm-regional-union", "union régionale HLM", "regional union of social housing bodies")
    UNIVERSITY = ("university", "université", "university")
    CNFPT = ("cnfpt", "CNFPT", "national centre for local civil service training")
    ACSE = ("acse", "Acsé", "national agency for social cohesion and equal opportunity")
    CAISSE_DES_DEPOTS = ("caisse-des-depots", "Caisse des Dépôts", "Caisse des Dépôts")
    USH = ("ush", "Union sociale pour l'habitat", "national union of social housing bodies")
    OTHER = ("other", "autre", "other")


class FundingRole(Vocabulary):
    """How a funder stands to a centre."""

    FUNDER = ("funder", "financeur", "funder")
    GIP_MEMBER = ("gip-member", "membre du GIP", "member of the GIP")


class Role(Vocabulary):
    """A person's role in a centre or on an association's board."""

    DIRECTOR = ("director", "directeur", "director")
    PRESIDENT = ("president", "président", "president")
    VICE_PRESIDENT = ("vice-president", "vice-président", "vice-president")
    TREASURER = ("treasurer", "trésorier", "treasurer")
    SECRETARY = ("secretary", "secrétaire", "secretary")
    BOARD_MEMBER = ("board-member", "administrateur", "board member")


class FrameworkKind(Vocabulary):
    """The kinds of national reference framework."""

    CAHIER_DES_CHARGES = ("cahier-des-charges", "cahier des charges", "national specification")
    CADRE_DE_REFERENCE = ("cadre-de-reference", "cadre de référence", "reference framework")
    CHARTE_PARTENARIALE = ("charte-partenariale", "charte partenariale", "partnership charter")


class SourceKind(Vocabulary):
    """Where a source comes from."""

    SEED = ("seed", "document source", "seed document")
    WEB_PAGE = ("web-page", "page web", "web page")
    REFERENCE_DATA = ("reference-data", "référentiel", "reference data")


class AliasKind(Vocabulary):
    """What kind of unofficial name a territory's alias is."""

    ABBREVIATION = ("abbreviation", "sigle", "abbreviation")
    ENGLISH = ("english", "nom anglais", "English name")


class TerritoryKind(Vocabulary):
    """Regions and departments."""

    REGION = ("region", "région", "region")
    DEPARTMENT = ("department", "département", "department")


class Certainty(Vocabulary):
    """How sure a dated answer is."""

    ATTESTED = ("attested", "attesté", "a source that holds at that date states it")
    INFERRED = ("inferred", "déduit", "carried to that date by a named rule of the inference policy")
    UNCONFIRMED = (
        "unconfirmed",
        "non confirmé",
        "the last dated statement is older than the freshness horizon",
    )
    UNKNOWN = ("unknown", "inconnu", "no dated statement at or before that date")


class Rule(Vocabulary):
    """The named rules of the inference policy (see the data guide), by which an answer is inferred."""

    CONTINUITY = (
        "continuity",
        "continuité",
        "a fact still holds after its last dated statement, within the freshness horizon",
    )
    FOUNDING_START = (
        "founding-start",
        "début à la fondation",
        "a coverage starts with the centre's founding year or its first mention, before it is attested",
    )
    NETWORK_SCOPE = (
        "network-scope",
        "énoncé valant pour le réseau",
        "a statement about the network's centres holds for each centre of the network that existed at its date",
    )


class RelationKind(Vocabulary):
    """How one body became, joined or carried another, as a source states it."""

    RENAMED = ("renamed", "renommé", "renamed")
    MERGED_INTO = ("merged-into", "fusionné dans", "merged into")
    ABSORBED_BY = ("absorbed-by", "absorbé par", "absorbed by")
    REPLACED_BY = ("replaced-by", "remplacé par", "replaced by")
    SPLIT_INTO = ("split-into", "scindé en", "split into")
    HOSTED_BY = ("hosted-by", "porté par", "hosted by")


class EventKind(Vocabulary):
    """The kinds of dated event in the history of the network."""

    FOUNDED = ("founded", "création", "founded")
    RELATION = ("relation", "succession ou portage", "a renaming, a merger, a succession or a hosting")
    COVERAGE_START = ("coverage-start", "début de couverture", "starts covering a territory")
    COVERAGE_END = ("coverage-end", "fin de couverture", "stops covering a territory")
    STATUS = ("status", "statut", "a status stated or begun")
    ANIMATOR = ("animator", "animateur", "begins animating the network")
    FRAMEWORK = ("framework", "cadre national", "a national framework drafted, confirmed or signed")
    BOARD = ("board", "conseil d'administration", "a board of Question de Ville")
    CONTRIBUTION = ("contribution", "contribution", "an opinion or contribution of Question de Ville")
    MEETING = ("meeting", "rencontre nationale", "a national meeting or event of the network")
    COUNT = ("count", "décompte", "a count of the centres")


class DatedBy(Vocabulary):
    """What gives an event its date."""

    EVENT = ("event", "date de l'événement", "a source dates the event itself")
    SOURCE = ("source", "date de la source", "the date of the source that states it: it had happened by then")
    ESTIMATE = (
        "estimate",
        "date estimée de la source",
        "the earliest date of its undated source's estimate: it had happened by the time the source was written",
    )
