"""Sphinx helpers for the politique-ville documentation.

Tables generated from the code and the bundled data, so that the pages cannot drift from them:

``{pv-fields} Centre``
    The fields of an attrs record class: name, type, default. Optional content gives each
    field's meaning, one ``name: text`` line per field (continuation lines indented); naming a
    field the class does not have is a build warning. These tables of ``data.md`` are the one
    place a field's meaning is written: the API reference shows it under each field too, and a
    public field with no meaning there is a build warning.
``{pv-vocabulary} LegalForm``
    The members of a closed vocabulary: slug, French label (and the other French words it
    parses from), English gloss.
``{pv-sources}``
    Every source of the bundled data: id, kind, title, date or estimate, address.
``{pv-timeline}``, ``{pv-relations}``, ``{pv-centres-chart}``
    The history of the network: every dated event, the relations between bodies and the pairs
    no source links, and the chart of the centres per year beside the sources' counts.
``{pv-regions}``
    Every region, before and after 1 January 2016, with its codes.
``{pv-exceptions}``
    The exception hierarchy rooted at :class:`politique_ville.Error`.
``{pv-cli}``
    The command line's help, for the program and each command.
``{pv-api} resource_centres``
    The autodoc entries of every public name (of ``politique_ville.__all__``) that the named
    modules define, in source order; ``.`` is the package root. ``:what: functions`` or
    ``:what: data`` keeps only those. The API reference is made of these, so a public name is
    listed nowhere but in ``__all__``.

It also tunes autodoc for the package: record classes and vocabularies are shown without
their long constructor signatures (each field is listed with its type, and whether it is
required or its default), vocabulary members carry their labels, exceptions show public bases
only, re-exported data keeps the docstring of the module that defines it, and references to
``politique_ville.<module>.<Name>`` resolve to the public ``politique_ville.<Name>``. Finally
it warns if a public name of ``politique_ville.__all__`` is left undocumented.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import pathlib
import pkgutil
import re
import types
import typing
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

import attrs
from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from politique_ville.kinds import fields_of

PACKAGE = "politique_ville"

logger = logging.getLogger(__name__)


def _package() -> types.ModuleType:
    return importlib.import_module(PACKAGE)


def _public(name: str) -> Any:
    """A public name of the package (``Centre``) or a dotted path (``politique_ville.maps``)."""
    if "." in name:
        module, _, attribute = name.rpartition(".")
        return getattr(importlib.import_module(module), attribute)
    return getattr(_package(), name)


def _public_names() -> set[str]:
    return set(getattr(_package(), "__all__", ()))


def _vocabulary_base() -> type:
    return _public("Vocabulary")


# -- building nodes ------------------------------------------------------------------------------


def _xref(text: str, target: str, reftype: str = "class", *, plain: bool = False) -> addnodes.pending_xref:
    """A cross-reference to a Python object; ``plain`` for one inside a code span already."""
    node = addnodes.pending_xref("", refdomain="py", reftype=reftype, reftarget=target, refexplicit=True, refwarn=False)
    node["py:module"] = PACKAGE
    node["py:class"] = None
    node += nodes.Text(text) if plain else nodes.literal(text, text, classes=["xref", "py", f"py-{reftype}"])
    return node


def _type_nodes(hint: Any) -> list[nodes.Node]:
    """A type hint as one code span with short names; public classes link to the API reference."""
    public = _public_names()
    code = nodes.literal(classes=["pv-type"])

    def walk(value: Any) -> None:
        origin = typing.get_origin(value)
        args = typing.get_args(value)
        if value is type(None) or value is None:
            code.append(nodes.Text("None"))
        elif value is Ellipsis:
            code.append(nodes.Text("..."))
        elif origin in (typing.Union, types.UnionType):
            for i, arg in enumerate(args):
                if i:
                    code.append(nodes.Text(" | "))
                walk(arg)
        elif origin is not None:
            walk(origin)
            code.append(nodes.Text("["))
            for i, arg in enumerate(args):
                if i:
                    code.append(nodes.Text(", "))
                walk(arg)
            code.append(nodes.Text("]"))
        elif isinstance(value, typing.TypeVar):
            code.append(nodes.Text(value.__name__))
        elif isinstance(value, type):
            name = value.__name__
            if name in public and value.__module__.startswith(PACKAGE):
                code.append(_xref(name, f"{PACKAGE}.{name}", plain=True))
            else:
                code.append(nodes.Text(name))
        else:
            code.append(nodes.Text(str(value)))

    walk(hint)
    return [code]


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Iterable[nodes.Node] | str]],
    widths: Sequence[int],
    classes: Sequence[str] = (),
    title: Sequence[nodes.Node] = (),
) -> nodes.table:
    table = nodes.table(classes=["pv-table", *classes])
    if title:
        caption = nodes.title()
        caption.extend(title)
        table += caption
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    head += _row(headers)
    body = nodes.tbody()
    group += body
    for row in rows:
        body += _row(row)
    return table


def _row(cells: Sequence[Iterable[nodes.Node] | str]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        paragraph = nodes.paragraph()
        if isinstance(cell, str):
            paragraph += nodes.Text(cell)
        else:
            paragraph.extend(cell)
        entry += paragraph
        row += entry
    return row


def _literal(value: str) -> list[nodes.Node]:
    return [nodes.literal(value, value)]


# -- directives ----------------------------------------------------------------------------------


def _depends_on(directive: SphinxDirective, *modules: str, data: Sequence[str] = ()) -> None:
    """Re-read the page when the code or the data a generated table comes from changes."""
    for name in modules:
        path = getattr(importlib.import_module(name), "__file__", None)
        if path:
            directive.env.note_dependency(path)
    folder = pathlib.Path(_package().__file__).parent / "data"
    for name in data:
        directive.env.note_dependency(str(folder / name))


def _default_text(field: attrs.Attribute) -> str | None:  # type: ignore[type-arg]
    """The field's default as Python would show it, or None when the field is required."""
    default = field.default
    if default is attrs.NOTHING:
        return None
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return f"{default.factory.__name__}()"
    return repr(default)


