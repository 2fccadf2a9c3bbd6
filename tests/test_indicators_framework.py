"""Framework loading, index arithmetic against the regulation's worked examples (Tabel 10-12), predicates."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from evidence_check.context import PROJECT_RULES
from evidence_check.errors import RuleError
from evidence_check.indicators import load_framework
from evidence_check.indicators.index import aspect_indices, domain_indices, estimate, weighted_index

FW = load_framework((PROJECT_RULES,), "permenpanrb-59-2020")


def test_framework_has_47_indicators_with_official_weights() -> None:
    assert len(FW.indicators) == 47
    assert sum(i.weight for i in FW.indicators) == pytest.approx(100)
    assert FW.indicator(44).name.endswith("(JDIH)")
    assert {d.weight for d in FW.data.domains} == {13.0, 25.0, 16.5, 45.5}


def test_level_names_in_both_languages() -> None:
    assert FW.level_name(FW.indicator(1), 4) == "Terpadu dan Terukur"
    assert FW.level_name(FW.indicator(32), 3, "en") == "Transaction"


def test_worked_example_aspect_2() -> None:
    levels = {11: 3, 12: 4, 13: 3, 14: 2}
    assert aspect_indices(FW, levels)[2] == pytest.approx(3.00)


def test_worked_example_domain_2() -> None:
    levels = {11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4, 19: 3, 20: 3}
    assert domain_indices(FW, aspect_indices(FW, levels))[2] == pytest.approx(3.40)


def test_worked_example_spbe_index() -> None:
    value = weighted_index([(3.70, 13), (3.40, 25), (3.00, 16.5), (3.20, 45.5)], 100)
    assert value == pytest.approx(3.282)
    assert round(value, 2) == 3.28 and FW.predicate(3.28) == "Baik"


@pytest.mark.parametrize("value,predicate", [(4.2, "Memuaskan"), (4.19, "Sangat Baik"), (3.5, "Sangat Baik"),
                                             (2.6, "Baik"), (2.59, "Cukup"), (1.8, "Cukup"), (1.79, "Kurang")])
def test_predicates(value: float, predicate: str) -> None:
    assert FW.predicate(value) == predicate


def test_estimate_floors_missing_indicators_at_level_one() -> None:
    est = estimate(FW, {i.id: None for i in FW.indicators}, {i.id: 3 for i in FW.indicators})
    assert est.supported == 1.0 and est.predicate == "Kurang"
    assert est.claimed == 3.0 and est.claimed_predicate == "Baik"
    assert len(est.aspects) == 8 and len(est.domains) == 4


def _write(tmp: Path, data: dict) -> Path:  # type: ignore[type-arg]
    d = tmp / "frameworks"
    d.mkdir(exist_ok=True)
    p = d / "broken.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return p


def test_load_errors_name_file_and_key(tmp_path: Path) -> None:
    data = yaml.safe_load((PROJECT_RULES / "frameworks" / "permenpanrb-59-2020.yaml").read_text(encoding="utf-8"))
    data["indicators"][2]["ladder"] = "nonexistent"
    data["indicators"][5]["weight"] = "berat"
    path = _write(tmp_path, data)
    with pytest.raises(RuleError) as err:
        load_framework((PROJECT_RULES, tmp_path), "broken")
    assert str(path) in str(err.value) and "indicators.5.weight" in str(err.value)


def test_cross_check_names_file_and_key(tmp_path: Path) -> None:
    data = yaml.safe_load((PROJECT_RULES / "frameworks" / "permenpanrb-59-2020.yaml").read_text(encoding="utf-8"))
    data["indicators"][2]["ladder"] = "nonexistent"
    data["indicators"][3]["weight"] = 2.0
    _write(tmp_path, data)
    with pytest.raises(RuleError) as err:
        load_framework((PROJECT_RULES, tmp_path), "broken")
    text = str(err.value)
    assert "broken.yaml: key 'indicators.2.ladder'" in text and "aspects.0.weight" in text


def test_unknown_framework_lists_available() -> None:
    with pytest.raises(RuleError, match="permenpanrb-59-2020"):
        load_framework((PROJECT_RULES,), "pemdi-2099")
