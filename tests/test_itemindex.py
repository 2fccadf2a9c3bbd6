"""The item judge's candidate index (evidence_check/indicators/itemindex.py): holding each item against only
the documents of a kind it names, or filed under it, gives the verdicts of holding it against every one."""
from __future__ import annotations

from functools import lru_cache

import doctexts as tx
import pytest

from evidence_check.context import PROJECT_RULES
from evidence_check.indicators import itemindex, load_framework
from evidence_check.indicators.itemcheck import NOT_RELATED, assess
from evidence_check.indicators.itemframework import Expect, ItemFramework
from evidence_check.indicators.itemindex import ItemIndex, KindKeys
from evidence_check.indicators.itemjudge import judge_items, path_hints
from evidence_check.indicators.text import DocText
from evidence_check.models import Document
from evidence_check.recognise import assess_provenance, mark_duplicates, resolve_agency

from . import pemditexts as px
from .judge_support import Opts
from .recognise_support import recognise, rules

CANTEEN_MENU = "DAFTAR MENU KANTIN\nNasi goreng 15.000\nSoto ayam 12.000\nEs teh 4.000\nBuka 07.00 - 15.00"


@pytest.fixture(scope="module")
def fw() -> ItemFramework:
    got = load_framework((PROJECT_RULES,), "permenpanrb-8-2026")
    assert isinstance(got, ItemFramework)
    return got


def _screen(s: px.Screen) -> str:
    return "\n".join([s.tab, s.url, s.header, *s.body, s.status])


@lru_cache(maxsize=1)
def submission() -> tuple[Document, ...]:
    """Recognised documents of many kinds, some filed under an indicator folder or an item code, some loose,
    one that is evidence of nothing (a canteen menu), one another region's."""
    texts = {
        "I1/SK_Tim_Koordinasi_Pemdi.pdf": px.sk_tim_koordinasi_pemdi(),
        "SK_Tim_Asesor.pdf": px.sk_tim_asesor_internal(),
        "I9/SK_Tim_Audit_2023.pdf": px.sk_tim_audit_2023(),
        "SK_CSIRT.pdf": px.sk_csirt(),
        "I8-L1-01_SK_Pejabat_PDP.pdf": px.sk_pejabat_pdp(),
        "Perwal_Mekarsari_PDP.pdf": px.perwal_mekarsari_pdp(),
        "PKS_Mekarsari.pdf": px.pks_mekarsari(),
        "Laporan_Reviu_Tata_Kelola.pdf": px.laporan_reviu_tata_kelola(),
        "I4/Laporan_Kolaborasi.pdf": px.laporan_kolaborasi(),
        "Laporan_Insiden.pdf": px.laporan_insiden(),
        "Hasil_IKASANDI.pdf": px.hasil_ikasandi(),
        "Laporan_SKM.pdf": px.laporan_skm(),
        "Renja_Diskominfo.pdf": px.renja_diskominfo(),
        "Renstra_Diskominfo.pdf": px.renstra_diskominfo(),
        "Kutipan_RPJMD.pdf": px.kutipan_rpjmd(),
        "DPA_Sub_Kegiatan.pdf": px.dpa_subkegiatan(),
        "DPA_Rekap.pdf": px.dpa_rekapitulasi(),
        "Rancangan_Perbup_RA_Pemdi.pdf": px.rancangan_perbup_ra_pemdi(),
        "Notulen_Konsolidasi.pdf": px.notulen_konsolidasi(),
        "Undangan_Konsolidasi.pdf": px.undangan_konsolidasi(),
        "Perkada_SPBE.pdf": tx.perkada_spbe(),
        "SOP_AP.pdf": tx.sop_ap(),
        "Pedoman_Keamanan.pdf": tx.pedoman(),
        "I20/Menu_Kantin.pdf": [CANTEEN_MENU],
        "Menu_Kantin_Lagi.pdf": [CANTEEN_MENU + "\nPromo Jumat"],
    }
    docs = [recognise("\f".join(pages), path=path) for path, pages in texts.items()]
    screens = {"Layar_Dasbor_SLA.png": px.layar_dasbor_sla(), "Layar_Login.png": px.layar_login(),
               "I15/Layar_SIAP.png": px.layar_siap_digital()}
    docs += [recognise(_screen(s), method="ocr", fmt="image", path=p) for p, s in screens.items()]
    agency = resolve_agency(docs, "Kabupaten Sukamaju", rules())
    return tuple(mark_duplicates([assess_provenance(d, agency, rules()) for d in docs], rules()))