COMMON_MEANINGS = {
    "sources": "The ids of the sources that state it (see [Sources](#sources)).",
    "period": "When it holds, where a source says (bounds inclusive, `None` open).",
    "as_of": "The date at which a source observed it.",
    "stated_as": "The source's own wording, where it differs.",
    "note": "The editors' remark (never a source's claim): a conflict, a caveat, or why it reads as it does.",
    "notes": "The editors' remarks (never a source's claim), each naming the sources it discusses.",
    "statements": "Other statements of the sources that fit no field, each a claim with its sources.",
    "facts": "The research facts (`r0104`...) it was encoded from, if any.",
}
"""Meanings of the fields many record classes share, unless a table says otherwise."""


class FieldsDirective(SphinxDirective):
    """A table of the fields of an attrs record class, with optional meanings."""

    required_arguments = 1
    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {"class": directives.class_option}

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        try:
            cls = _public(name)
        except (AttributeError, ImportError) as error:
            logger.warning("pv-fields: no class %r (%s)", name, error, location=self.get_location())
            return []
        if not attrs.has(cls):
            logger.warning("pv-fields: %r is not an attrs class", name, location=self.get_location())
            return []
        _depends_on(self, cls.__module__)
        fields = fields_of(cls)
        meanings = self._meanings({f.name for f in fields}, name)
        rows = []
        for field in fields:
            default = _default_text(field.attribute)
            rows.append(
                (
                    _literal(field.name),
                    _type_nodes(field.type),
                    [nodes.emphasis("required", "required")] if default is None else _literal(default),
                    meanings.get(field.name, []),
                )
            )
        title = [nodes.Text("Fields of "), _xref(cls.__name__, f"{PACKAGE}.{cls.__name__}")]
        headers = ("Field", "Type", "Default", "Meaning")
        return [_table(headers, rows, (14, 26, 10, 50), self.options.get("class", ()), title)]

    def _meanings(self, known: set[str], cls_name: str) -> dict[str, list[nodes.Node]]:
        entries: list[tuple[str, list[str], int]] = []
        for offset, line in enumerate(self.content):
            if not line.strip():
                continue
            if line[:1].isspace() and entries:
                entries[-1][1].append(line.strip())
                continue
            field, sep, text = line.partition(":")
            if not sep:
                logger.warning("pv-fields: expected 'field: meaning', got %r", line, location=self.get_location())
                continue
            entries.append((field.strip(), [text.strip()], self.content_offset + offset))
        meanings: dict[str, list[nodes.Node]] = {}
        for field, text in COMMON_MEANINGS.items():
            if field in known:
                inline, messages = self.state.inline_text(text, self.lineno)
                meanings[field] = [*inline, *messages]
        for field, lines, lineno in entries:
            if field not in known:
                logger.warning(
                    "pv-fields: %s has no field %r (described in the docs)",
                    cls_name,
                    field,
                    location=self.get_location(),
                )
                continue
            inline, messages = self.state.inline_text(" ".join(lines), lineno)
            meanings[field] = [*inline, *messages]
        return meanings


