"""Exit codes and the exceptions that carry them (a per-file problem is a Finding, never an exception)."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # the run completed
    FINDINGS = 1  # --fail-on matched a finding
    USAGE = 2  # bad options, bad rule file, or nothing could be read
    INTERRUPTED = 130


class EvidenceCheckError(Exception):
    exit_code: ExitCode = ExitCode.USAGE


class RuleError(EvidenceCheckError):
    """A rule file is invalid. Carries every problem found, each naming the file and key."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class ClaimsError(EvidenceCheckError):
    """The self-assessment (--klaim) file is invalid; messages name the row."""
