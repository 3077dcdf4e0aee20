"""Prompt templates as versioned data files (prompts/*.toml), rendered with langchain-core.

Annotator text never becomes part of a template: it is JSON-encoded (with < and > escaped,
so it cannot close the data tags it sits in) and passed as a variable value.
"""

from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from typing import Any

from langchain_core.prompts import ChatPromptTemplate, PromptTemplate
from pydantic import BaseModel, ConfigDict

from assistant.errors import PromptError, one_line
from assistant.paths import prompts_dir


class PromptSet(BaseModel):
    """One prompt file: the first call's messages, and the follow-ups a pipeline may send."""

    model_config = ConfigDict(extra="forbid")
    name: str
    version: str
    """Stored with every draft, so a figure can be traced to the prompt that made it."""
    system: str
    user: str
    patch: str = ""
    """Follow-up asking only for what the check found missing (compose)."""
    located: str = ""
    """How a rewrite note is sent once compose has found the words of the sentence it concerns."""
    add: str = ""
    """How a rewrite's addition is asked when it is a sentence of its own (no sentence to ride with)."""
    repair: str = ""
    reask: str = ""
    """Follow-up after an answer that did not validate (judge)."""

    def chat(self) -> ChatPromptTemplate:
        return ChatPromptTemplate.from_messages([("system", self.system), ("human", self.user)])

    def render(self, **variables: Any) -> list[dict]:
        """System and user messages; a missing variable is a PromptError naming it."""
        template = self.chat()
        _require(self.name, "system/user", template.input_variables, variables)
        messages = template.format_messages(**variables)
        return [{"role": _ROLE[m.type], "content": m.content} for m in messages]

    def system_message(self) -> dict:
        """The system message alone, as `render` writes it (for a request whose user part is a follow-up template)."""
        return {"role": "system", "content": PromptTemplate.from_template(self.system).format()}

    def render_followup(self, which: str, **variables: Any) -> dict:
        if not getattr(self, which):
            raise PromptError(f"prompt {self.name!r} has no {which!r} template")
        template = PromptTemplate.from_template(getattr(self, which))
        _require(self.name, which, template.input_variables, variables)
        return {"role": "user", "content": template.format(**variables)}


_ROLE = {"system": "system", "human": "user", "ai": "assistant"}


def _require(name: str, part: str, needed: list[str], given: dict) -> None:
    missing = sorted(set(needed) - set(given))
    if missing:
        raise PromptError(f"prompt {name!r} ({part}) is missing variable(s): {', '.join(missing)}")


@lru_cache(maxsize=None)
def load(name: str) -> PromptSet:
    path = prompts_dir() / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PromptError(f"prompt file {path} not found") from None
    except tomllib.TOMLDecodeError as e:
        raise PromptError(f"prompt file {path} is not valid TOML: {e}") from None
    try:
        return PromptSet(name=name, **data)
    except Exception as e:
        raise PromptError(f"prompt file {path} is malformed: {one_line(e, 200)}") from None


def as_data(value: Any) -> str:
    """JSON for a data block: a note can never close the tag around it or pose as markup."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