class VocabularyDirective(SphinxDirective):
    """A table of the members of a closed vocabulary."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        cls = _public(self.arguments[0])
        _depends_on(self, cls.__module__)
        rows = [
            (
                _literal(member.value),
                "; ".join((member.label, *member.also)),
                member.label_en,
                [_xref(member.name, f"{PACKAGE}.{cls.__name__}.{member.name}", "attr")],
            )
            for member in cls
        ]
        title = [_xref(cls.__name__, f"{PACKAGE}.{cls.__name__}")]
        headers = ("Value (JSON)", "French label", "English", "Member")
        return [_table(headers, rows, (22, 34, 30, 20), (), title)]


def _source_when(source: Any) -> str:
    if source.date is not None:
        return str(source.date)
    if source.estimated is not None:
        return str(source.estimated)
    return "undated"


class SourcesDirective(SphinxDirective):
    """A table of every source of the bundled data."""

    def run(self) -> list[nodes.Node]:
        _depends_on(self, data=("sources.json",))
        rows = []
        for source in _package().sources():
            title: list[nodes.Node] = [nodes.Text(source.title)]
            if source.publisher:
                title.append(nodes.Text(f" — {source.publisher}"))
            if source.url:
                title += [
                    nodes.raw("", "<br/>", format="html"),
                    nodes.Text(" "),
                    nodes.reference(source.url, source.url, refuri=source.url, classes=["pv-url"]),
                ]
            when = _source_when(source)
            if source.accessed is not None:
                when += f" (read {source.accessed})"
            rows.append((_literal(source.id), source.kind.label_en, title, when))
        return [_table(("Id", "Kind", "Title and address", "Date"), rows, (22, 10, 50, 18), ["pv-sources"])]


class FreshnessDirective(SphinxDirective):
    """The freshness report of the bundled data: one table of centres, one of dated counts."""

    def run(self) -> list[nodes.Node]:
        from politique_ville.freshness import centre_freshness, count_checks

        _depends_on(self, "politique_ville.freshness", data=("centres.json", "network.json", "sources.json"))
        data = _package().load()
        centres = [
            (
                _literal(r.centre),
                "" if r.last_dated is None else str(r.last_dated),
                r.last_statement or "",
                "unknown" if r.status is None else f"{r.status} ({r.certainty.label_en})",
            )
            for r in centre_freshness(data)
        ]
        counts = [
            (
                str(c.as_of),
                f"{c.stated} ({', '.join(c.sources)})",
                f"{len(c.covering)} ({c.difference:+d})",
                ", ".join(c.inferred) or "none",
                ", ".join(c.unconfirmed) or "none",
            )
            for c in count_checks(data)
        ]
        return [
            _table(("Centre", "Last dated", "What it says", "Status today"), centres, (18, 12, 45, 25), ["pv-fresh"]),
            _table(
                (
                    "Date",
                    "Count stated (sources)",
                    "Centres in the data (difference)",
                    "Of which inferred",
                    "Unconfirmed",
                ),
                counts,
                (12, 22, 16, 30, 20),
                ["pv-counts"],
            ),
        ]


_HISTORY_DATA = (
    "centres.json",
    "network.json",
    "question_de_ville.json",
    "frameworks.json",
    "relations.json",
    "open_questions.json",
    "sources.json",
)


def _sources_cell(sources: Sequence[str]) -> list[nodes.Node]:
    cell: list[nodes.Node] = []
    for i, source_id in enumerate(sources):
        cell += ([nodes.Text(", ")] if i else []) + _literal(source_id)
    return cell


class TimelineDirective(SphinxDirective):
    """The whole timeline of the bundled data (:func:`politique_ville.timeline`), oldest first."""

    def run(self) -> list[nodes.Node]:
        _depends_on(self, "politique_ville.history", data=_HISTORY_DATA)
        marks = {"event": "", "source": "by ", "estimate": "≥ "}
        rows = [
            (
                marks[e.dated_by.value] + str(e.date),
                e.kind.label_en,
                _literal(e.entity),
                e.text,
                e.certainty.label_en.split(":")[0]
                if e.certainty.value != "inferred"
                else f"inferred{f' ({e.rule.value})' if e.rule else ''}",
                _sources_cell(e.sources),
            )
            for e in _package().timeline()
        ]
        return [
            _table(
                ("Date", "Kind", "Entity", "Event", "Certainty", "Sources"),
                rows,
                (10, 12, 14, 36, 12, 16),
                ["pv-timeline"],
            )
        ]


class RelationsDirective(SphinxDirective):
    """The relations between bodies that a source states, then the pairs no source links."""

    def run(self) -> list[nodes.Node]:
        _depends_on(self, "politique_ville.relations", data=_HISTORY_DATA)
        data = _package().load()
        stated = [
            (
                _literal(r.subject),
                r.kind.label_en,
                f"« {r.name_before} » → « {r.name_after} »"
                if r.kind.value == "renamed"
                else (r.object or r.object_name or ""),
                str(r.date or (r.period if r.period else "") or (f"as of {r.as_of}" if r.as_of else "undated")),
                _sources_cell(r.sources),
            )
            for r in data.relations()
        ]
        questions = nodes.bullet_list()
        for question in data.open_questions():
            item = nodes.list_item()
            paragraph = nodes.paragraph()
            paragraph += [*_literal(question.between[0]), nodes.Text(" and "), *_literal(question.between[1])]
            paragraph += nodes.Text(f": {question.note.text} (")
            paragraph += _sources_cell(question.note.refers_to)
            paragraph += nodes.Text(")")
            item += paragraph
            questions += item
        return [
            _table(("Body", "Relation", "To", "When", "Sources"), stated, (16, 12, 34, 16, 22), ["pv-relations"]),
            nodes.paragraph(text="No source links these pairs, although the sources suggest a link:"),
            questions,
        ]


class CentresChartDirective(SphinxDirective):
    """The chart of the centres per year beside the sources' counts, inline SVG."""

    def run(self) -> list[nodes.Node]:
        _depends_on(self, "politique_ville.chart", data=_HISTORY_DATA)
        svg = _package().centres_chart().split("?>", 1)[1]  # inline: no XML declaration
        from politique_ville.chart import HEIGHT, WIDTH

        fitted = svg.replace(
            f'width="{WIDTH}" height="{HEIGHT}"', f'width="100%" style="max-width: {WIDTH}px; height: auto"', 1
        )
        return [nodes.raw("", fitted, format="html")]


