"""Words for what the core reports (findings, errors), outside Qt so the CLI has them too.

The UI's own strings go through Qt Linguist; what the domain, store and exchange layers say
is looked up here by code, from ``messages.toml``, with ``{name}`` placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from assistant.content.catalog import Lang, is_singular, read_toml
from assistant.content.loader import load_vocabularies
from assistant.domain.findings import Finding

# Finding parameters that hold a vocabulary code, and the vocabulary that names it.
_VOCAB_PARAMS = {"category": "data_categories", "clause": "art28_clauses"}
# Parameters that hold a moment the dossier stores (UTC text): shown in this computer's time
_MOMENT_PARAMS = ("when", "since")
_MOMENT_FORMATS = {"fr": "%d/%m/%Y à %H:%M", "en": "%Y-%m-%d %H:%M"}  # no %b: locale


def local_moment_text(text: str, lang: Lang) -> str:
    """A stored UTC moment (``2026-11-29T10:21:16.093123Z``) as a person reads it, in this
    computer's time zone (``29/11/2026 à 11:21``); any other text as it is."""
    from assistant.domain.clock import parse_utc

    try:
        moment = parse_utc(text)
    except (TypeError, ValueError):
        return text
    return moment.astimezone().strftime(_MOMENT_FORMATS.get(lang, _MOMENT_FORMATS["en"]))


class Messages:
    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self._data = read_toml(lang, "messages")

    def get(self, section: str, code: str, params: Mapping[str, object] | None = None) -> str:
        """The message ``section.code`` with its placeholders filled; in the singular
        (``code_one``, where the catalogue has one) when its count (``count``, ``days`` or
        ``hours``) is one, or zero in French."""
        table = self._data.get(section, {})
        if params and f"{code}_one" in table and is_singular(params, self.lang):
            code = f"{code}_one"
        template = table.get(code)
        if template is None:
            # A missing text is a bug caught by tests; never hide the code from the user.
            return f"{section}.{code}" + (f" {dict(params)}" if params else "")
        if params and any(key in params for key in _MOMENT_PARAMS):
            params = {k: local_moment_text(v, self.lang) if k in _MOMENT_PARAMS and
                      isinstance(v, str) else v for k, v in params.items()}
        try:
            return template.format(**(params or {}))
        except (KeyError, IndexError):
            return template

    def optional(self, section: str, code: str) -> str | None:
        """The text of ``code`` if there is one (for codes that need none, e.g. stages)."""
        text = self._data.get(section, {}).get(code)
        return text if isinstance(text, str) else None

    def field_label(self, field: str) -> str:
        """``data_categories[2].retention`` -> the label of ``data_categories`` + position."""
        head, _, rest = field.partition("[")
        labels = self._data.get("fields", {})
        label = labels.get(head, head)
        if rest:
            index, _, tail = rest.partition("]")
            if index.isdigit():
                label = f"{label} {int(index) + 1}"
            sub = tail.lstrip(".")
            if sub:
                label = f"{label}, {labels.get(sub, sub)}"
        return label

    def finding(self, finding: Finding) -> str:
        """The finding in plain words (codes of vocabularies shown by their labels)."""
        params: dict[str, object] = {"field": self.field_label(finding.field),
                                     **finding.params}
        for key, vocabulary in _VOCAB_PARAMS.items():
            if key in params:
                params[key] = load_vocabularies(self.lang)[vocabulary].label(str(params[key]))
        text = self.get("findings", finding.code, params)
        return text

    def finding_with_field(self, finding: Finding) -> str:
        if not finding.field:
            return self.finding(finding)
        return f"{self.field_label(finding.field)} : {self.finding(finding)}" if self.lang == "fr" \
            else f"{self.field_label(finding.field)}: {self.finding(finding)}"

    def error(self, code: str, **params: object) -> str:
        """An error message; a :class:`Finding` among the params is put into words first."""
        rendered = {
            k: self.finding_with_field(v) if isinstance(v, Finding) else v
            for k, v in params.items()
        }
        return self.get("errors", code, rendered)

    def exception(self, exc: BaseException) -> str:
        """The words for one of our errors (anything with ``code`` and ``params``)."""
        code = getattr(exc, "code", None)
        params = getattr(exc, "params", None)
        if code is None or params is None:
            return str(exc)
        return self.error(code, **params)


@lru_cache(maxsize=4)
def messages(lang: Lang) -> Messages:
    return Messages(lang)
