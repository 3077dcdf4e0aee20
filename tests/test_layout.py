"""The architecture, as the import graph shows it: imports point one way, and no module
reaches into another's private names."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# layer -> the packages it may not import. The engine is assistant/'s own modules; cli.py is
# the composition root and may reach every layer.
FORBIDDEN = {
    "engine": ("assistant.app", "assistant.eval", "assistant_ui", "ui"),
    "llm": ("assistant.app", "assistant.eval", "assistant_ui", "ui", "assistant.compose", "assistant.check"),
    "app": ("assistant.eval", "assistant_ui", "ui"),
    "eval": ("assistant.app", "assistant_ui", "ui"),
    "ui": ("assistant.eval",),
}


def _layer(path: Path) -> str | None:
    rel = path.relative_to(ROOT).parts
    if rel[0] == "ui":
        return "ui"
    if rel[1] == "cli":  # the command line is the composition root: it may reach every layer
        return None
    if len(rel) == 2:
        return "engine"
    return {"llm": "llm", "app": "app", "eval": "eval", "check": "engine", "batch": "engine", "compose": "engine", "kinds": "engine"}[rel[1]]


def _modules() -> list[Path]:
    return [p for d in ("assistant", "ui") for p in (ROOT / d).rglob("*.py")]


def _imports(tree: ast.AST) -> list[tuple[str, list[str]]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.module, [a.name for a in node.names]))
    return out


def _under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_imports_point_one_way(path):
    layer = _layer(path)
    if layer is None:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = []
    for module, names in _imports(tree):
        targets = [module] + [f"{module}.{n}" for n in names]
        bad += [t for t in targets for f in FORBIDDEN[layer] if _under(t, f)]
    assert not bad, f"{layer} module imports {bad}"


@pytest.mark.parametrize("path", _modules() + list((ROOT / "tests").glob("*.py")) + list((ROOT / "bench").glob("*.py")),
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_module_uses_another_modules_private_names(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported_modules: set[str] = set()
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("assistant", "assistant_ui"):
            bad += [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
            imported_modules |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.Import):
            imported_modules |= {(a.asname or a.name).split(".")[0] for a in node.names
                                 if a.name.split(".")[0] in ("assistant", "assistant_ui")}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in imported_modules
                and node.attr.startswith("_") and not node.attr.startswith("__")):
            bad.append(f"{node.value.id}.{node.attr}")
    assert not bad, f"private names of other modules used: {bad}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_module_is_over_450_lines(path):
    """Issue 27: compose (1,315 lines), cli, store, formats, the app's handlers each grew past
    450 lines; split by responsibility, every module stays small."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 450, f"{path.relative_to(ROOT)} has {lines} lines"


def test_ui_installs_under_a_namespaced_name(tmp_path):
    """Outside the checkout `import ui` must fail (no bare `ui` in site-packages); the UI is
    `assistant_ui`."""
    code = "import importlib.util as u; print(u.find_spec('ui') is None, u.find_spec('assistant_ui') is not None)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