class RegionsDirective(SphinxDirective):
    """A table of the regions, before and after 1 January 2016."""

    def run(self) -> list[nodes.Node]:
        _depends_on(self, data=("territories.json",))
        pv = _package()
        regions = [t for t in pv.territories() if t.kind is pv.TerritoryKind.REGION]
        by_id = {t.id: t for t in pv.territories()}
        rows = []
        for region in sorted(regions, key=lambda r: (r.valid is not None and r.valid.end is not None, r.code)):
            successors = sorted(
                {by_id[d].region for d in region.departments if by_id[d].region and by_id[d].region != region.id}
            )
            rows.append(
                (
                    _literal(region.code),
                    _literal(region.iso or ""),
                    _literal(region.id),
                    region.name,
                    "" if region.valid is None else str(region.valid),
                    str(len(region.departments)),
                    ", ".join(by_id[s].name for s in successors if s),
                )
            )
        headers = ("INSEE", "ISO 3166-2", "Id", "Name", "Valid", "Departments", "Merged into")
        return [_table(headers, rows, (8, 10, 10, 26, 18, 10, 18), ["pv-regions"])]


class ExceptionsDirective(SphinxDirective):
    """The exception hierarchy rooted at ``politique_ville.Error``, as a nested list."""

    def run(self) -> list[nodes.Node]:
        _depends_on(self, f"{PACKAGE}.errors", PACKAGE)
        public = _public_names()
        error = _public("Error")
        exceptions = [
            _public(name)
            for name in sorted(public)
            if isinstance(_public(name), type) and issubclass(_public(name), error)
        ]

        def item(cls: type) -> nodes.list_item:
            entry = nodes.list_item()
            paragraph = nodes.paragraph()
            paragraph += _xref(cls.__name__, f"{PACKAGE}.{cls.__name__}", "exc")
            builtin = [
                b.__name__
                for b in _public_bases(cls)
                if not b.__module__.startswith(PACKAGE) and b not in (Exception, BaseException)
            ]
            if builtin:
                paragraph += nodes.Text(" (also " + ", ".join(builtin) + ")")
            entry += paragraph
            children = [c for c in exceptions if error in c.__mro__ and cls in _public_bases(c)]
            if children:
                sub = nodes.bullet_list()
                sub.extend(item(c) for c in children)
                entry += sub
            return entry

        top = nodes.bullet_list(classes=["pv-exceptions"])
        top += item(error)
        return [top]


