"""Another body's slides and reports are reference material for the agency under evaluation."""
from __future__ import annotations

from evidence_check.context import PROJECT_RULES
from evidence_check.models import Agency, Document, Page
from evidence_check.recognise import assess_provenance, load_recognition_rules

RULES = load_recognition_rules((PROJECT_RULES,))
AGENCY = Agency("Kota Denpasar", inferred=False)


def _doc(doc_type: str, agency: str) -> Document:
    return Document(path="x.pdf", pages=(Page(1, "teks", "text"),), doc_type=doc_type, agency=agency,
                    issuer=f"Menteri {agency}")


def test_ministry_slides_are_foreign_to_a_city():
    d = assess_provenance(_doc("paparan", "Kementerian PANRB"), AGENCY, RULES)
    assert "FOREIGN_ISSUER" in {f.code for f in d.findings}


def test_letters_from_a_national_body_stay_the_agencys_record():
    d = assess_provenance(_doc("undangan", "KASN"), AGENCY, RULES)
    assert "FOREIGN_ISSUER" not in {f.code for f in d.findings}


def test_own_slides_are_not_foreign():
    d = assess_provenance(_doc("paparan", "Kota Denpasar"), AGENCY, RULES)
    assert not d.findings
