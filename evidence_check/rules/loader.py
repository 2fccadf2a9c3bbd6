"""Load YAML rule files into pydantic models; report every problem at once, naming file and key.

Built-in rules and user overlays (--rules DIR) go through the same loader. Each rule kind defines its
pydantic model (with `extra="forbid"`, so unknown keys are errors) next to the code that uses it.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import RuleError

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            # the C loader is ~10x faster; rule files are loaded on every run
            return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise RuleError([f"{path}: file not found"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1} column {mark.column + 1}" if mark else ""
        raise RuleError([f"{path}:{where} invalid YAML: {getattr(exc, 'problem', exc)}"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError([f"{path}: cannot read: {exc}"]) from None
    except RecursionError:  # "[[[[..." thousands deep: PyYAML's recursive constructor gives up
        raise RuleError([f"{path}: invalid YAML: nested too deeply"]) from None


def regex_compiles(v: str | None) -> str | None:
    """Validator shared by every rule model with a regex field: it must compile (the loader then names the
    file and key)."""
    if v is not None:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"regex does not compile: {exc}") from None
    return v


def validation_problems(path: Path, exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        out.append(f"{path}: key '{key}': {err['msg']}")
    return out


def load_model(path: Path, model: type[M]) -> M:
    """Parse one rule file into `model`, raising RuleError that names the file and every bad key."""
    data = read_yaml(path)
    if data is None:
        raise RuleError([f"{path}: file is empty"])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RuleError(validation_problems(path, exc)) from None


def find_rule_files(dirs: tuple[Path, ...], relative: str) -> list[Path]:
    """Files for `relative` (a file or a folder glob like 'doctypes/*.yaml') across the rule dirs.

    A file in a later overlay dir with the same name replaces the earlier one.
    """
    chosen: dict[str, Path] = {}
    for d in dirs:
        for p in sorted(d.glob(relative)):
            chosen[p.name] = p
    return list(chosen.values())


def rule_files_state(dirs: tuple[Path, ...], pattern: str) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime) of every file matching `pattern` (a glob, '**/' allowed) in the rule dirs: the key
    of the caches that parse rule files once per state on disk, so an edited file is read anew."""
    state = []
    for d in dirs:
        for p in sorted(Path(d).glob(pattern)):
            st = p.stat()
            state.append((str(p), st.st_size, st.st_mtime_ns))
    return tuple(state)


def rules_checksum(dirs: tuple[Path, ...]) -> str:
    h = hashlib.sha256()
    for d in dirs:
        for p in sorted(d.rglob("*.yaml")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]