class CliDirective(SphinxDirective):
    """The ``--help`` text of the command line and of each of its commands."""

    def run(self) -> list[nodes.Node]:
        import argparse
        import os

        from politique_ville.cli import build_parser

        _depends_on(self, f"{PACKAGE}.cli")
        saved = os.environ.get("COLUMNS")
        os.environ["COLUMNS"] = "88"  # argparse wraps help text to the terminal's width
        try:
            parser = build_parser()
            parser.prog = "python -m politique_ville"
            texts = [("python -m politique_ville --help", parser.format_help())]
            for action in parser._actions:  # argparse keeps its subcommands here
                if isinstance(action, argparse._SubParsersAction):
                    for name, sub in action.choices.items():
                        sub.prog = f"python -m politique_ville {name}"
                        texts.append((f"python -m politique_ville {name} --help", sub.format_help()))
        finally:
            if saved is None:
                os.environ.pop("COLUMNS", None)
            else:
                os.environ["COLUMNS"] = saved
        out: list[nodes.Node] = []
        for command, text in texts:
            block = nodes.literal_block(text, f"$ {command}\n{text}", language="console")
            out.append(block)
        return out


# -- autodoc tuning ------------------------------------------------------------------------------


def _public_bases(cls: type) -> list[type]:
    """The bases of a class, a private base (``_Base``) replaced by its own bases."""
    out: list[type] = []
    for base in cls.__bases__:
        if base.__name__.startswith("_"):
            out += [b for b in _public_bases(base) if b not in out]
        elif base not in out:
            out.append(base)
    return out


def _is_vocabulary(obj: Any) -> bool:
    try:
        return isinstance(obj, type) and issubclass(obj, _vocabulary_base())
    except (AttributeError, ImportError):
        return False


_ALIAS = re.compile(r"TypeAliasForwardRef\('([\w.]+)'\)")


def _process_signature(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, signature: str | None, return_annotation: str | None
) -> tuple[str, str | None] | None:
    """No constructor signature for records and vocabularies; type aliases by their name."""
    if what == "class" and (attrs.has(obj) or _is_vocabulary(obj)):
        return "", None
    if signature and "TypeAliasForwardRef" in signature:
        return _ALIAS.sub(r"\1", signature), return_annotation
    return None


def _process_bases(app: Sphinx, name: str, obj: Any, options: Any, bases: list[type]) -> None:
    if any(base.__name__.startswith("_") for base in bases):
        bases[:] = _public_bases(obj)


def _owner(name: str) -> tuple[Any, str] | None:
    """The class and attribute name of ``politique_ville.Class.attribute``."""
    parts = name.split(".")
    if len(parts) != 3 or parts[0] != PACKAGE:
        return None
    try:
        return _public(parts[1]), parts[2]
    except (AttributeError, ImportError):
        return None


def _defining_module_docs(name: str) -> list[str] | None:
    """The ``#:`` or string docstring of a re-exported module-level name, from its module."""
    package = _package()
    for info in pkgutil.iter_modules(package.__path__, f"{PACKAGE}."):
        try:
            docs = ModuleAnalyzer.for_module(info.name).find_attr_docs()
        except Exception:
            continue
        found = docs.get(("", name))
        if found:
            return list(found)
    return None


