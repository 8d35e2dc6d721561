"""The development gold set follows its guidelines and has the size the issue asks for."""
from pathlib import Path

from kg.evaluate import read_gold

GOLD = Path(__file__).parent / "gold" / "ja"
SETS = {"ja": (12, 250), "ja_heldout": (6, 120), "ja_blind2": (4, 150), "ja_blind3": (5, 300), "ja_dev2": (5, 400), "en": (8, 250), "en_blind": (5, 300), "en_dev2": (5, 380), "ja_blind4": (5, 340), "en_blind2": (5, 340), "ja_blind5": (5, 270), "en_blind3": (5, 310), "ja_blind6": (5, 270), "en_blind4": (5, 300), "ja_blind7": (5, 270), "en_blind5": (5, 240), "ja_blind8": (5, 300), "en_blind6": (5, 270), "ja_blind9": (5, 320), "en_blind7": (5, 310), "ja_blind10": (5, 350), "en_blind8": (5, 320), "ja_blind11": (5, 300), "en_blind9": (5, 300), "ja_blind12": (5, 300), "en_blind10": (5, 250), "ja_blind13": (5, 300), "ja_blind14": (5, 290), "en_blind11": (5, 300), "ja_blind15": (5, 300), "en_blind12": (5, 300), "en_blind13": (5, 310)}  # articles, gold lines at least
SEED = Path(__file__).parent.parent.parent / "shared" / "seed" / "seed_ja.txt"


def test_size_and_format():
    triples = read_gold([GOLD])
    assert len(list(GOLD.glob("*.txt"))) >= 12
    assert len(triples) >= 250
    assert {t.level for t in triples} == {"actor", "country"}
    assert any(t.negated for t in triples) and any(t.hedged for t in triples)
    for tsv in GOLD.glob("*.tsv"):
        assert tsv.with_suffix(".txt").exists()


def test_evidence_is_in_the_article():
    for t in read_gold([GOLD]):
        assert t.text in (GOLD / f"{t.article}.txt").read_text(encoding="utf-8"), t


def test_seed_article_is_not_in_the_dev_set():
    if not SEED.exists():
        return
    seed_lines = {l.strip() for l in SEED.read_text(encoding="utf-8").splitlines() if len(l.strip()) > 20}
    for article in GOLD.glob("*.txt"):
        assert not seed_lines & set(article.read_text(encoding="utf-8").splitlines())


def test_every_set_parses_and_has_its_size():
    for name, (articles, lines) in SETS.items():
        folder = GOLD.parent / name
        triples = read_gold([folder])
        assert len(list(folder.glob("*.txt"))) >= articles and len(triples) >= lines, name
        for t in triples:
            assert t.text in (folder / f"{t.article}.txt").read_text(encoding="utf-8"), t