def _full_scan(self: ItemIndex, code: str, indicator: int, docs, filed):  # noqa: ANN001, ANN202
    return list(docs)


def test_the_submission_spans_many_kinds() -> None:
    docs = submission()
    assert len({d.doc_type for d in docs}) >= 7 and len({d.subtype for d in docs if d.subtype}) >= 6
    menu = next(d for d in docs if d.path == "Menu_Kantin_Lagi.pdf")
    assert menu.doc_type == "lainnya" and menu.subtype is None


def test_the_index_gives_the_verdicts_of_the_full_scan(fw: ItemFramework,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    docs = list(submission())
    indexed = judge_items(docs, fw, Opts())
    monkeypatch.setattr(itemindex.ItemIndex, "candidates", _full_scan)
    full = judge_items(docs, fw, Opts())
    assert indexed == full  # every item verdict, reason, document and excerpt; the index; the documents
    verdicts = {i.verdict for v in indexed[0] for i in v.items}
    assert {"accepted", "wrong_evidence", "missing"} <= verdicts


def test_a_document_evidence_of_nothing_backs_no_item(fw: ItemFramework) -> None:
    docs = list(submission())
    verdicts, _, out = judge_items(docs, fw, Opts())
    menu = "Menu_Kantin_Lagi.pdf"
    assert not any(d.path == menu for v in verdicts for i in v.items for d in i.documents)
    assert next(d for d in out if d.path == menu).indicators == ()
    # held only against the items that take a `lainnya` document (with the subject in its title), not
    # against those asking for a plan, a decree or a report
    keys = fw.item_index.keys
    doc = next(d for d in docs if d.path == menu)
    admitted = {code for code, k in keys.items() if k.admits(doc)}
    assert "I1-L1-01" not in admitted and 0 < len(admitted) < len(keys)


def test_documents_outside_an_items_keys_are_not_related_to_it(fw: ItemFramework) -> None:
    """The index's premise, asked of `assess` directly: a document of no kind the item names, and not filed
    under the item or its indicator, is NOT_RELATED to it."""
    docs = submission()
    texts = {d.path: DocText.of(d) for d in docs}
    skipped = 0
    for ind, _lvl, item in fw.items():
        exp = fw.expectation(item)
        keys = fw.item_index.keys[item.code]
        for d in docs:
            inds, codes = path_hints(d.path)
            if keys.admits(d) or ind.id in inds or item.code in codes:
                continue
            skipped += 1
            out = assess(d, texts[d.path], exp, fw, 2026, False, rule=item.code, ind_hint=False,
                         topics=ind.topics + ind.names)
            assert out is NOT_RELATED, (item.code, d.path)
    assert skipped > 0.5 * len(docs) * len(fw.items())  # most pairs never reach assess


def test_filed_documents_are_held_against_every_item_of_their_indicator(fw: ItemFramework) -> None:
    docs = list(submission())
    menu = next(d for d in docs if d.path == "I20/Menu_Kantin.pdf")
    index = fw.item_index
    i20 = next(i for i in fw.indicators if i.id == 20)
    for lvl in i20.levels.values():
        for item in lvl.items:
            assert menu in index.candidates(item.code, 20, docs, path_hints)
    pdp = next(d for d in docs if d.path.startswith("I8-L1-01"))
    assert pdp in index.candidates("I8-L1-01", 8, docs, path_hints)


def test_kind_keys() -> None:
    exp = Expect(subtypes=["rpjmd"], family=["renstra"], doc_types=["perda"], expected="x", expected_en="x",
                 refuse=[{"subtypes": ["kak"], "reason": "r", "reason_en": "r"}])  # type: ignore[list-item]
    keys = KindKeys.of(exp)
    assert keys.subtypes == {"rpjmd", "renstra", "kak"} and keys.doc_types == {"perda"} and not keys.any_kind
    assert keys.admits(Document(path="a", subtype="kak"))
    assert keys.admits(Document(path="b", doc_type="perda"))
    assert not keys.admits(Document(path="c", doc_type="laporan"))
    anything = KindKeys.of(Expect(title=["kebijakan"], expected="x", expected_en="x"))
    assert anything.any_kind and anything.admits(Document(path="d"))