def _process_docstring(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    short = name.rsplit(".", 1)[-1]
    if what == "data" and name.count(".") == 1 and name.startswith(f"{PACKAGE}."):
        docs = _defining_module_docs(short)
        if docs is not None:
            lines[:] = docs
        elif type(obj).__module__ == "builtins" and type(obj).__doc__ and lines and lines[0] in type(obj).__doc__:
            lines[:] = []  # a str's or an int's own docstring says nothing about this name
        return
    if what == "class" and isinstance(obj, type) and issubclass(obj, BaseException):
        for base in obj.__mro__[1:]:
            if base.__name__.startswith("_") and base.__doc__:
                lines += ["", *(line.strip() for line in base.__doc__.strip().splitlines())]
                break
        return
    if what == "class" and attrs.has(obj):
        lines += ["", "Build one with keyword arguments, one per field; every instance is frozen."]
        return
    if what != "attribute":
        return
    owner = _owner(name)
    if owner is None:
        return
    cls, attribute = owner
    if attrs.has(cls):
        field = attrs.fields_dict(cls).get(attribute)
        if field is not None:
            default = _default_text(field)
            meaning = _field_meanings(app.srcdir).get(cls.__name__, {}).get(attribute, COMMON_MEANINGS.get(attribute))
            if meaning is None:
                logger.warning("%s.%s has no meaning in a pv-fields table of data.md", cls.__name__, attribute)
            else:
                lines += ["", _rest(meaning)]
            lines += ["", "Required." if default is None else f"Optional; default ``{default}``."]


_FIELDS_BLOCK = re.compile(r"```\{pv-fields\} (\w+)\n(.*?)```", re.S)


@functools.cache
def _field_meanings(srcdir: pathlib.Path) -> dict[str, dict[str, str]]:
    """Each record field's meaning, as the data guide's ``pv-fields`` tables give it (the one
    place it is written): class name -> field -> Markdown text."""
    found: dict[str, dict[str, str]] = {}
    text = (pathlib.Path(srcdir) / "data.md").read_text(encoding="utf-8")
    for name, body in _FIELDS_BLOCK.findall(text):
        meanings = found.setdefault(name, {})
        field = None
        for line in body.splitlines():
            if line[:1].isspace() and field is not None:
                meanings[field] += " " + line.strip()
            elif line.strip():
                field, _, meaning = line.partition(":")
                field = field.strip()
                meanings[field] = meaning.strip()
    return found


def _rest(markdown: str) -> str:
    """A meaning written in MyST Markdown, as reStructuredText for autodoc: roles, code spans
    and links."""
    parts = re.split(r"(\{\w+\}`[^`]+`)", markdown)
    out = []
    for part in parts:
        role = re.fullmatch(r"\{(\w+)\}`([^`]+)`", part)
        if role:
            out.append(f":py:{role.group(1)}:`{role.group(2)}`")
            continue
        part = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", part)  # a link within the guide: its text
        out.append(re.sub(r"`([^`]+)`", r"``\1``", part))
    return "".join(out)


def _member_labels(app: Sphinx, domain: str, objtype: str, content: addnodes.desc_content) -> None:
    """Give each documented vocabulary member its French label and English gloss."""
    if domain != "py" or objtype != "attribute":
        return
    signature = next(iter(content.parent.findall(addnodes.desc_signature)), None)
    if signature is None or not signature.get("module", "").startswith(PACKAGE):
        return
    obj: Any = importlib.import_module(signature["module"])
    for part in signature.get("fullname", "").split("."):
        obj = getattr(obj, part, None)
    if isinstance(obj, enum.Enum) and _is_vocabulary(type(obj)):
        paragraph = nodes.paragraph()
        paragraph += nodes.Text("French: ")
        paragraph += nodes.emphasis(obj.label, obj.label)
        paragraph += nodes.Text("; English: ")
        paragraph += nodes.emphasis(obj.label_en, obj.label_en)
        paragraph += nodes.Text(".")
        content.insert(0, paragraph)


def _missing_reference(app: Sphinx, env: Any, node: Any, contnode: nodes.Node) -> nodes.Node | None:
    """Send ``politique_ville.dates.PartialDate`` to the documented ``politique_ville.PartialDate``."""
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if not target.startswith(f"{PACKAGE}."):
        return None
    parts = target.split(".")
    public = _public_names()
    for i in range(len(parts) - 1, 0, -1):
        if parts[i] in public and i > 1:
            new = ".".join([PACKAGE, *parts[i:]])
            domain = env.get_domain("py")
            return domain.resolve_xref(env, node.get("refdoc", ""), app.builder, node["reftype"], new, node, contnode)
    return None


def _trim_code(app: Sphinx, doctree: nodes.document) -> None:
    """Drop the blank line that closes each doctest block in the Markdown sources.

    A doctest's expected output ends at a blank line, so every example block ends with one;
    the reader need not see it.
    """
    for block in doctree.findall(nodes.literal_block):
        text = block.astext()
        if text.endswith("\n") and block.get("language") in ("pycon", "python", "default", None):
            trimmed = text.rstrip("\n")
            block.children = [nodes.Text(trimmed)]
            block.rawsource = trimmed


def _check_coverage(app: Sphinx, env: Any) -> None:
    """Every public name must be documented as ``politique_ville.<name>``."""
    documented = set(env.get_domain("py").objects)
    for name in sorted(_public_names()):
        if f"{PACKAGE}.{name}" not in documented:
            logger.warning("public name %s.%s is not documented in the API reference", PACKAGE, name)


class ApiDirective(SphinxDirective):
    """The autodoc entries of the public names that some modules define."""

    required_arguments = 1
    optional_arguments = 10
    option_spec: ClassVar[dict[str, Any]] = {"what": lambda text: directives.choice(text, ("functions", "data"))}

    def run(self) -> list[nodes.Node]:
        package = _package()
        wanted = self.options.get("what")
        lines: list[str] = []
        for argument in self.arguments:
            module = package if argument == "." else importlib.import_module(f"{PACKAGE}.{argument}")
            _depends_on(self, module.__name__)
            for name in _defined_in(package, module):
                obj = getattr(package, name)
                is_function = inspect.isfunction(obj)
                is_class = inspect.isclass(obj)
                if (wanted == "functions" and not is_function) or (wanted == "data" and (is_function or is_class)):
                    continue
                if is_class and issubclass(obj, BaseException):
                    lines += [f".. autoexception:: {name}", "   :show-inheritance:", ""]
                elif is_class:
                    lines += [f".. autoclass:: {name}", "   :members:", "   :undoc-members:", ""]
                else:
                    lines += [f".. auto{'function' if is_function else 'data'}:: {name}", ""]
        if not lines:
            logger.warning("pv-api: no public name in %s", " ".join(self.arguments), location=self.get_location())
        # The pages are MyST Markdown: the entries go through its eval-rst directive.
        text = ["```{eval-rst}", f".. currentmodule:: {PACKAGE}", "", *lines, "```"]
        container = nodes.container()
        self.state.nested_parse(StringList(text, source="pv-api"), self.content_offset, container)
        return list(container.children)


def _defined_in(package: types.ModuleType, module: types.ModuleType) -> list[str]:
    """The public names that ``module`` defines (its own ``__all__``; the root's functions and
    data for the root), in source order."""
    public = list(package.__all__)
    if module is package:
        names = [n for n in public if getattr(getattr(package, n), "__module__", PACKAGE) == PACKAGE]
        names = [n for n in names if inspect.isfunction(getattr(package, n)) or n == "__version__"]
    else:
        names = [n for n in public if n in getattr(module, "__all__", ())]
    source = inspect.getsource(module)

    def position(name: str) -> int:
        found = re.search(rf"^(?:class |def )?{re.escape(name)}\b", source, re.MULTILINE)
        return found.start() if found else len(source)

    return sorted(names, key=position)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("pv-api", ApiDirective)
    app.add_directive("pv-fields", FieldsDirective)
    app.add_directive("pv-vocabulary", VocabularyDirective)
    app.add_directive("pv-sources", SourcesDirective)
    app.add_directive("pv-regions", RegionsDirective)
    app.add_directive("pv-freshness", FreshnessDirective)
    app.add_directive("pv-timeline", TimelineDirective)
    app.add_directive("pv-relations", RelationsDirective)
    app.add_directive("pv-centres-chart", CentresChartDirective)
    app.add_directive("pv-exceptions", ExceptionsDirective)
    app.add_directive("pv-cli", CliDirective)
    app.connect("autodoc-process-signature", _process_signature)
    app.connect("autodoc-process-bases", _process_bases)
    app.connect("autodoc-process-docstring", _process_docstring)
    app.connect("missing-reference", _missing_reference)
    app.connect("doctree-read", _trim_code)
    app.connect("object-description-transform", _member_labels)
    app.connect("env-check-consistency", _check_coverage)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
